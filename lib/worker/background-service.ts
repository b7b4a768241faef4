/**
 * The background worker's start: builds the services and the context its handlers share (./context.ts),
 * listens to the checked protocol (./handlers.ts), and follows settings, the feed alarm and tabs closing.
 * Reading a page is in ./analyse-page.ts, tab states and the badge in ./tab-state.ts and ./badge.ts, online
 * lookups for a tab in ./tab-online.ts.
 */
import { browser } from 'wxt/browser';
import { createAnalyzer, type Analyzer, type LoadAsset } from '@/lib/analysis/engine';
import type { FetchLike, RequestLogEntry } from '@/lib/kb/enrich';
import { normaliseSettings } from '@/lib/settings';
import { loadExtensionAsset } from '../ext/assets';
import { FEED_ALARM } from '../related/feed-poller';
import { createFeedService } from '../related/feed-service';
import { openRelatedStores } from '../ext/history-store';
import { createMessageListener } from '../ext/messaging';
import { createRelatedService, type OpenStores } from '../related/related-service';
import { createEnrichmentService } from '../kb/enrich/enrichment-service';
import { createNewsSearchService } from '../related/news-search-service';
import { createEnrichmentStore, type ExtensionEnrichmentStore } from '../ext/enrichment-store';
import { loadSettings, settingsItem, storedFeedStates } from '../ext/storage';
import { MAX_ANALYSES_PER_MINUTE, MAX_REMEMBERED_PER_MINUTE } from './analyse-page';
import type { WorkerContext } from './context';
import { workerRoutes } from './handlers';
import { createPageParts } from './page-parts';
import { createRateLimit } from './rate-limit';
import { createTabStates } from './tab-state';

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
  const online = {
    store: openEnrichmentStore,
    fetch: onlineFetch,
    now: Date.now,
    hasHostPermission,
    baseUrls: onlineBaseUrls,
  };
  let analyzer: Promise<Analyzer> | undefined;
  const ctx: WorkerContext = {
    analyzer: () => {
      analyzer ??= createAnalyzer(loadAsset).catch((error: unknown) => {
        analyzer = undefined; // try again next time
        throw error;
      });
      return analyzer;
    },
    tabs: createTabStates(),
    pageParts: createPageParts(),
    analysesPerTab: createRateLimit(MAX_ANALYSES_PER_MINUTE, 60_000),
    rememberedPerTab: createRateLimit(MAX_REMEMBERED_PER_MINUTE, 60_000),
    readerAsked: new Set<number>(),
    isPrivateTab,
    related,
    feeds,
    enrichment: createEnrichmentService(online),
    newsSearch: createNewsSearchService(online),
    searched: new WeakSet<object>(),
    enrichmentStore: openEnrichmentStore,
  };
  const listener = createMessageListener(...workerRoutes(ctx));
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
    ctx.tabs.forget(tabId);
    ctx.readerAsked.delete(tabId);
    ctx.analysesPerTab.drop(tabId);
    ctx.rememberedPerTab.drop(tabId);
    ctx.pageParts.drop(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url)
      void ctx.tabs.set(tabId, { status: 'unknown', url: change.url });
  });
}
