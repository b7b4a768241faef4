/**
 * Checks for what crosses the content script → worker boundary: a page and its parts. Returns the value in
 * a safe shape or a message saying what was wrong; never throws. The size ceilings live here too.
 */
import { isRecord } from '@/lib/contract/is-record';

/** Hard ceiling on the article text the worker analyses (characters); longer text is cut, not rejected. */
export const MAX_ARTICLE_CHARS = 2_000_000;
/** Time an analysis may take in the worker before it returns what it has (a page built to be slow must not hold every tab). */
export const ANALYSIS_BUDGET_MS = 15_000;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** A page id as the content script makes it: a short word, nothing a log or a key could trip on. */
const PAGE_ID = /^[\w-]{1,64}$/;

/**
 * Hard ceiling on a page's HTML the worker reads (characters). Longer pages are cut there: the story sits
 * near the top of the markup, and a cut page still parses.
 */
export const MAX_PAGE_HTML_CHARS = 8_000_000;

/** Most parts one page may come in (with the content script's 64 K-character parts, 8 M characters and more). */
const MAX_PAGE_PARTS = 1000;

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
  if (typeof raw.pageId !== 'string' || !PAGE_ID.test(raw.pageId))
    return { ok: false, error: 'The page id must be a short word.' };
  if (!Number.isInteger(raw.parts) || (raw.parts as number) < 0 || (raw.parts as number) > MAX_PAGE_PARTS)
    return { ok: false, error: `A page comes in 0 to ${MAX_PAGE_PARTS} parts.` };
  return {
    ok: true,
    value: { url: raw.url, pageId: raw.pageId, parts: raw.parts as number, force: raw.force === true },
  };
}

/** One part of a page's HTML from an untrusted sender. */
export interface PagePart {
  pageId: string;
  index: number;
  html: string;
}

/** Validate one part of a page: its page id, its place, its HTML (at most 1 M characters a part). */
export function validatePagePart(raw: unknown): Checked<PagePart> {
  if (!isRecord(raw)) return { ok: false, error: 'A page part must be an object.' };
  if (typeof raw.pageId !== 'string' || !PAGE_ID.test(raw.pageId))
    return { ok: false, error: 'The page id must be a short word.' };
  if (!Number.isInteger(raw.index) || (raw.index as number) < 0 || (raw.index as number) >= MAX_PAGE_PARTS)
    return { ok: false, error: `A part's index runs from 0 to ${MAX_PAGE_PARTS - 1}.` };
  if (typeof raw.html !== 'string' || raw.html.length > 1_000_000)
    return { ok: false, error: 'A page part must be a string of at most 1 M characters.' };
  return { ok: true, value: { pageId: raw.pageId, index: raw.index as number, html: raw.html } };
}
