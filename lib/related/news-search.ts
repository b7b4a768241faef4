/**
 * Searching public news indexes for other reports of a story (opt-in): the GDELT DOC 2.0 API
 * (`mode=artlist`, JSON) and Google News RSS search. Only the query is sent: a few of the article's key
 * names and, to GDELT, a date window around its publication date. Answers are read into feed entries,
 * which the caller ranks locally (collection-ranking.ts). Base URLs are parameters for test servers.
 */
import type { Analysis } from '@/lib/contract/types';
import { httpUrl } from '@/lib/url/http-url';
import { parseFeed } from './feed-parser';
import type { FeedEntry } from './types';

/** Where each index lives; tests point them at a local server. */
export interface NewsSearchBaseUrls {
  gdelt: string;
  googleNews: string;
}

/** The public endpoints. */
export const NEWS_SEARCH_BASE_URLS: NewsSearchBaseUrls = {
  gdelt: 'https://api.gdeltproject.org',
  googleNews: 'https://news.google.com',
};

/** Days before and after the publication date that a search covers. */
const SEARCH_WINDOW_DAYS = 3;
const MAX_TERMS = 4;
const MAX_RESULTS = 50;
const DAY = 86_400_000;

/**
 * The names a search sends: the article's most mentioned named entities (people and organisations before
 * places, which name too much), as written in the article, at most four and none inside another.
 */
export function searchTerms(analysis: Analysis, max = MAX_TERMS): string[] {
  const rank = (type: string) => (type === 'place' ? 1 : 0);
  const named = [...analysis.entities]
    .filter((e) => e.type !== 'other' && e.type !== 'event' && e.mentions.length > 0)
    .sort(
      (a, b) =>
        rank(a.type) - rank(b.type) ||
        b.mentions.length - a.mentions.length ||
        Number(Boolean(b.kbId)) - Number(Boolean(a.kbId)),
    );
  const out: string[] = [];
  for (const e of named) {
    const acronym = e.mentions.find((m) => /^\p{Lu}{2,6}$/u.test(m.text))?.text;
    const name = (e.name.length > 30 && acronym ? acronym : e.name).replace(/["“”]/g, '').trim();
    const key = name.toLowerCase();
    if (name.length < 2 || out.some((o) => o.toLowerCase().includes(key) || key.includes(o.toLowerCase())))
      continue;
    out.push(name);
    if (out.length >= max) break;
  }
  return out;
}

const quoted = (term: string) => (/\s/.test(term) ? `"${term}"` : term);
const stamp = (t: number) => new Date(t).toISOString().replace(/[-:T]/g, '').slice(0, 14);

/** The days the search covers: the publication date ± the window, never past `now`. */
export function searchWindow(publishedAt: string | undefined, now: number): { start: number; end: number } {
  const at = publishedAt ? Date.parse(publishedAt) : NaN;
  const centre = Number.isNaN(at) ? now : Math.min(at, now);
  return { start: centre - SEARCH_WINDOW_DAYS * DAY, end: Math.min(now, centre + SEARCH_WINDOW_DAYS * DAY) };
}

/**
 * A GDELT DOC 2.0 article-list request: the first three terms (all must appear) and the date window.
 * GDELT wants at least one term; with none, undefined.
 */
export function gdeltSearchUrl(
  terms: string[],
  window: { start: number; end: number },
  base = NEWS_SEARCH_BASE_URLS.gdelt,
): string | undefined {
  if (!terms.length) return undefined;
  const params = new URLSearchParams({
    query: terms.slice(0, 3).map(quoted).join(' '),
    mode: 'artlist',
    format: 'json',
    maxrecords: String(MAX_RESULTS),
    sort: 'hybridrel',
    startdatetime: stamp(window.start),
    enddatetime: stamp(window.end),
  });
  return `${base.replace(/(?<!\/)\/+$/, '')}/api/v2/doc/doc?${params}`;
}

/** A Google News RSS search for the terms (any order), in English. */
export function googleNewsSearchUrl(
  terms: string[],
  base = NEWS_SEARCH_BASE_URLS.googleNews,
): string | undefined {
  if (!terms.length) return undefined;
  const params = new URLSearchParams({
    q: terms.slice(0, 3).map(quoted).join(' '),
    hl: 'en',
    gl: 'US',
    ceid: 'US:en',
  });
  return `${base.replace(/(?<!\/)\/+$/, '')}/rss/search?${params}`;
}

/** GDELT's seendate ('20191113T143000Z') as ISO 8601, or undefined. */
function gdeltDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

const text = (v: unknown, max: number) =>
  typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().slice(0, max) : '';

/** The articles of a GDELT artlist JSON answer; http(s) links only, English titles as given. */
export function parseGdeltArticles(body: unknown): FeedEntry[] {
  const articles = (body as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) return [];
  return articles.slice(0, MAX_RESULTS).flatMap((a: Record<string, unknown> | null) => {
    if (!a || typeof a !== 'object') return [];
    const url = httpUrl(typeof a.url === 'string' ? a.url : undefined);
    const title = text(a.title, 300);
    if (!url || !title) return [];
    const domain = text(a.domain, 100);
    const publishedAt = gdeltDate(a.seendate);
    return [
      { title, url, ...(publishedAt ? { publishedAt } : {}), ...(domain ? { publisher: domain } : {}) },
    ];
  });
}

/**
 * The items of a Google News RSS answer. Its headlines end in " - Outlet": the outlet becomes the
 * publisher (the channel's own title names the search, not an outlet).
 */
export function parseGoogleNewsRss(xml: string, feedUrl: string): FeedEntry[] {
  return parseFeed(xml, feedUrl)
    .slice(0, MAX_RESULTS)
    .map((item) => {
      const cut = item.title.lastIndexOf(' - ');
      const outlet = cut > 0 ? item.title.slice(cut + 3).trim() : '';
      const title = cut > 0 ? item.title.slice(0, cut).trim() : item.title;
      const { publisher: _channel, ...rest } = item;
      return { ...rest, title, ...(outlet ? { publisher: outlet } : {}) };
    });
}
