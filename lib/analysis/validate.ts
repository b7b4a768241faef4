/**
 * Checks for data that crosses a trust boundary (content script → worker, stored values, CLI batch lines).
 * Returns the value in a safe shape or a message saying what was wrong; never throws.
 */
import type { Article, Span } from './types';

/** Hard ceiling on article text the worker accepts (characters); longer text is cut, not rejected. */
export const MAX_ARTICLE_CHARS = 2_000_000;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optString = (v: unknown, max = 2000) =>
  typeof v === 'string' && v.trim() ? v.slice(0, max) : undefined;

function spans(v: unknown, textLength: number): Span[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter(
      (s): s is Span =>
        isRecord(s) &&
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        (s.start as number) >= 0 &&
        (s.end as number) <= textLength &&
        (s.start as number) <= (s.end as number),
    )
    .map((s) => ({ start: s.start, end: s.end }));
}

/** Validate an Article from an untrusted sender: types checked, sizes bounded, unknown fields dropped. */
export function validateArticle(raw: unknown): Checked<Article> {
  if (!isRecord(raw)) return { ok: false, error: 'Article must be an object.' };
  if (typeof raw.text !== 'string') return { ok: false, error: 'Article text must be a string.' };
  const text = raw.text.length > MAX_ARTICLE_CHARS ? raw.text.slice(0, MAX_ARTICLE_CHARS) : raw.text;
  const newsScore = typeof raw.newsScore === 'number' && Number.isFinite(raw.newsScore) ? raw.newsScore : 0;
  const hints = isRecord(raw.hints) ? raw.hints : {};
  const article: Article = {
    url: optString(raw.url, 4096),
    isNews: raw.isNews === true,
    newsScore: Math.max(0, Math.min(1, newsScore)),
    title: optString(raw.title, 1000),
    publisher: optString(raw.publisher, 300),
    byline: optString(raw.byline, 500),
    publishedAt: optString(raw.publishedAt, 64),
    modifiedAt: optString(raw.modifiedAt, 64),
    language: optString(raw.language, 35),
    canonicalUrl:
      typeof raw.canonicalUrl === 'string' && /^https?:\/\//i.test(raw.canonicalUrl)
        ? raw.canonicalUrl.slice(0, 4096)
        : undefined,
    text,
    paragraphs: spans(raw.paragraphs, text.length),
    newsReasons: Array.isArray(raw.newsReasons)
      ? raw.newsReasons.filter((r): r is string => typeof r === 'string').slice(0, 50)
      : undefined,
    hints: {
      quotes: spans(hints.quotes, text.length),
      abbreviations: Array.isArray(hints.abbreviations)
        ? hints.abbreviations
            .filter(
              (a): a is { text: string; title: string } =>
                isRecord(a) && typeof a.text === 'string' && typeof a.title === 'string',
            )
            .slice(0, 500)
            .map((a) => ({ text: a.text.slice(0, 100), title: a.title.slice(0, 300) }))
        : [],
      links: Array.isArray(hints.links)
        ? hints.links
            .filter(
              (l): l is Span & { href: string } =>
                isRecord(l) &&
                typeof l.href === 'string' &&
                /^https?:\/\//.test(l.href) &&
                spans([l], text.length).length === 1,
            )
            .slice(0, 2000)
            .map((l) => ({ start: l.start, end: l.end, href: l.href.slice(0, 4096) }))
        : [],
    },
  };
  if (article.publishedAt && Number.isNaN(Date.parse(article.publishedAt))) article.publishedAt = undefined;
  if (article.modifiedAt && Number.isNaN(Date.parse(article.modifiedAt))) article.modifiedAt = undefined;
  return { ok: true, value: article };
}

/**
 * Hard ceiling on a page's HTML the worker reads (characters). Longer pages are cut there: the story sits
 * near the top of the markup, and a cut page still parses.
 */
export const MAX_PAGE_HTML_CHARS = 8_000_000;

/** A content script's request to read a page it sent in parts: where it is, which page, and whether to insist. */
export interface PageRequest {
  url: string;
  pageId: string;
  parts: number;
  force: boolean;
}

/** Validate a page request from an untrusted sender: a web URL, a page id, a sane number of parts. */
export function validatePageRequest(raw: unknown): Checked<PageRequest> {
  if (!isRecord(raw)) return { ok: false, error: 'The page request must be an object.' };
  if (typeof raw.url !== 'string' || !/^https?:\/\//i.test(raw.url) || raw.url.length > 8192)
    return { ok: false, error: 'The page URL must be an http(s) address.' };
  if (typeof raw.pageId !== 'string' || !/^[\w-]{1,64}$/.test(raw.pageId))
    return { ok: false, error: 'The page id must be a short word.' };
  if (!Number.isInteger(raw.parts) || (raw.parts as number) < 0 || (raw.parts as number) > MAX_PAGE_PARTS)
    return { ok: false, error: `A page comes in 0 to ${MAX_PAGE_PARTS} parts.` };
  return {
    ok: true,
    value: { url: raw.url, pageId: raw.pageId, parts: raw.parts as number, force: raw.force === true },
  };
}

/** Most parts one page may come in (with the content script's 64 K-character parts, 8 M characters and more). */
export const MAX_PAGE_PARTS = 1000;

/** One part of a page's HTML from an untrusted sender. */
export interface PagePart {
  pageId: string;
  index: number;
  html: string;
}

/** Validate one part of a page: its page id, its place, its HTML (at most 1 M characters a part). */
export function validatePagePart(raw: unknown): Checked<PagePart> {
  if (!isRecord(raw)) return { ok: false, error: 'A page part must be an object.' };
  if (typeof raw.pageId !== 'string' || !/^[\w-]{1,64}$/.test(raw.pageId))
    return { ok: false, error: 'The page id must be a short word.' };
  if (!Number.isInteger(raw.index) || (raw.index as number) < 0 || (raw.index as number) >= MAX_PAGE_PARTS)
    return { ok: false, error: `A part's index runs from 0 to ${MAX_PAGE_PARTS - 1}.` };
  if (typeof raw.html !== 'string' || raw.html.length > 1_000_000)
    return { ok: false, error: 'A page part must be a string of at most 1 M characters.' };
  return { ok: true, value: { pageId: raw.pageId, index: raw.index as number, html: raw.html } };
}
