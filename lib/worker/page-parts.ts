/**
 * Pages arriving in parts from content scripts, one page per tab at a time, bounded in size. A tab's
 * new page replaces its old one; a page is handed out once, whole or with a clear error.
 */
import { MAX_PAGE_HTML_CHARS, type PagePart } from '@/lib/analysis/validate';

interface Pending {
  pageId: string;
  parts: string[];
  size: number;
  truncated: boolean;
}

/** A page put together from its parts. */
export interface AssembledPage {
  html: string;
  /** True when the page was longer than MAX_PAGE_HTML_CHARS and only its first part is kept. */
  truncated: boolean;
}

/** Where the worker keeps pages that are still arriving. */
export interface PageParts {
  /** Keep one part of the tab's page (a different page id drops what the tab sent before). */
  add(tabId: number, part: PagePart): void;
  /** The tab's page `pageId`, if all its `count` parts arrived; it is forgotten either way. */
  take(tabId: number, pageId: string, count: number): AssembledPage;
  /** Forget a tab's page (the tab closed). */
  drop(tabId: number): void;
}

/** An empty store of pages in parts. */
export function createPageParts(maxChars = MAX_PAGE_HTML_CHARS): PageParts {
  const pages = new Map<number, Pending>();
  return {
    add(tabId, { pageId, index, html }) {
      let page = pages.get(tabId);
      if (!page || page.pageId !== pageId) {
        page = { pageId, parts: [], size: 0, truncated: false };
        pages.set(tabId, page);
      }
      if (page.parts[index] !== undefined) return; // sent twice: the first copy stands
      if (page.size + html.length > maxChars) {
        page.truncated = true;
        html = html.slice(0, Math.max(0, maxChars - page.size));
      }
      page.parts[index] = html;
      page.size += html.length;
    },
    take(tabId, pageId, count) {
      const page = pages.get(tabId);
      pages.delete(tabId);
      if (count === 0) return { html: '', truncated: false };
      if (!page || page.pageId !== pageId)
        throw new Error(
          'The page did not arrive (the browser may have restarted the worker). Reload the page.',
        );
      const missing = Array.from({ length: count }, (_, i) => i).filter((i) => page.parts[i] === undefined);
      if (missing.length || page.parts.length > count)
        throw new Error(
          `The page arrived incomplete (${missing.length} of ${count} parts missing). Reload the page.`,
        );
      return { html: page.parts.join(''), truncated: page.truncated };
    },
    drop(tabId) {
      pages.delete(tabId);
    },
  };
}
