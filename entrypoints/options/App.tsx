import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '@/components/OptionsView';
import type { SettingsTransferProps } from '@/components/SettingsTransfer';
import { DATA_CREDITS, LIBRARY_CREDITS } from '@/lib/about/credits';
import { openRelatedStores, type RelatedStores } from '@/lib/ext/history-store';
import { loadSettings, saveSettings, settingsProblemsItem, watchSettings } from '@/lib/ext/storage';
import {
  ONLINE_SOURCES,
  originsFor,
  settingsFromJson,
  settingsToJson,
  type OnlineSources,
  type Settings,
} from '@/lib/settings';

/** Offer `text` as a file download named `name`. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let related: RelatedStores | undefined;
/** The reading-history database (same extension origin as the worker's), opened on first use. */
const history = () => (related ??= openRelatedStores()).history;

/** Wires the options page to stored settings, host permissions, the settings file and the reading history. */
export function App() {
  const [historyCount, setHistoryCount] = useState<number>();
  const countHistory = () =>
    history()
      .count()
      .then(setHistoryCount, () => setHistoryCount(undefined));
  const [settings, setSettings] = useState<Settings>();
  const [problems, setProblems] = useState<string[]>([]);
  const [onlineNotice, setOnlineNotice] = useState<string>();
  const [transferNotice, setTransferNotice] = useState<SettingsTransferProps['notice']>();
  useEffect(() => {
    void loadSettings().then(async (s) => {
      setSettings(s);
      setProblems(await settingsProblemsItem.getValue());
    });
    void countHistory();
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <main class="fc-options" aria-busy="true" />;

  const save = (next: Settings) => {
    setSettings(next);
    setProblems([]);
    void saveSettings(next);
  };

  const toggleSource = async (key: keyof OnlineSources, enabled: boolean) => {
    const source = ONLINE_SOURCES.find((s) => s.key === key)!;
    const online = { ...settings.online, [key]: enabled };
    if (enabled) {
      // Must run inside the click that asked for it: browsers only show the prompt for a user gesture.
      const granted = await browser.permissions.request({ origins: source.origins }).catch(() => false);
      if (!granted) {
        setOnlineNotice(
          `${source.name} stays off: the browser did not allow access to ${source.origins.join(', ')}.`,
        );
        return;
      }
      setOnlineNotice(`${source.name} is on.`);
    } else {
      const stillNeeded = new Set(originsFor(online));
      const unused = source.origins.filter((o) => !stillNeeded.has(o));
      if (unused.length) await browser.permissions.remove({ origins: unused }).catch(() => false);
      setOnlineNotice(`${source.name} is off; its site permission was given back.`);
    }
    save({ ...settings, online });
  };

  return (
    <OptionsView
      settings={settings}
      problems={problems}
      version={browser.runtime.getManifest().version}
      credits={{ data: DATA_CREDITS, libraries: LIBRARY_CREDITS }}
      onChange={save}
      onOnlineSourceChange={(key, enabled) => void toggleSource(key, enabled)}
      onlineNotice={onlineNotice}
      history={{
        count: historyCount,
        onClear: () => void history().clear().then(countHistory),
      }}
      transfer={{
        notice: transferNotice,
        onExport: () => download('fact-context-settings.json', settingsToJson(settings)),
        onImport: (file) =>
          void file.text().then((text) => {
            const result = settingsFromJson(text);
            if (!result.ok) return setTransferNotice({ kind: 'error', text: result.error });
            // Online sources need their permissions granted here, by a click: imported files never switch them on.
            const imported = { ...result.settings, online: settings.online };
            save(imported);
            setTransferNotice({
              kind: 'ok',
              text: `Settings imported from ${file.name}.${result.problems.length ? ' Some parts were invalid and kept their defaults:' : ''}`,
              details: [
                ...result.problems,
                ...(JSON.stringify(result.settings.online) !== JSON.stringify(settings.online)
                  ? [
                      'Online sources were left as they were: switch them on below, so your browser can ask you.',
                    ]
                  : []),
              ],
            });
          }),
      }}
    />
  );
}
