/**
 * Reads the JSON the online sources answer with into what a card can show: a Wikipedia extract with its
 * CC BY-SA attribution and a thumbnail, a Wikidata item's English Wikipedia title, description and image.
 * Anything unexpected gives undefined, never an exception: the embedded card stays as it is.
 */
import { httpUrl } from '../../url/http-url';
import { wikipediaArticleUrl } from '../../url/reference-links';
import { isRecord as isObject } from '@/lib/contract/is-record';

/** A Wikipedia extract as the card shows it, with the attribution the licence requires. */
export interface WikipediaExtract {
  text: string;
  source: 'Wikipedia';
  licence: 'CC BY-SA 4.0';
  url: string;
}

/** What a page summary gives a card. */
export interface SummaryFacts {
  title: string;
  extract: WikipediaExtract;
  /** Thumbnail URL (upload.wikimedia.org), when the page has one. */
  photo?: string;
  /** Wikidata item of the page, when given. */
  wikidata?: string;
}

/** What a Wikidata item gives a card. */
export interface WikidataFacts {
  id: string;
  label?: string;
  description?: string;
  wikipediaTitle?: string;
  /** Commons file name of the item's image (P18). */
  imageFile?: string;
}

/** One wbsearchentities hit. */
export interface WikidataHit {
  id: string;
  label?: string;
  description?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const MAX_EXTRACT = 600;

/** Shorten an extract at a sentence end near the limit, so cards stay short. */
function shorten(text: string): string {
  if (text.length <= MAX_EXTRACT) return text;
  const cut = text.slice(0, MAX_EXTRACT);
  const end = cut.lastIndexOf('. ');
  return end > MAX_EXTRACT / 2 ? cut.slice(0, end + 1) : `${cut.replace(/\s+\S*$/, '')}…`;
}

/** Parse /api/rest_v1/page/summary/<title>; disambiguation pages and empty extracts give undefined. */
export function parseSummary(body: unknown): SummaryFacts | undefined {
  if (!isObject(body) || body.type === 'disambiguation') return undefined;
  const text = str(body.extract);
  const title = str(body.title);
  if (!text || !title) return undefined;
  const urls =
    isObject(body.content_urls) && isObject(body.content_urls.desktop) ? body.content_urls.desktop : {};
  // Only an http(s) page may become the attribution link; anything else (javascript:, data:) is replaced.
  const url = httpUrl(str(urls.page)) ?? wikipediaArticleUrl(title);
  const thumb = isObject(body.thumbnail) ? str(body.thumbnail.source) : undefined;
  return {
    title,
    extract: { text: shorten(text), source: 'Wikipedia', licence: 'CC BY-SA 4.0', url },
    ...(thumb && /^https:\/\//.test(thumb) ? { photo: thumb } : {}),
    ...(str(body.wikibase_item) ? { wikidata: str(body.wikibase_item) } : {}),
  };
}

/** Parse a wbgetentities answer for item `id`. */
export function parseWikidataEntity(body: unknown, id: string): WikidataFacts | undefined {
  if (!isObject(body) || !isObject(body.entities)) return undefined;
  const item = body.entities[id];
  if (!isObject(item) || 'missing' in item) return undefined;
  const en = (field: unknown) => (isObject(field) && isObject(field.en) ? str(field.en.value) : undefined);
  const sitelinks = isObject(item.sitelinks) && isObject(item.sitelinks.enwiki) ? item.sitelinks.enwiki : {};
  const claims = isObject(item.claims) && Array.isArray(item.claims.P18) ? item.claims.P18 : [];
  const first = claims[0];
  const value =
    isObject(first) && isObject(first.mainsnak) && isObject(first.mainsnak.datavalue)
      ? str(first.mainsnak.datavalue.value)
      : undefined;
  return {
    id,
    ...(en(item.labels) ? { label: en(item.labels) } : {}),
    ...(en(item.descriptions) ? { description: en(item.descriptions) } : {}),
    ...(str(sitelinks.title) ? { wikipediaTitle: str(sitelinks.title) } : {}),
    ...(value ? { imageFile: value } : {}),
  };
}

/** Parse a wbsearchentities answer into hits, best first. */
export function parseWikidataSearch(body: unknown): WikidataHit[] {
  if (!isObject(body) || !Array.isArray(body.search)) return [];
  return body.search.flatMap((hit) => {
    if (!isObject(hit) || !str(hit.id) || !/^Q\d+$/.test(String(hit.id))) return [];
    return [
      {
        id: String(hit.id),
        ...(str(hit.label) ? { label: str(hit.label) } : {}),
        ...(str(hit.description) ? { description: str(hit.description) } : {}),
      },
    ];
  });
}

/** A thumbnail URL for a Commons file name (Wikidata P18), 320 px wide. */
export function commonsThumbnailUrl(file: string): string {
  return `https://commons.wikimedia.org/wiki/Special:FilePath/${encodeURIComponent(file.replace(/ /g, '_'))}?width=320`;
}
