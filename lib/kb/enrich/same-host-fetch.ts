/**
 * One GET as every online source sends it: no cookies (`credentials: 'omit'`), and redirects handled by
 * hand, followed only while `allowed` says the next address is within what the reader granted (the same
 * host). Every hop is reported, so the request log says where a request really went. A redirect the
 * browser hides (an opaque redirect: browsers do not show its target) is not followed.
 */
import { httpUrl } from '../../url/http-url';

/** One online request as the options page lists it. */
export interface RequestLogEntry {
  /** ms since the epoch, from the injected clock. */
  time: number;
  host: string;
  url: string;
  /** HTTP status, or what happened instead. */
  status:
    | number
    | 'timeout'
    | 'network-error'
    | 'skipped-retry-after'
    /** The site redirected, but the browser hides where: not followed. */
    | 'redirect-hidden';
  /** For a redirect: where the site sent the request. */
  redirectedTo?: string;
  /** For a redirect: false when it was not followed (another host, or not an http(s) address). */
  followed?: boolean;
}

/** What a response must offer (the platform Response fits). */
export interface ResponseLike {
  status: number;
  /** 'opaqueredirect' in browsers for a redirect under `redirect: 'manual'`. */
  type?: string;
  headers: { get(name: string): string | null };
}

/** The request options every online request is sent with. */
export interface GuardedInit {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  credentials: 'omit';
  redirect: 'manual';
}

/** The result: the final response and its address, or why the request stopped at a redirect. */
export type SameHostResult<R> =
  | { ok: true; response: R; url: string }
  | { ok: false; reason: string; status: number | 'redirect-hidden'; url: string; redirectedTo?: string };

/** What fetchSameHost needs. */
export interface SameHostOptions<R extends ResponseLike> {
  fetch: (url: string, init: GuardedInit) => Promise<R>;
  /** May the request go on to this address (same host, host permission held)? */
  allowed: (url: string) => boolean | Promise<boolean>;
  log?: (entry: RequestLogEntry) => void | Promise<void>;
  now: () => number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  maxRedirects?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Same host as `url`: the rule for following a redirect of an online source. */
export const sameHostAs = (url: string) => {
  const host = new URL(url).host;
  return (next: string) => new URL(next).host === host;
};

/**
 * GET `url` with cookies off, following redirects by hand while they stay allowed. Network errors reject
 * (the caller logs them, as it knows about its timeout); every answered hop is logged here.
 */
export async function fetchSameHost<R extends ResponseLike>(
  url: string,
  options: SameHostOptions<R>,
): Promise<SameHostResult<R>> {
  const maxRedirects = options.maxRedirects ?? 5;
  let current = url;
  for (let hop = 0; ; hop++) {
    const time = options.now();
    const host = new URL(current).hostname;
    const response = await options.fetch(current, {
      signal: options.signal,
      headers: options.headers,
      credentials: 'omit',
      redirect: 'manual',
    });
    if (response.type === 'opaqueredirect') {
      await options.log?.({ time, host, url: current, status: 'redirect-hidden', followed: false });
      return {
        ok: false,
        status: 'redirect-hidden',
        url: current,
        reason: `${host} redirected the request elsewhere without saying where; it was not followed`,
      };
    }
    const location = REDIRECTS.has(response.status) ? response.headers.get('location') : null;
    if (location === null) {
      await options.log?.({ time, host, url: current, status: response.status });
      return { ok: true, response, url: current };
    }
    const target = httpUrl(location, current);
    const follow = target !== undefined && hop < maxRedirects && (await options.allowed(target));
    await options.log?.({
      time,
      host,
      url: current,
      status: response.status,
      redirectedTo: target ?? location.slice(0, 200),
      followed: follow,
    });
    if (!follow) {
      const where = target ? new URL(target).host : 'an address that is not a web page';
      return {
        ok: false,
        status: response.status,
        url: current,
        redirectedTo: target,
        reason:
          hop >= maxRedirects
            ? `${host} redirected more than ${maxRedirects} times; not followed`
            : `${host} redirected to ${where}, which you did not allow; not followed`,
      };
    }
    current = target;
  }
}
