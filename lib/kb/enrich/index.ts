/** Opt-in online enrichment of cards (Wikipedia summary, Wikidata) and answers for names the KB lacks. */
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
export {
  cardFromItem,
  chooseItem,
  foldName,
  isLookupName,
  lookUpName,
  type NameLookupOptions,
  type NameQuery,
} from './name-lookup';
export { parseWikidataItems, wikidataDate, type WikidataItem } from './wikidata-item';
export { classFits } from './wikidata-classes';
export { cachedGet, type CachedGetContext } from './cached-get';
