/**
 * Background polling of the reader's subscribed feeds: conditional requests (ETag, Last-Modified),
 * a timeout and a size cap, exponential backoff after failures, and at most one request per feed per
 * interval. fetch and the clock are injected; the background wires `pollDue` to one `alarms` alarm.
 */
import { parseFeed } from '@/lib/related/feed-parser';
import { rememberFeedEntry } from '@/lib/related/remember';
import type { RememberedArticle } from '@/lib/related/types';

/** Name of the one alarm that wakes the worker for feeds. */
export const FEED_ALARM = 'fact-context-feeds';
/** Default minutes between two polls of one feed. */
const FEED_INTERVAL_MINUTES = 30;
const MINUTE = 60_000;

/** What is known about one subscribed feed between polls (serialisable: keep it in storage.local). */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  /** When the last request started (ms). */
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** Not polled again before this (ms). */
  nextPollAt: number;
  /** Failures in a row; 0 after a success. */
  failures: number;
  lastError?: string;
  /** Items in the last successful response. */
  itemCount?: number;
}

/** Persistence for feed states; the default keeps them in memory. */
export interface FeedStateStore {
  load(): Promise<Record<string, FeedState>>;
  save(states: Record<string, FeedState>): Promise<void>;
}

/** Dependencies and limits of the poller. */
export interface FeedPollerOptions {
  /** New or changed feed items, already in the shape the related index keeps. */
  onItems: (feedUrl: string, items: RememberedArticle[]) => void | Promise<void>;
  fetch?: typeof fetch;
  now?: () => number;
  states?: FeedStateStore;
  intervalMinutes?: number;
  /** Longest wait after repeated failures (default 24 h). */
  maxBackoffMinutes?: number;
  /** A request taking longer fails (default 15 s). */
  timeoutMs?: number;
  /** A larger response fails (default 5 MB). */
  maxBytes?: number;
}

/** The outcome of one feed's poll. */
export interface FeedPollResult {
  url: string;
  status: 'updated' | 'not-modified' | 'failed' | 'not-due';
  items?: number;
  error?: string;
  nextPollAt: number;
}

/** Polls feeds when they are due. */
export interface FeedPoller {
  /**
   * Poll every subscribed feed that is due (others are left alone) and forget feeds no longer subscribed.
   * `nextWakeAt` is when the next feed falls due: schedule FEED_ALARM for then.
   */
  pollDue(feedUrls: string[]): Promise<{ results: FeedPollResult[]; nextWakeAt?: number }>;
  /** The stored state of every feed (for the options page: last error, last success). */
  states(): Promise<Record<string, FeedState>>;
}

/** Keeps feed states in memory (tests, or a worker that does not persist them). */
function memoryFeedStateStore(): FeedStateStore {
  let saved: Record<string, FeedState> = {};
  return { load: async () => structuredClone(saved), save: async (s) => void (saved = structuredClone(s)) };
}

/** Read at most `maxBytes` of a response body as text, failing beyond it. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes)
    throw new Error(`the feed is ${declared} bytes, more than the ${maxBytes}-byte limit`);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`the feed is larger than the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Milliseconds a Retry-After header asks to wait (seconds or an HTTP date), or 0. */
function retryAfterMs(value: string | null, now: number): number {
  if (!value) return 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : Math.max(0, at - now);
}

/** Create a poller; nothing is fetched until pollDue is called. */
export function createFeedPoller(options: FeedPollerOptions): FeedPoller {
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const store = options.states ?? memoryFeedStateStore();
  const interval = (options.intervalMinutes ?? FEED_INTERVAL_MINUTES) * MINUTE;
  const maxBackoff = (options.maxBackoffMinutes ?? 24 * 60) * MINUTE;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 5_000_000;
  let running: Promise<unknown> = Promise.resolve();

  const pollOne = async (state: FeedState): Promise<FeedPollResult> => {
    const started = now();
    state.lastAttemptAt = started;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const headers: Record<string, string> = {
        accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1',
      };
      if (state.etag) headers['if-none-match'] = state.etag;
      if (state.lastModified) headers['if-modified-since'] = state.lastModified;
      let response: Response;
      try {
        response = await doFetch(state.url, {
          headers,
          signal: controller.signal,
          credentials: 'omit',
          // Never followed blindly: the worker's fetch follows redirects only within the feed's host.
          redirect: 'manual',
        });
      } catch (error) {
        throw new Error(
          controller.signal.aborted
            ? `no answer within ${timeoutMs / 1000} s`
            : `could not reach the site (${(error as Error).message})`,
        );
      }
      if (response.status === 304) {
        state.failures = 0;
        state.lastError = undefined;
        state.lastSuccessAt = started;
        state.nextPollAt = started + interval;
        return { url: state.url, status: 'not-modified', nextPollAt: state.nextPollAt };
      }
      if (!response.ok) {
        const wait = retryAfterMs(response.headers.get('retry-after'), started);
        const error = new Error(`the site answered HTTP ${response.status}`);
        (error as Error & { retryAfter?: number }).retryAfter = wait;
        throw error;
      }
      let xml: string;
      try {
        xml = await readCapped(response, maxBytes);
      } catch (error) {
        throw new Error(
          controller.signal.aborted
            ? `no complete answer within ${timeoutMs / 1000} s`
            : (error as Error).message,
        );
      }
      const entries = parseFeed(xml, state.url);
      const items = entries.map((entry) => rememberFeedEntry(entry, started));
      await options.onItems(state.url, items);
      state.etag = response.headers.get('etag') ?? undefined;
      state.lastModified = response.headers.get('last-modified') ?? undefined;
      state.failures = 0;
      state.lastError = undefined;
      state.lastSuccessAt = started;
      state.itemCount = items.length;
      state.nextPollAt = started + interval;
      return { url: state.url, status: 'updated', items: items.length, nextPollAt: state.nextPollAt };
    } catch (error) {
      state.failures += 1;
      state.lastError = (error as Error).message;
      const backoff = Math.min(maxBackoff, interval * 2 ** state.failures);
      const retryAfter = Math.min(maxBackoff, (error as Error & { retryAfter?: number }).retryAfter ?? 0);
      state.nextPollAt = started + Math.max(backoff, retryAfter);
      return {
        url: state.url,
        status: 'failed',
        error: `Feed ${state.url}: ${state.lastError}. Retrying later.`,
        nextPollAt: state.nextPollAt,
      };
    } finally {
      clearTimeout(timer);
    }
  };

  const pollDueNow = async (feedUrls: string[]) => {
    const states = await store.load();
    const subscribed = [...new Set(feedUrls)];
    for (const url of Object.keys(states)) if (!subscribed.includes(url)) delete states[url];
    const t = now();
    const due: FeedState[] = [];
    const results: FeedPollResult[] = [];
    for (const url of subscribed) {
      const state = (states[url] ??= { url, nextPollAt: 0, failures: 0 });
      if (state.nextPollAt > t) {
        results.push({ url, status: 'not-due', nextPollAt: state.nextPollAt });
        continue;
      }
      // Claim the slot before fetching: a worker killed mid-request still waits a full interval.
      state.lastAttemptAt = t;
      state.nextPollAt = t + interval;
      due.push(state);
    }
    if (due.length) await store.save(states);
    for (const state of due) results.push(await pollOne(state));
    await store.save(states);
    const next = Object.values(states).reduce((min, s) => Math.min(min, s.nextPollAt), Infinity);
    return { results, nextWakeAt: Number.isFinite(next) ? next : undefined };
  };

  return {
    // One poll at a time: an alarm and a start-up call never fetch the same feed twice.
    pollDue(feedUrls) {
      const next = running.then(() => pollDueNow(feedUrls));
      running = next.catch(() => undefined);
      return next;
    },
    states: () => store.load(),
  };
}
