import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/PopupView';
import { sendToBackground, sendToTab } from '@/lib/ext/messaging';
import type { TabState } from '@/lib/ext/protocol';
import { loadSettings } from '@/lib/ext/storage';
import { searchElsewhereLinks } from '@/lib/related/search-links';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { popupWait } from './waiting';

const activeTab = () => browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t);

/** Wires the popup to the active tab's state in the background. */
export function App() {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<TabState>();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  const refresh = useCallback(async (id: number) => {
    try {
      setState(await sendToBackground('getTabState', { tabId: id }));
    } catch (error) {
      setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void loadSettings().then(setSettings);
    // popup.html?tab=ID shows a given tab (used when the popup is opened as a page, e.g. in tests).
    const asked = Number(new URLSearchParams(location.search).get('tab'));
    const tab = Number.isInteger(asked) && asked > 0 ? Promise.resolve({ id: asked }) : activeTab();
    void tab.then((t) => {
      if (t?.id === undefined) return setState({ status: 'unknown' });
      setTabId(t.id);
      void refresh(t.id);
    });
  }, [refresh]);

  // While the worker is busy, or the page has not reported yet (just loaded), ask again shortly; after a
  // minute of analysing, say so (a worker the browser stopped never answers) and keep asking, more slowly.
  const [polls, setPolls] = useState(0);
  const [seenAnalysingAt, setSeenAnalysingAt] = useState<number>();
  useEffect(() => {
    if (state?.status !== 'analysing') setSeenAnalysingAt(undefined);
    else setSeenAnalysingAt((at) => at ?? Date.now());
  }, [state?.status]);
  const wait = popupWait(state, polls, seenAnalysingAt ?? Date.now(), Date.now());
  useEffect(() => {
    if (tabId === undefined || wait.pollMs === undefined) return;
    const timer = setTimeout(() => {
      setPolls((n) => n + 1);
      void refresh(tabId);
    }, wait.pollMs);
    return () => clearTimeout(timer);
  }, [tabId, state, refresh, polls, wait.pollMs]);

  // Related coverage from a news search (opt-in): asked once per analysis the popup shows.
  const [searchedFor, setSearchedFor] = useState<unknown>();
  useEffect(() => {
    const analysis = state?.analysis;
    if (tabId === undefined || state?.status !== 'ready' || !analysis || searchedFor === analysis) return;
    if (!settings.online.newsSearch || !(state.sections ?? settings.features).related) return;
    setSearchedFor(analysis);
    void sendToBackground('searchRelated', { tabId }).then(
      (next) => {
        setSearchedFor(next.analysis);
        setState(next);
      },
      () => undefined,
    );
  }, [tabId, state, settings, searchedFor]);

  // Time to first card, readable by tests and curious readers: performance.getEntriesByName('fc-first-card').
  useEffect(() => {
    if (state?.analysis?.entities.length && !performance.getEntriesByName('fc-first-card').length)
      performance.mark('fc-first-card');
  }, [state]);

  // Only links: nothing is requested until the reader clicks one.
  const searchLinks = useMemo(
    () => (state?.analysis ? searchElsewhereLinks(state.analysis) : []),
    [state?.analysis],
  );

  const analyse = async (force: boolean) => {
    if (tabId === undefined) return;
    setState({ status: 'analysing' });
    try {
      await sendToBackground('analyzeTab', { tabId, force });
    } catch {
      setState({
        status: 'error',
        error:
          'This page cannot be read by the extension (browser pages, or it loaded before Fact Context). Reload it and try again.',
      });
      return;
    }
    await refresh(tabId);
  };

  return (
    <PopupView
      state={state}
      slow={wait.slow}
      show={state?.sections ?? settings.features}
      searchLinks={searchLinks}
      onAnalyseAnyway={() => void analyse(true)}
      onSiteEnabled={async (enabled) => {
        const tab = tabId === undefined ? undefined : await browser.tabs.get(tabId);
        if (!tab?.url || tabId === undefined) return;
        setSettings(await sendToBackground('setSiteEnabled', { url: tab.url, enabled }));
        if (enabled) await analyse(false);
        else setState({ status: 'disabled', url: tab.url }); // the page takes its highlights down itself
      }}
      onSelectEntity={(entity) => {
        if (tabId === undefined) return;
        void sendToTab(tabId, 'scrollToEntity', { entityId: entity.id }).catch(() => false);
        // Opening a card is when its online facts are fetched (if a card source is on).
        if (settings.online.wikipedia || settings.online.wikidata)
          void sendToBackground('openCard', { tabId, entityId: entity.id }).then(
            (enriched) => enriched && refresh(tabId),
            () => undefined,
          );
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onWrongCard={(entity) => {
        if (tabId === undefined) return;
        void sendToBackground('reportWrongCard', { tabId, entityId: entity.id }).then(
          setState,
          () => undefined,
        );
      }}
    />
  );
}
