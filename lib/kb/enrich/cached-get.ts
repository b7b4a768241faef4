/**
 * One cached online answer: the store first, then the queue; a source's 'nothing here' is kept a day,
 * an answer a week (or as long as the caller says), and a failure is not kept, so it is tried again.
 */
import type { HostQueue } from './host-queue';
import type { EnrichmentStore } from './enrich-card';

/** Answers are kept a week; 'nothing found' a day, so a new article gets its chance. */
export const CACHE_TTL_MS = 7 * 24 * 3600_000;
const MISS_TTL_MS = 24 * 3600_000;

/** Where cached requests go: the store and the shared queue. */
export interface CachedGetContext {
  store: EnrichmentStore;
  queue: HostQueue;
}

/**
 * The parsed answer for `url`, from the cache under `key` when it has not expired. Undefined when the
 * source has nothing (cached) or the request failed (not cached). Never rejects.
 */
export async function cachedGet<T>(
  ctx: CachedGetContext,
  key: string,
  url: string,
  parse: (body: unknown) => T | undefined,
  options: { as?: 'json' | 'text'; ttlMs?: number } = {},
): Promise<T | undefined> {
  const hit = await ctx.store.get(key).catch(() => undefined);
  if (hit !== undefined) return (hit ?? undefined) as T | undefined;
  const r = options.as === 'text' ? await ctx.queue.getText(url) : await ctx.queue.getJson(url);
  if (!r.ok && r.status !== 404) return undefined; // not cached: try again next time
  let value: T | undefined;
  try {
    value = r.ok ? parse(r.body) : undefined;
  } catch {
    value = undefined;
  }
  const ttl = value === undefined ? MISS_TTL_MS : (options.ttlMs ?? CACHE_TTL_MS);
  await ctx.store.put(key, value ?? null, ttl).catch(() => undefined);
  return value;
}
