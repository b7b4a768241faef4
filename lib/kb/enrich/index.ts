/** Opt-in online enrichment of cards (Wikipedia summary, Wikidata): see enrich-card.ts. */
export {
  enrichCard,
  createEnrichmentQueue,
  CACHE_TTL_MS,
  type EnrichOptions,
  type EnrichmentStore,
} from './enrich-card';
export {
  createHostQueue,
  retryAfterMs,
  type FetchLike,
  type HostQueue,
  type QueueResult,
} from './host-queue';
export {
  fetchSameHost,
  sameHostAs,
  type GuardedInit,
  type RequestLogEntry,
  type ResponseLike,
  type SameHostResult,
} from './same-host-fetch';
export {
  parseSummary,
  parseWikidataEntity,
  parseWikidataSearch,
  type SummaryFacts,
  type WikidataFacts,
} from './parse';
export {
  DEFAULT_BASE_URLS,
  wikidataEntitiesUrl,
  wikidataSearchUrl,
  wikipediaSummaryUrl,
  type EnrichmentBaseUrls,
} from './requests';
