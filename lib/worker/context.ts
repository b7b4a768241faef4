/**
 * What the worker's message handlers share: the analyser, the tabs' states, the services and the per-tab
 * limits. Built once in ./background-service.ts; handlers receive it and keep no state of their own.
 */
import type { Analyzer } from '@/lib/analysis/engine';
import type { EnrichmentService } from '../kb/enrich/enrichment-service';
import type { RelatedService } from '../related/related-service';
import type { FeedService } from '../related/feed-service';
import type { NewsSearchService } from '../related/news-search-service';
import type { ExtensionEnrichmentStore } from '../ext/enrichment-store';
import type { PageParts } from './page-parts';
import type { RateLimit } from './rate-limit';
import type { TabStates } from './tab-state';

export interface WorkerContext {
  /** The analyser, loaded on first need. */
  analyzer: () => Promise<Analyzer>;
  tabs: TabStates;
  pageParts: PageParts;
  /** Analyses a tab may ask for (a page cannot loop the worker). */
  analysesPerTab: RateLimit;
  /** History entries a tab may add. */
  rememberedPerTab: RateLimit;
  /** Tabs whose reader pressed "Analyse" in the popup: their next analysis is not counted against the page. */
  readerAsked: Set<number>;
  /** Is this tab in a private (incognito) window? */
  isPrivateTab: (tabId: number) => Promise<boolean>;
  related: RelatedService;
  feeds: FeedService;
  enrichment: EnrichmentService;
  newsSearch: NewsSearchService;
  /** Analyses already searched for related coverage (the popup asks each time it opens). */
  searched: WeakSet<object>;
  /** The enrichment cache and the request log, opened on first need. */
  enrichmentStore: () => Promise<ExtensionEnrichmentStore>;
}
