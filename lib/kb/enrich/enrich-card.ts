/**
 * Opt-in online enrichment of a card: a Wikipedia extract (with its CC BY-SA attribution) and a photo,
 * found through the entry's Wikipedia title, its Wikidata id, or a Wikidata search by name for entities
 * the KB lacks. Cached with expiry; offline, slow or failing sources leave the embedded card as it was.
 */
import type { Card } from '../../analysis/types';
import type { KbEntity } from '../types';
import { createHostQueue, type FetchLike, type HostQueue, type RequestLogEntry } from './host-queue';
import {
  commonsThumbnailUrl,
  parseSummary,
  parseWikidataEntity,
  parseWikidataSearch,
  type SummaryFacts,
  type WikidataFacts,
} from './parse';
import {
  DEFAULT_BASE_URLS,
  wikidataEntitiesUrl,
  wikidataSearchUrl,
  wikipediaSummaryUrl,
  type EnrichmentBaseUrls,
} from './requests';

/** Where enrichment keeps answers and the request log (lib/ext/enrichment-store.ts in the extension). */
export interface EnrichmentStore {
  /** A cached answer that has not expired, or undefined. */
  get(key: string): Promise<unknown>;
  /** Cache an answer (null for 'the source has nothing') until now + ttlMs. */
  put(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Record one online request for the reader. */
  logRequest(entry: RequestLogEntry): Promise<void>;
}

/** Which sources the reader switched on, and how to reach them. */
export interface EnrichOptions {
  sources: { wikipedia: boolean; wikidata: boolean };
  fetch: FetchLike;
  now: () => number;
  store: EnrichmentStore;
  baseUrls?: Partial<EnrichmentBaseUrls>;
  /** Per-request timeout (default 8 s). */
  timeoutMs?: number;
  /** Share one queue between calls so requests stay one at a time per host (created per call otherwise). */
  queue?: HostQueue;
  sleep?: (ms: number) => Promise<void>;
}

/** Answers are kept a week; 'nothing found' a day, so a new article gets its chance. */
export const CACHE_TTL_MS = 7 * 24 * 3600_000;
const MISS_TTL_MS = 24 * 3600_000;

/** A queue for enrichCard calls to share (one request at a time per host across cards). */
export function createEnrichmentQueue(
  opts: Pick<EnrichOptions, 'fetch' | 'now' | 'store' | 'timeoutMs' | 'sleep'>,
): HostQueue {
  return createHostQueue({
    fetch: opts.fetch,
    now: opts.now,
    sleep: opts.sleep,
    timeoutMs: opts.timeoutMs,
    log: (entry) => opts.store.logRequest(entry).catch(() => undefined),
  });
}

/**
 * The card with an online extract and photo when a switched-on source has them; otherwise the card unchanged.
 * Never rejects: every failure (offline, timeout, bad JSON, storage error) falls back to the embedded card.
 */
export async function enrichCard(
  card: Card,
  entity: KbEntity | { name: string },
  opts: EnrichOptions,
): Promise<Card> {
  if (!opts.sources.wikipedia && !opts.sources.wikidata) return card;
  try {
    const base = { ...DEFAULT_BASE_URLS, ...opts.baseUrls };
    const queue = opts.queue ?? createEnrichmentQueue(opts);
    const cached = async <T>(
      key: string,
      load: () => Promise<T | undefined | 'failed'>,
    ): Promise<T | undefined> => {
      const hit = await opts.store.get(key).catch(() => undefined);
      if (hit !== undefined) return (hit ?? undefined) as T | undefined;
      const value = await load();
      if (value === 'failed') return undefined; // not cached: try again next time
      await opts.store
        .put(key, value ?? null, value === undefined ? MISS_TTL_MS : CACHE_TTL_MS)
        .catch(() => undefined);
      return value;
    };
    const getJson = async <T>(url: string, parse: (body: unknown) => T | undefined) => {
      const r = await queue.getJson(url);
      if (r.ok) return parse(r.body);
      return r.status === 404 ? undefined : ('failed' as const);
    };

    let title = 'wikipedia' in entity ? entity.wikipedia : undefined;
    let wikidata: WikidataFacts | undefined;
    if (opts.sources.wikidata) {
      let id = 'wikidata' in entity ? entity.wikidata : undefined;
      if (!id && !title && !('id' in entity)) {
        // An entity the KB lacks: the first Wikidata hit whose label is the name itself.
        const hits = await cached(`wikidata-search:${entity.name.toLowerCase()}`, () =>
          getJson(wikidataSearchUrl(entity.name, base.wikidata), parseWikidataSearch),
        );
        id = hits?.find((h) => h.label?.toLowerCase() === entity.name.trim().toLowerCase())?.id;
      }
      if (id) {
        const itemId = id;
        wikidata = await cached(`wikidata:${itemId}`, () =>
          getJson(wikidataEntitiesUrl([itemId], base.wikidata), (b) => parseWikidataEntity(b, itemId)),
        );
        title ??= wikidata?.wikipediaTitle;
      }
    }
    let summary: SummaryFacts | undefined;
    if (opts.sources.wikipedia && title) {
      const pageTitle = title;
      summary = await cached(`wikipedia:${pageTitle}`, () =>
        getJson(wikipediaSummaryUrl(pageTitle, base.wikipedia), parseSummary),
      );
    }
    return merge(card, summary, wikidata);
  } catch {
    return card;
  }
}

function merge(card: Card, summary: SummaryFacts | undefined, wikidata: WikidataFacts | undefined): Card {
  if (!summary && !wikidata) return card;
  const out: Card = { ...card };
  if (summary) out.extract = summary.extract;
  const photo = summary?.photo ?? (wikidata?.imageFile ? commonsThumbnailUrl(wikidata.imageFile) : undefined);
  if (photo) out.photo = { url: photo, source: summary?.photo ? 'Wikipedia' : 'Wikimedia Commons' };
  if (!out.description && wikidata?.description) out.description = `${wikidata.description} (Wikidata)`;
  if (summary && !card.links.some((l) => l.url === summary.extract.url))
    out.links = [...card.links, { label: 'Wikipedia', url: summary.extract.url }];
  return out;
}
