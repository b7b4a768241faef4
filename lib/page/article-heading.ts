/**
 * The headline a page prints in its article header as an h2 when its only h1 is site chrome (the last item
 * of a breadcrumb trail repeating the SEO title), its kicker set apart in the markup:
 * "<h2><span class=kicker>Topic</span><span class=title>Headline</span></h2>".
 */
import { classAndId, tagOf } from './dom';

/** Class/id words of an element that holds the article's headline. */
const HEADLINE_CLASS = /headline|title/;

/** Letters and digits only, lower case: two spellings of one headline compare equal. */
const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Does the h2 say by its class, or a child's, that it holds the headline ("article-headline", "content__title")? */
export function isHeadlineHeading(h2: Element): boolean {
  if (tagOf(h2) !== 'h2') return false;
  if (HEADLINE_CLASS.test(classAndId(h2))) return true;
  for (let c = h2.firstElementChild; c; c = c.nextElementSibling)
    if (HEADLINE_CLASS.test(classAndId(c))) return true;
  return false;
}

/**
 * The printed headline among `headings` (h2 texts, kickers left out, in page order) when `chosen` is that
 * headline with a "Topic: " kicker the heading prints apart ("<span class=kicker>Covid-19</span>"). Undefined
 * when no heading shows one, or one prints `chosen` whole; `chosen` then stands. (An h2 that merely equals the
 * og:title while the breadcrumb's h1 equals the JSON-LD headline settles nothing: sites differ on which one
 * they mean.)
 */
export function articleHeading(headings: string[], chosen: string): string | undefined {
  for (const raw of headings) {
    const h = raw.replace(/\s+/g, ' ').trim();
    if (h.split(' ').length < 3) continue;
    if (bare(h) === bare(chosen)) return undefined;
    const at = chosen.length - h.length;
    if (at > 0 && chosen.endsWith(h) && /^[^:]{1,40}:\s$/.test(chosen.slice(0, at))) return h;
  }
  return undefined;
}
