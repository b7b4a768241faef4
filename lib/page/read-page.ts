/**
 * A page as the worker reads it: the HTML the content script serialised from what the browser rendered,
 * parsed off the page's main thread, judged (unless the reader asked for it anyway) and extracted.
 * Never throws: broken HTML gives a verdict or a partial article.
 */
import type { Article } from '../analysis/types';
import { detectNews, type NewsVerdict } from './detect';
import { extractArticle } from './extract';
import { parseHtml } from './parse-html';

/** What reading a page gives: its article, or why it was not taken for one. */
export type PageReading = { article: Article } | { notNews: NewsVerdict };

/** Options of {@link readPage}. */
export interface ReadPageOptions {
  /** Extract whatever detection says ("Analyse anyway", or the reader's "every site" mode). */
  force?: boolean;
  /** Cap on the article text (characters). */
  maxChars?: number;
}

/** Parse `html` (served or rendered at `url`), decide whether it is an article and extract it. */
export function readPage(html: string, url: string, opts: ReadPageOptions = {}): PageReading {
  const doc = parseHtml(html, url);
  const verdict = detectNews(doc, url);
  if (!verdict.isNews && !opts.force) return { notNews: verdict };
  return { article: extractArticle(doc, url, { verdict, maxChars: opts.maxChars }) };
}
