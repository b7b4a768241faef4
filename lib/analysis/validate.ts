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
