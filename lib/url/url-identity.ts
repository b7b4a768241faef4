/**
 * One article, many addresses: AMP pages, mobile hosts, tracking parameters and canonical links all
 * reduce to the same key, so an article is never shown as related to itself.
 */

import { hostCandidates } from './hostnames';

/** Longest URL read: a longer one is cut before any pattern looks at it (no real article URL comes near). */
export const MAX_URL_CHARS = 8192;

const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|ncid|ito|smid|sr_share|share|ref|ref_src|src|s|at_\w+|_ga|amp|outputtype|output|guccounter|guce_\w+)$/i;

/**
 * The identity key of an article URL: scheme, `www.`/`m.`/`amp.`/`mobile.` host prefixes, AMP path parts
 * (a `/amp/` segment, a trailing `/amp`, `.amp`), tracking parameters, fragment and trailing slash removed.
 * Returns the input lowercased when it is not an absolute http(s) URL.
 */
export function articleKey(address: string): string {
  const url = address.slice(0, MAX_URL_CHARS);
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim().toLowerCase();
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url.trim().toLowerCase();
  // Google AMP cache: https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/amp/uk-1 → the publisher's URL
  const cached =
    /\.cdn\.ampproject\.org$/i.test(parsed.hostname) &&
    /^\/[a-z]\/(s\/)?([^/]+)(\/.*)?$/i.exec(parsed.pathname);
  if (cached)
    return articleKey(`http${cached[1] ? 's' : ''}://${cached[2]}${cached[3] ?? '/'}${parsed.search}`);
  const host = parsed.hostname.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
  let path = parsed.pathname
    .replace(/\/amp(?:\.html?)?\/?$/i, '/')
    .replace(/\/amp\//gi, '/')
    .replace(/\.amp(\.html?)?$/i, '$1')
    .replace(/\/index\.html?$/i, '/')
    .replace(/(?<!\/)\/+$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it encoded
  }
  const params = [...parsed.searchParams]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? '?' + params.map(([k, v]) => `${k}=${v}`).join('&') : '';
  return `${host}${path}${query}`;
}

/** Every identity key an article answers to: its URL and its canonical URL. */
export function articleKeys(article: { url: string; canonicalUrl?: string }): string[] {
  const keys = [articleKey(article.url)];
  if (article.canonicalUrl) {
    const canonical = articleKey(article.canonicalUrl);
    if (canonical !== keys[0]) keys.push(canonical);
  }
  return keys.filter(Boolean);
}

/** Hostname of a URL without `www.`, or '' when it is not a URL. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return '';
  }
}

/** The registrable domain of a URL's host ('news.bbc.co.uk' → 'bbc.co.uk'), or '' when it is not a URL. */
function registrableDomain(url: string): string {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return hostCandidates(host).at(-1) ?? host;
  } catch {
    return '';
  }
}

/**
 * May a page at `url` name `canonical` as its own address? Only on the same registrable domain: a page on
 * one site must not write (or hide) another site's entry in the reading history.
 */
export function isOwnCanonical(url: string, canonical: string): boolean {
  const site = registrableDomain(url);
  return site !== '' && site === registrableDomain(canonical);
}
