/**
 * Opt-in online enrichment of a card: a Wikipedia extract (with its CC BY-SA attribution) and a photo,
 * found through the entry's Wikipedia title or its Wikidata id (names the KB lacks: name-lookup.ts).
 * Cached with expiry; offline, slow or failing sources leave the embedded card as it was.
 */
import type { Card } from '../../contract/types';
import type { KbEntity } from '../types';
import { cachedGet } from './cached-get';
import { createHostQueue, type FetchLike, type HostQueue, type RequestLogEntry } from './host-queue';
import {
  commonsThumbnailUrl,
  parseSummary,
  parseWikidataEntity,
  type SummaryFacts,
  type WikidataFacts,
} from './parse';
import {
  DEFAULT_BASE_URLS,
  wikidataEntitiesUrl,
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

export { CACHE_TTL_MS } from './cached-get';

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
  entity: KbEntity | { name: string; wikipedia?: string; wikidata?: string },
  opts: EnrichOptions,
): Promise<Card> {
  if (!opts.sources.wikipedia && !opts.sources.wikidata) return card;
  try {
    const base = { ...DEFAULT_BASE_URLS, ...opts.baseUrls };
    const queue = opts.queue ?? createEnrichmentQueue(opts);
    const ctx = { store: opts.store, queue };
    let title = 'wikipedia' in entity ? entity.wikipedia : undefined;
    let wikidata: WikidataFacts | undefined;
    if (opts.sources.wikidata) {
      const id = 'wikidata' in entity ? entity.wikidata : undefined;
      if (id) {
        wikidata = await cachedGet(ctx, `wikidata:${id}`, wikidataEntitiesUrl([id], base.wikidata), (b) =>
          parseWikidataEntity(b, id),
        );
        title ??= wikidata?.wikipediaTitle;
      }
    }
    let summary: SummaryFacts | undefined;
    if (opts.sources.wikipedia && title) {
      summary = await cachedGet(
        ctx,
        `wikipedia:${title}`,
        wikipediaSummaryUrl(title, base.wikipedia),
        parseSummary,
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
