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
  type RequestLogEntry,
} from './host-queue';
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
