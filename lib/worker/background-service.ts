/**
 * The background worker: analyses articles for content scripts, keeps each tab's result for the popup,
 * shows the badge, applies site switches from the extension's own pages, remembers articles for related
 * coverage and polls the reader's feeds on one alarm. Every caller is checked.
 */
import { browser } from 'wxt/browser';
import { createAnalyzer, type Analyzer, type LoadAsset } from '@/lib/analysis/engine';
import type { FetchLike, RequestLogEntry } from '@/lib/kb/enrich';
import {
  ANALYSIS_BUDGET_MS,
  MAX_ARTICLE_CHARS,
  MAX_PAGE_HTML_CHARS,
  validatePagePart,
  validatePageRequest,
} from '@/lib/analysis/validate';
import { marksForPage } from '@/lib/worker/page-marks';
import { applyFeatureSettings, shownSections } from '@/lib/worker/feature-settings';
import { readPage } from '@/lib/page/read-page';
import { isSiteEnabled, normaliseSettings, withSiteToggled, type Settings } from '@/lib/settings';
import { loadExtensionAsset } from '../ext/assets';
import { FEED_ALARM } from '../related/feed-poller';
import { createFeedService } from '../related/feed-service';
import { openRelatedStores } from '../ext/history-store';
import { createPageParts } from './page-parts';
import { createMessageListener, isExtensionPage, isOwnContentScript, sendToTab } from '../ext/messaging';
import type { BackgroundProtocol, TabState } from '../ext/protocol';
import { createRateLimit } from './rate-limit';
import { forSession } from './session-state';
import { createRelatedService, type OpenStores, type RelatedService } from '../related/related-service';
import { createEnrichmentService } from '../kb/enrich/enrichment-service';
import { createNewsSearchService } from '../related/news-search-service';
import { createEnrichmentStore, type ExtensionEnrichmentStore } from '../ext/enrichment-store';
import { loadSettings, saveSettings, settingsItem, storedFeedStates } from '../ext/storage';

const iconSet = (suffix: string) =>
  Object.fromEntries([16, 32, 48, 128].map((size) => [size, `/icon/${size}${suffix}.png`])) as Record<
    string,
    string
  >;
/** Greyed icon where the reader switched the site off. */
const OFF_ICONS = iconSet('-off');
const ON_ICONS = iconSet('');

/** Related coverage for an article on an enabled site, or nothing when the reader does not want it. */
async function findRelatedFor(
  related: RelatedService,
  url: string | undefined,
  settings: Settings,
  remember: () => boolean,
) {
  if (!settings.features.related || !url || !isSiteEnabled(url, settings)) return undefined;
  return { findRelated: await related.prepare(settings.historySize, remember()) };
}

/** Analyses a tab may ask for in a minute, whatever its page does (forged navigation events, pushState loops). */
export const MAX_ANALYSES_PER_MINUTE = 6;
/** History entries a tab may add in a minute. */
export const MAX_REMEMBERED_PER_MINUTE = 3;

/** Where online sources live, when not at their public addresses (tests). */
export interface OnlineBaseUrls {
  wikipedia?: string;
  wikidata?: string;
  gdelt?: string;
  googleNews?: string;
}

/** What the worker loads its data and keeps its history with; tests pass files from disk and a private database. */
export interface BackgroundDeps {
  loadAsset: LoadAsset;
  openStores: OpenStores;
  /** Is a host permission granted (feeds)? */
  hasHostPermission: (origin: string) => Promise<boolean>;
  /** Record an online request in the log the options page shows. */
  logRequest: (entry: RequestLogEntry) => Promise<void>;
  /** Is this tab in a private (incognito) window? Nothing from one goes online. */
  isPrivateTab: (tabId: number) => Promise<boolean>;
  /** The network for online sources (tests: a local fixture server through `onlineBaseUrls`). */
  fetch: FetchLike;
  onlineBaseUrls?: OnlineBaseUrls;
}

let enrichmentStore: Promise<ExtensionEnrichmentStore> | undefined;
/** The enrichment cache and request log, opened on first need and shared by enrichment and feeds. */
const openEnrichmentStore = () => {
  enrichmentStore ??= createEnrichmentStore().catch((error: unknown) => {
    enrichmentStore = undefined; // try again next time
    throw error;
  });
  return enrichmentStore;
};
/** Forget cached online answers and the request log. */
const clearEnrichment = async () => (await openEnrichmentStore()).clear();
/** The request log lives in the enrichment store, shared with Wikipedia/Wikidata requests. */
const logToEnrichmentStore = async (entry: RequestLogEntry) =>
  (await openEnrichmentStore()).logRequest(entry);

const DEFAULT_DEPS: BackgroundDeps = {
  loadAsset: loadExtensionAsset,
  openStores: (historyLimit) => openRelatedStores({ historyLimit }),
  hasHostPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
  logRequest: logToEnrichmentStore,
  // A tab that cannot be read is treated as private: online lookups are skipped, never guessed.
  isPrivateTab: (tabId) =>
    browser.tabs.get(tabId).then(
      (t) => t.incognito !== false,
      () => true,
    ),
  fetch: (url, init) => fetch(url, init),
};

/** Start the worker's listeners. Called once from the background entrypoint. */
export function startBackground(deps: Partial<BackgroundDeps> = {}): void {
  const {
    loadAsset,
    openStores,
    hasHostPermission,
    logRequest,
    isPrivateTab,
    onlineBaseUrls,
    fetch: onlineFetch,
  } = {
    ...DEFAULT_DEPS,
    ...deps,
  };
  const warn = (error: unknown) => console.warn('Fact Context related coverage:', error);
  // Opened on first need (an analysis, the options page), never at worker start.
  const related = createRelatedService(openStores, warn);
  const feeds = createFeedService({
    alarms: browser.alarms,
    hasHostPermission,
    states: storedFeedStates,
    log: logRequest,
    onItems: (items) => related.addFeedItems(items),
  });

  const newsSearch = createNewsSearchService({
    store: openEnrichmentStore,
    fetch: onlineFetch,
    now: Date.now,
    hasHostPermission,
    baseUrls: onlineBaseUrls,
  });
  /** Analyses already searched for (the popup asks each time it opens). */
  const searched = new WeakSet<object>();

  const enrichment = createEnrichmentService({
    store: openEnrichmentStore,
    fetch: onlineFetch,
    now: Date.now,
    hasHostPermission,
    baseUrls: onlineBaseUrls,
  });

  let analyzer: Promise<Analyzer> | undefined;
  const getAnalyzer = () => {
    analyzer ??= createAnalyzer(loadAsset).catch((error: unknown) => {
      analyzer = undefined; // try again next time
      throw error;
    });
    return analyzer;
  };
  const tabs = new Map<number, TabState>();
  const pageParts = createPageParts();
  const analysesPerTab = createRateLimit(MAX_ANALYSES_PER_MINUTE, 60_000);
  const rememberedPerTab = createRateLimit(MAX_REMEMBERED_PER_MINUTE, 60_000);
  /** Tabs whose reader pressed "Analyse" in the popup: their next analysis is not counted against the page. */
  const readerAsked = new Set<number>();
  /** Tabs in private windows: nothing they show is stored, remembered or looked up online. */
  const privateTabs = new Set<number>();
  // Tab states also go to session storage, so the popup still renders them at once after the worker slept.
  const session = browser.storage.session as typeof browser.storage.local | undefined;
  const tabKey = (tabId: number) => `tab:${tabId}`;
  const cachedTab = async (tabId: number): Promise<TabState> => {
    const known = tabs.get(tabId);
    if (known) return known;
    const stored = (await session?.get(tabKey(tabId)).catch(() => undefined))?.[tabKey(tabId)] as
      TabState | undefined;
    if (stored && typeof stored.status === 'string') tabs.set(tabId, stored);
    return stored && typeof stored.status === 'string' ? stored : { status: 'unknown' };
  };

  const setTab = async (tabId: number, state: TabState) => {
    tabs.set(tabId, state);
    if (!privateTabs.has(tabId))
      void session
        ?.set({ [tabKey(tabId)]: forSession(state) })
        .catch((error: unknown) =>
          console.warn('Fact Context: could not keep this tab’s result for the popup:', error),
        );
    const count = state.status === 'ready' ? (state.analysis?.entities.filter((e) => e.card).length ?? 0) : 0;
    // The tab may have closed meanwhile, or this browser lacks one of these: the badge is not worth failing for.
    await Promise.resolve()
      .then(() =>
        Promise.all([
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
        ]),
      )
      .catch(() => undefined);
  };

  const requireExtensionPage = (sender: Parameters<typeof isExtensionPage>[0]) => {
    if (!isExtensionPage(sender))
      throw new Error('This message is accepted only from Fact Context’s own pages.');
  };
  const tabIdOf = (payload: unknown) => {
    const tabId = (payload as { tabId?: unknown } | undefined)?.tabId;
    if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0)
      throw new Error('tabId must be a tab number.');
    return tabId;
  };

  const listener = createMessageListener<BackgroundProtocol>({
    analyzePage: async (payload, sender) => {
      if (!isOwnContentScript(sender))
        throw new Error('Only Fact Context’s content script may ask for an analysis.');
      const checked = validatePageRequest(payload);
      if (!checked.ok) throw new Error(`Invalid page: ${checked.error}`);
      const { url, pageId, parts, force } = checked.value;
      const tabId = sender.tab.id;
      const incognito = sender.tab.incognito === true;
      if (incognito) privateTabs.add(tabId);
      if (!readerAsked.delete(tabId) && !analysesPerTab.take(tabId)) {
        pageParts.drop(tabId);
        const error = `This page asked to be analysed more than ${MAX_ANALYSES_PER_MINUTE} times in a minute; Fact Context waits a minute. “Analyse” in this popup reads it now.`;
        await setTab(tabId, { status: 'error', url, error });
        throw new Error(error);
      }
      await setTab(tabId, { status: 'analysing', url });
      try {
        const { html, truncated } = pageParts.take(tabId, pageId, parts);
        const t0 = performance.now();
        const [engine, settings] = await Promise.all([getAnalyzer(), loadSettings()]);
        const reading = readPage(html, url, { force, maxChars: MAX_ARTICLE_CHARS });
        if ('notNews' in reading) {
          const reasons = reading.notNews.reasons.slice(0, 20);
          const { language } = reading;
          await setTab(tabId, { status: 'not-news', url, reasons, language });
          return { status: 'not-news' as const, reasons, language };
        }
        const { article } = reading;
        // Remembered: news articles (what the options page promises), outside private windows, a few a minute per tab.
        const remember = () => !incognito && article.isNews !== false && rememberedPerTab.take(tabId);
        // The reader's feature settings are applied here, once: the popup, the badge and the marks show this.
        const analysis = applyFeatureSettings(
          engine.analyze(article, {
            ...(await findRelatedFor(related, url, settings, remember)),
            budgetMs: ANALYSIS_BUDGET_MS,
          }),
          settings,
        );
        const allNotes = [
          ...(truncated
            ? [
                `This page is very large (over ${MAX_PAGE_HTML_CHARS / 1e6} million characters of HTML); only its first part was read.`,
              ]
            : []),
          ...(analysis.notes ?? []),
        ];
        const notes = allNotes.length ? allNotes : undefined;
        const elapsedMs = performance.now() - t0;
        const sections = shownSections(settings);
        await setTab(tabId, { status: 'ready', url, analysis, elapsedMs, notes, sections });
        return { status: 'ready' as const, marks: marksForPage(analysis, article.paragraphs) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await setTab(tabId, { status: 'error', url, error: message });
        throw error;
      }
    },
    pagePart: (payload, sender) => {
      if (!isOwnContentScript(sender)) throw new Error('Only Fact Context’s content script may send a page.');
      const checked = validatePagePart(payload);
      if (!checked.ok) throw new Error(`Invalid page part: ${checked.error}`);
      pageParts.add(sender.tab.id, checked.value);
      return null;
    },
    pageStatus: async (payload, sender) => {
      if (!isOwnContentScript(sender))
        throw new Error('Only Fact Context’s content script may report page status.');
      const status = payload?.status === 'disabled' ? 'disabled' : 'not-news';
      const reasons = Array.isArray(payload?.reasons)
        ? payload.reasons.filter((r) => typeof r === 'string').slice(0, 20)
        : [];
      if (sender.tab.incognito === true) privateTabs.add(sender.tab.id);
      await setTab(sender.tab.id, { status, url: sender.tab.url, reasons });
      return null;
    },
    getTabState: (payload, sender) => {
      requireExtensionPage(sender);
      return cachedTab(tabIdOf(payload));
    },
    analyzeTab: async (payload, sender) => {
      requireExtensionPage(sender);
      const tabId = tabIdOf(payload);
      readerAsked.add(tabId);
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
    getRelatedCounts: (_payload, sender) => {
      requireExtensionPage(sender);
      return related.counts();
    },
    clearHistory: async (_payload, sender) => {
      requireExtensionPage(sender);
      // Clearing is clearing: what online sources answered, and the log of what was asked, go too.
      await Promise.all([related.clearHistory(), clearEnrichment()]);
      return related.counts();
    },
    openCard: async (payload, sender) => {
      const entityId = typeof payload?.entityId === 'string' ? payload.entityId.slice(0, 40) : '';
      if (!entityId) throw new Error('openCard needs {entityId: string}.');
      let tabId: number;
      let incognito: boolean;
      if (isOwnContentScript(sender)) {
        tabId = sender.tab.id;
        incognito = (sender.tab as { incognito?: boolean }).incognito === true;
      } else {
        requireExtensionPage(sender);
        tabId = tabIdOf(payload);
        incognito = await isPrivateTab(tabId);
      }
      // Nothing read in a private window goes online.
      if (incognito) return null;
      const state = await cachedTab(tabId);
      const analysis = state.analysis;
      if (state.status !== 'ready' || !analysis) return null;
      const [engine, settings] = await Promise.all([getAnalyzer(), loadSettings()]);
      const enriched = await enrichment.enrichEntity(analysis, entityId, settings, engine.linker);
      if (!enriched) return null;
      // The popup shows the enriched card too, as long as the tab still shows this analysis.
      const now = tabs.get(tabId);
      if (now?.analysis === analysis)
        await setTab(tabId, {
          ...now,
          analysis: {
            ...analysis,
            entities: analysis.entities.map((e) => (e.id === enriched.id ? enriched : e)),
          },
        });
      const { mentions: _mentions, ...summary } = enriched;
      return summary;
    },
    searchRelated: async (payload, sender) => {
      requireExtensionPage(sender);
      const tabId = tabIdOf(payload);
      const state = await cachedTab(tabId);
      const analysis = state.analysis;
      if (state.status !== 'ready' || !analysis || searched.has(analysis)) return state;
      // Nothing read in a private window goes online; nor a page on a site the reader turned off.
      const settings = await loadSettings();
      if (!state.url || !isSiteEnabled(state.url, settings) || (await isPrivateTab(tabId))) return state;
      searched.add(analysis);
      const related = await newsSearch.search(analysis, settings);
      const now = tabs.get(tabId) ?? state;
      if (!related || now.analysis !== analysis) return now;
      const next: TabState = { ...now, analysis: { ...analysis, related } };
      searched.add(next.analysis!);
      await setTab(tabId, next);
      return next;
    },
    checkFeeds: async (_payload, sender) => {
      requireExtensionPage(sender);
      const results = await feeds.poll(await loadSettings());
      return results.map(({ url, status, items, error }) => ({ url, status, items, error }));
    },
  });
  browser.runtime.onMessage.addListener(listener);
  // A site the reader turns off is forgotten from the reading history; a feed change moves the alarm.
  settingsItem.watch((raw, oldRaw) => {
    const next = normaliseSettings(raw).settings;
    const before = normaliseSettings(oldRaw).settings;
    for (const pattern of next.sites.disabledFor)
      if (!before.sites.disabledFor.includes(pattern))
        void related.forgetSite(pattern.replace(/^\*\./, '')).catch(warn);
    // "Keep none" keeps none: what was kept before goes now, not at the next analysis.
    if (next.historySize === 0 && before.historySize !== 0) void related.clearHistory().catch(warn);
    if (next.online.feeds !== before.online.feeds || next.feeds.join() !== before.feeds.join())
      void feeds.schedule(next).catch(warn);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) void loadSettings().then(feeds.poll).catch(warn);
  });
  void loadSettings().then(feeds.schedule).catch(warn);
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
    privateTabs.delete(tabId);
    readerAsked.delete(tabId);
    analysesPerTab.drop(tabId);
    rememberedPerTab.drop(tabId);
    pageParts.drop(tabId);
    void session?.remove(tabKey(tabId)).catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void setTab(tabId, { status: 'unknown', url: change.url });
  });
}
