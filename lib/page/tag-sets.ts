/**
 * The HTML elements that shape a page's text, once (lowercase tag names): where a paragraph of the article
 * starts and ends, and what is never read as text. The worker reads the article with them
 * (`article-text.ts`) and the content script finds the worker's words in the live page with them
 * (`lib/content/anchor.ts`), so both see the same runs of text.
 */

/** Elements that start and end a paragraph of the article's text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'figure',
  'hr',
  'address',
  'details',
  'summary',
]);

/** Elements whose contents are never the article's text (code, styles, media, form controls), skipped whole. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'iframe',
  'object',
  'video',
  'audio',
  'canvas',
  'img',
  'picture',
  'source',
]);
