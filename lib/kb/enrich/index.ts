/** Opt-in online enrichment of cards (Wikipedia summary, Wikidata) and answers for names the KB lacks. */
export { enrichCard, createEnrichmentQueue, type EnrichOptions, type EnrichmentStore } from './enrich-card';
export { createHostQueue, retryAfterMs, type FetchLike, type HostQueue } from './host-queue';
export { fetchSameHost, type RequestLogEntry } from './same-host-fetch';
export { parseSummary, parseWikidataSearch } from './parse';
export { wikidataEntitiesUrl, wikidataSearchUrl, wikipediaSummaryUrl } from './requests';
export { foldName, isLookupName, lookUpName, type NameQuery } from './name-lookup';
export { cachedGet } from './cached-get';
