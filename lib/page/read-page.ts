/**
 * A page as the worker reads it: the HTML the content script serialised from what the browser rendered,
 * parsed off the page's main thread, judged (unless the reader asked for it anyway) and extracted.
 * Never throws: broken HTML gives a verdict or a partial article.
 */
import type { Article } from '../contract/types';
import { detectNews, type NewsVerdict } from './detect';
import { extractArticle } from './extract';
import { flattenDeepNesting } from './flatten';
import { checkEnglish } from './language';
import { parseHtml } from './parse-html';

/**
 * What reading a page gives: its article, or why it was not read as one (with `language` when the page is
 * an article in another language than English: 'und' when the page does not say which).
 */
export type PageReading = { article: Article } | { notNews: NewsVerdict; language?: string };

/** Options of {@link readPage}. */
export interface ReadPageOptions {
  /** Extract whatever detection and the language check say ("Analyse anyway", or the "every site" mode). */
  force?: boolean;
  /** Cap on the article text (characters). */
  maxChars?: number;
  /** When the page was read (ISO 8601; default now): the clock of "3 hours ago" under a headline. */
  readAt?: string;
}

/** Parse `html` (served or rendered at `url`), decide whether it is an article and extract it. */
export function readPage(html: string, url: string, opts: ReadPageOptions = {}): PageReading {
  const doc = parseHtml(html, url);
  flattenDeepNesting(doc);
  const verdict = detectNews(doc, url);
  if (!verdict.isNews && !opts.force) return { notNews: verdict };
  const article = extractArticle(doc, url, {
    verdict,
    maxChars: opts.maxChars,
    readAt: opts.readAt ?? new Date().toISOString(),
  });
  if (opts.force) return { article };
  // The models read English: another language is left alone unless the reader asks.
  const language = checkEnglish(article.text, article.language);
  if (language.english) return { article };
  const share = Math.round(language.englishShare * 100);
  const reason = `Not in English (${language.declared ? `the page says ${language.declared}; ` : ''}${share}% English function words); Fact Context reads English articles`;
  return {
    notNews: { ...verdict, isNews: false, reasons: [reason, ...verdict.reasons] },
    // A page that says it is English but reads as another language is named by neither.
    language: language.declared && !/^en\b/i.test(language.declared) ? language.declared : 'und',
  };
}
