import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '@/components/OptionsView';
import type { SettingsTransferProps } from '@/components/SettingsTransfer';
import { DATA_CREDITS, LIBRARY_CREDITS, ONLINE_CREDITS } from '@/lib/about/credits';
import type { LoggedRequest } from '@/components/RequestLog';
import type { FeedState } from '@/lib/related/feed-poller';
import { sendToBackground } from '@/lib/ext/messaging';
import {
  feedStatesItem,
  readSettings,
  saveErrorMessage,
  loadWrongCards,
  saveSettings,
  settingsProblems,
  watchSettings,
  wrongCardsItem,
} from '@/lib/ext/storage';
import {
  feedOrigin,
  normaliseWrongCards,
  ONLINE_SOURCES,
  removeWrongCard,
  originsFor,
  SUGGESTED_FEEDS,
  settingsFromJson,
  settingsToJson,
  type OnlineSources,
  type Settings,
  type WrongCardReport,
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

/** Every online request logged so far, from the worker that keeps the log (feeds, enrichment, news search). */
const readRequestLog = (): Promise<LoggedRequest[]> => sendToBackground('getRequestLog', {});

/**
 * Wires the options page to stored settings, host permissions, the settings file, and (through the
 * background, which owns them) the reading history and the request log; feed states are read from storage.
 */
export function App() {
  const [historyCount, setHistoryCount] = useState<number>();
  const countHistory = () =>
    sendToBackground('getRelatedCounts', {}).then(
      (counts) => setHistoryCount(counts.history),
      () => setHistoryCount(undefined),
    );
  const [feedStates, setFeedStates] = useState<Record<string, FeedState>>({});
  const [requestLog, setRequestLog] = useState<LoggedRequest[]>([]);
  const readLog = () => readRequestLog().then(setRequestLog, () => setRequestLog([]));
  const [feedNotice, setFeedNotice] = useState<string>();
  const [settings, setSettings] = useState<Settings>();
  const [problems, setProblems] = useState<string[]>([]);
  /** Why the last change was not saved (it stays on screen and is saved by the next change or a retry). */
  const [saveError, setSaveError] = useState<string>();
  const [onlineNotice, setOnlineNotice] = useState<string>();
  const [transferNotice, setTransferNotice] = useState<SettingsTransferProps['notice']>();
  const [wrongCards, setWrongCards] = useState<WrongCardReport[]>([]);
  useEffect(() => {
    void loadWrongCards().then(setWrongCards);
    return wrongCardsItem.watch((list) => setWrongCards(normaliseWrongCards(list)));
  }, []);
  useEffect(() => {
    void readSettings().then(async ({ settings: s, problems: now }) => {
      setSettings(s);
      setProblems(now.length ? now : await settingsProblems());
    });
    void countHistory();
    void feedStatesItem.getValue().then(setFeedStates);
    void readLog();
    const unwatch = [
      watchSettings(setSettings),
      // A poll saves feed states after its requests: the log has news then.
      feedStatesItem.watch((states) => {
        setFeedStates(states ?? {});
        void readLog();
      }),
    ];
    return () => unwatch.forEach((stop) => stop());
  }, []);
  if (!settings) return <main class="fc-options" aria-busy="true" />;

  /** Save, saying so when the browser refuses; the settings on screen are kept either way. */
  const store = (next: Settings): Promise<Settings | undefined> =>
    saveSettings(next).then(
      (saved) => {
        setSaveError(undefined);
        setProblems([]);
        return saved;
      },
      (error: unknown) => {
        setSaveError(saveErrorMessage(error));
        return undefined;
      },
    );
  const save = (next: Settings) => {
    setSettings(next);
    void store(next);
  };

  const toggleSource = async (key: keyof OnlineSources, enabled: boolean) => {
    const source = ONLINE_SOURCES.find((s) => s.key === key)!;
    const online = { ...settings.online, [key]: enabled };
    if (enabled) {
      // Must run inside the click that asked for it: browsers only show the prompt for a user gesture.
      // Feeds ask nothing here: each subscription asks for its own feed's host.
      const granted =
        source.origins.length === 0 ||
        (await browser.permissions.request({ origins: source.origins }).catch(() => false));
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

  const subscribe = async (url: string) => {
    const host = new URL(url).host;
    // Inside the click: the browser shows its prompt only for a user gesture.
    const granted = await browser.permissions.request({ origins: [feedOrigin(url)] }).catch(() => false);
    if (!granted) return setFeedNotice(`Not subscribed: the browser did not allow access to ${host}.`);
    const wanted = {
      ...settings,
      feeds: [...new Set([...settings.feeds, url])],
      online: { ...settings.online, feeds: true },
    };
    setSettings((await store(wanted)) ?? wanted);
    setFeedNotice(`Subscribed to ${host}; checking it now, then about every 30 minutes.`);
    await sendToBackground('checkFeeds', {}).catch(() => []);
  };
  const unsubscribe = async (url: string) => {
    const feeds = settings.feeds.filter((f) => f !== url);
    const wanted = { ...settings, feeds };
    setSettings((await store(wanted)) ?? wanted);
    const origin = feedOrigin(url);
    if (!feeds.some((f) => feedOrigin(f) === origin) && !originsFor(settings.online).includes(origin))
      await browser.permissions.remove({ origins: [origin] }).catch(() => false);
    setFeedNotice(`Unsubscribed from ${new URL(url).host}.`);
  };

  return (
    <OptionsView
      settings={settings}
      problems={problems}
      saveError={saveError}
      onRetrySave={() => void store(settings)}
      version={browser.runtime.getManifest().version}
      credits={{ data: [...DATA_CREDITS, ...ONLINE_CREDITS], libraries: LIBRARY_CREDITS }}
      onChange={save}
      onOnlineSourceChange={(key, enabled) => void toggleSource(key, enabled)}
      onlineNotice={onlineNotice}
      history={{
        count: historyCount,
        onClear: () =>
          void sendToBackground('clearHistory', {}).then(
            (counts) => {
              setHistoryCount(counts.history);
              void readLog(); // cleared with the history
            },
            () => setHistoryCount(undefined),
          ),
      }}
      feeds={{
        feeds: settings.feeds,
        suggested: SUGGESTED_FEEDS,
        states: feedStates,
        notice: feedNotice,
        onSubscribe: (url) => void subscribe(url),
        onUnsubscribe: (url) => void unsubscribe(url),
      }}
      requestLog={requestLog}
      wrongCards={{
        reports: wrongCards,
        onUndo: (report) =>
          void loadWrongCards().then((list) => wrongCardsItem.setValue(removeWrongCard(list, report))),
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
