/**
 * The background worker: analyses articles for content scripts, keeps each tab's result for the popup,
 * shows the badge, and applies site switches from the extension's own pages. Every caller is checked.
 */
import { browser } from 'wxt/browser';
import { createAnalyzer, type Analyzer } from '@/lib/analysis/engine';
import { validateArticle } from '@/lib/analysis/validate';
import { withSiteToggled } from '@/lib/settings';
import { loadExtensionAsset } from './assets';
import { createMessageListener, isExtensionPage, isOwnContentScript, sendToTab } from './messaging';
import type { BackgroundProtocol, TabState } from './protocol';
import { loadSettings, saveSettings } from './storage';

const iconSet = (suffix: string) =>
  Object.fromEntries([16, 32, 48, 128].map((size) => [size, `/icon/${size}${suffix}.png`])) as Record<string, string>;
/** Greyed icon where the reader switched the site off. */
const OFF_ICONS = iconSet('-off');
const ON_ICONS = iconSet('');

/** Start the worker's listeners. Called once from the background entrypoint. */
export function startBackground(): void {
  let analyzer: Promise<Analyzer> | undefined;
  const getAnalyzer = () => {
    analyzer ??= createAnalyzer(loadExtensionAsset).catch((error: unknown) => {
      analyzer = undefined; // try again next time
      throw error;
    });
    return analyzer;
  };
  const tabs = new Map<number, TabState>();

  const setTab = async (tabId: number, state: TabState) => {
    tabs.set(tabId, state);
    const count = state.status === 'ready' ? (state.analysis?.entities.filter((e) => e.card).length ?? 0) : 0;
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: count ? String(count) : '' }),
      browser.action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' }),
      browser.action.setIcon({ tabId, path: state.status === 'disabled' ? OFF_ICONS : ON_ICONS }),
      browser.action.setTitle({
        tabId,
        title:
          state.status === 'disabled'
            ? 'Fact Context (off on this site)'
            : count
              ? `Fact Context: ${count} context cards`
              : 'Fact Context',
      }),
    ]).catch(() => undefined); // the tab may have closed meanwhile
  };

  const requireExtensionPage = (sender: Parameters<typeof isExtensionPage>[0]) => {
    if (!isExtensionPage(sender)) throw new Error('This message is accepted only from Fact Context’s own pages.');
  };
  const tabIdOf = (payload: unknown) => {
    const tabId = (payload as { tabId?: unknown } | undefined)?.tabId;
    if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) throw new Error('tabId must be a tab number.');
    return tabId;
  };

  const listener = createMessageListener<BackgroundProtocol>({
    analyze: async (payload, sender) => {
      if (!isOwnContentScript(sender)) throw new Error('Only Fact Context’s content script may ask for an analysis.');
      const checked = validateArticle((payload as { article?: unknown } | undefined)?.article);
      if (!checked.ok) throw new Error(`Invalid article: ${checked.error}`);
      const tabId = sender.tab.id;
      await setTab(tabId, { status: 'analysing', url: checked.value.url });
      try {
        const t0 = performance.now();
        const analysis = (await getAnalyzer()).analyze(checked.value);
        await setTab(tabId, { status: 'ready', url: checked.value.url, analysis, elapsedMs: performance.now() - t0 });
        return analysis;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await setTab(tabId, { status: 'error', url: checked.value.url, error: message });
        throw error;
      }
    },
    pageStatus: async (payload, sender) => {
      if (!isOwnContentScript(sender)) throw new Error('Only Fact Context’s content script may report page status.');
      const status = payload?.status === 'disabled' ? 'disabled' : 'not-news';
      const reasons = Array.isArray(payload?.reasons) ? payload.reasons.filter((r) => typeof r === 'string').slice(0, 20) : [];
      await setTab(sender.tab.id, { status, url: sender.tab.url, reasons });
      return null;
    },
    getTabState: (payload, sender) => {
      requireExtensionPage(sender);
      return tabs.get(tabIdOf(payload)) ?? { status: 'unknown' };
    },
    analyzeTab: async (payload, sender) => {
      requireExtensionPage(sender);
      const tabId = tabIdOf(payload);
      await sendToTab(tabId, 'runAnalysis', { force: payload.force === true });
      return tabs.get(tabId) ?? { status: 'unknown' };
    },
    setSiteEnabled: async (payload, sender) => {
      requireExtensionPage(sender);
      if (typeof payload?.url !== 'string' || typeof payload.enabled !== 'boolean') {
        throw new Error('setSiteEnabled needs {url: string, enabled: boolean}.');
      }
      return saveSettings(withSiteToggled(await loadSettings(), payload.url, payload.enabled));
    },
  });
  browser.runtime.onMessage.addListener(listener);
  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void setTab(tabId, { status: 'unknown', url: change.url });
  });
}
