import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '@/components/OptionsView';
import { DATA_CREDITS, LIBRARY_CREDITS } from '@/lib/about/credits';
import { loadSettings, saveSettings, settingsProblemsItem, watchSettings } from '@/lib/ext/storage';
import type { Settings } from '@/lib/settings';

/** Wires the options page to stored settings. */
export function App() {
  const [settings, setSettings] = useState<Settings>();
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    void loadSettings().then(async (s) => {
      setSettings(s);
      setProblems(await settingsProblemsItem.getValue());
    });
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <main class="fc-options" aria-busy="true" />;
  return (
    <OptionsView
      settings={settings}
      problems={problems}
      version={browser.runtime.getManifest().version}
      credits={{ data: DATA_CREDITS, libraries: LIBRARY_CREDITS }}
      onChange={(next) => {
        setSettings(next);
        setProblems([]);
        void saveSettings(next);
      }}
    />
  );
}
