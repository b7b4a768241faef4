/**
 * The online requests enrichment may send, as URLs: the Wikipedia REST page summary and the Wikidata
 * wbgetentities / wbsearchentities JSON APIs. Base URLs are parameters so tests point them at a local server.
 */

/** Where each online source lives; tests and mirrors override them. */
export interface EnrichmentBaseUrls {
  wikipedia: string;
  wikidata: string;
}

/** The public endpoints. */
export const DEFAULT_BASE_URLS: EnrichmentBaseUrls = {
  wikipedia: 'https://en.wikipedia.org',
  wikidata: 'https://www.wikidata.org',
};

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/** Page summary of an English Wikipedia title ('Labour Party (UK)' → …/page/summary/Labour_Party_(UK)). */
export function wikipediaSummaryUrl(title: string, base = DEFAULT_BASE_URLS.wikipedia): string {
  const path = encodeURIComponent(title.trim().replace(/ /g, '_'));
  return `${trimSlash(base)}/api/rest_v1/page/summary/${path}`;
}

/** Labels, descriptions, the English Wikipedia sitelink and the image claim of Wikidata items. */
export function wikidataEntitiesUrl(ids: string[], base = DEFAULT_BASE_URLS.wikidata): string {
  for (const id of ids)
    if (!/^Q\d+$/.test(id))
      throw new Error(`'${id}' is not a Wikidata item id (expected Q followed by digits).`);
  const params = new URLSearchParams({
    action: 'wbgetentities',
    ids: ids.join('|'),
    props: 'labels|descriptions|claims|sitelinks/urls',
    languages: 'en',
    sitefilter: 'enwiki',
    format: 'json',
    origin: '*',
  });
  return `${trimSlash(base)}/w/api.php?${params}`;
}

/** Wikidata items whose label or alias matches a name (English), best first. */
export function wikidataSearchUrl(name: string, base = DEFAULT_BASE_URLS.wikidata, limit = 5): string {
  const params = new URLSearchParams({
    action: 'wbsearchentities',
    search: name.trim(),
    language: 'en',
    uselang: 'en',
    type: 'item',
    limit: String(limit),
    format: 'json',
    origin: '*',
  });
  return `${trimSlash(base)}/w/api.php?${params}`;
}
