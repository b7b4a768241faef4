/**
 * Polite online requests: one at a time per host, each with a timeout, and no request to a host before
 * the time its last Retry-After named. Every attempt is reported to `log` for the reader to see.
 * Requests carry no cookies and follow redirects only on the same host (same-host-fetch.ts).
 * fetch, the clock and sleeping are injected, so tests run against a local server without real waits.
 */
import {
  fetchSameHost,
  sameHostAs,
  type GuardedInit,
  type RequestLogEntry,
  type ResponseLike,
} from './same-host-fetch';

export type { RequestLogEntry } from './same-host-fetch';

/** The fetch the queue needs (the platform fetch fits); it is always called with cookies off, redirects manual. */
export type FetchLike = (
  url: string,
  init?: GuardedInit,
) => Promise<
  ResponseLike & {
    ok: boolean;
    json(): Promise<unknown>;
    text(): Promise<string>;
  }
>;

/** What the queue needs from its surroundings. */
export interface HostQueueOptions {
  fetch: FetchLike;
  /** The clock, ms since the epoch. */
  now: () => number;
  /** Waiting (setTimeout by default); tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
  /** A Retry-After longer than this fails the request at once instead of waiting. */
  maxWaitMs?: number;
  log?: (entry: RequestLogEntry) => void | Promise<void>;
}

/** The answer to one request: the body (parsed JSON, or text) on success, or why not. */
export type QueueResult<T = unknown> =
  { ok: true; status: number; body: T } | { ok: false; status: RequestLogEntry['status'] };

/** Runs GET requests, serialised per host. */
export interface HostQueue {
  getJson(url: string): Promise<QueueResult>;
  /** The body as text (RSS and other XML). */
  getText(url: string): Promise<QueueResult<string>>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date → milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Create a queue; hosts are independent, requests to one host never overlap. */
export function createHostQueue(options: HostQueueOptions): HostQueue {
  const { fetch, now } = options;
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.timeoutMs ?? 8000;
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  const tails = new Map<string, Promise<unknown>>();
  const notBefore = new Map<string, number>();

  async function attempt(url: string, host: string, as: 'json' | 'text'): Promise<QueueResult> {
    const wait = (notBefore.get(host) ?? 0) - now();
    if (wait > maxWaitMs) {
      await options.log?.({ time: now(), host: new URL(url).hostname, url, status: 'skipped-retry-after' });
      return { ok: false, status: 'skipped-retry-after' };
    }
    if (wait > 0) await sleep(wait);
    const controller = new AbortController();
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
        reject(new Error('timeout'));
      }, timeoutMs);
    });
    const time = now();
    let answered = false;
    try {
      const result = await Promise.race([
        fetchSameHost(url, {
          fetch: (next, init) => fetch(next, init),
          allowed: sameHostAs(url),
          now,
          signal: controller.signal,
          headers: {
            accept: as === 'json' ? 'application/json' : 'application/rss+xml, application/xml;q=0.9',
          },
          log: (entry) => {
            answered = true;
            return options.log?.(entry);
          },
        }),
        timeout,
      ]);
      if (!result.ok) return { ok: false, status: result.status };
      const { response } = result;
      const delay = retryAfterMs(response.headers.get('retry-after'), now());
      if (delay !== undefined) notBefore.set(host, now() + delay);
      if (!response.ok) return { ok: false, status: response.status };
      const body = await Promise.race([as === 'json' ? response.json() : response.text(), timeout]);
      return { ok: true, status: response.status, body };
    } catch {
      const status = timedOut ? 'timeout' : 'network-error';
      if (!answered) await options.log?.({ time, host: new URL(url).hostname, url, status });
      return { ok: false, status };
    } finally {
      clearTimeout(timer);
    }
  }

  const enqueue = (url: string, as: 'json' | 'text'): Promise<QueueResult> => {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return Promise.resolve({ ok: false, status: 'network-error' });
    }
    const run = async (): Promise<QueueResult> => {
      const first = await attempt(url, host, as);
      // 429 or 503 with a short Retry-After: wait as asked and try once more.
      if (!first.ok && (first.status === 429 || first.status === 503)) {
        const wait = (notBefore.get(host) ?? Infinity) - now();
        if (wait <= maxWaitMs) return attempt(url, host, as);
      }
      return first;
    };
    const result = (tails.get(host) ?? Promise.resolve()).then(run, run);
    tails.set(
      host,
      result.catch(() => undefined),
    );
    return result;
  };

  return {
    getJson: (url) => enqueue(url, 'json'),
    getText: (url) => enqueue(url, 'text') as Promise<QueueResult<string>>,
  };
}
