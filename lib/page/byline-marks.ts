/**
 * Elements that mark a byline by their markup, found in one walk over the page. They are what the selector
 * list `[rel~="author"], [itemprop~="author"], a[href*="/author/"], a[href*="/autor/"], a[href*="/authors/"],
 * a[href*="/autoren/"], a[href*="/staff/"], a[href*="/journalist"], a[href*="/redakteur"], .byline, .author,
 * [class*="byline"], [data-testid*="byline"], [class*="author-name"], [class*="post-author"],
 * [class*="entry-author"], [class*="meta-author"], .vcard .fn` selects, tested in code: in linkedom, two
 * querySelectorAll calls with that list over the whole page cost a tenth of Readability's parse().
 */
import { attr, hasToken, queryableElements, tagOf } from './dom';
import { isAgencyName } from './wire-credit';

/** Author-page paths whose links mark a byline. */
const BYLINE_HREF = ['/author/', '/autor/', '/authors/', '/autoren/', '/staff/', '/journalist', '/redakteur'];
/**
 * Paths of a writer's page that menus use too ("/contributors/", "/columnists/", "/writers/"): a link to one
 * is a byline candidate whose text must read as a person's name.
 */
const WRITER_HREF = ['/contributor', '/columnist', '/reporter', '/writer'];
/** Links to an author page ("/author/jane-doe", "/bio/…", "/autoren-und-…/"): in a byline element their texts are the names. */
export const AUTHOR_HREF =
  /\/(?:author|authors|autor|autoren|autori|auteur|auteurs|bio|profile|profiles|people|staff|journalist|journalists|contributor|contributors|columnist|columnists|reporter|reporters|writer|writers)s?(?:-(?:und|and)-[\w-]{2,20})?\//i;
/** Class substrings that mark a byline. */
const BYLINE_CLASS = ['byline', 'author-name', 'post-author', 'entry-author', 'meta-author'];

/** An element of an hCard (`.vcard`) or the hCard itself. */
function inVcard(el: Element): boolean {
  for (let cur = el.parentElement; cur; cur = cur.parentElement)
    if (hasToken(attr(cur, 'class'), 'vcard')) return true;
  return false;
}

/** An element the markup marks as a byline (rel or itemprop author, an author-page link, a byline class, an hCard's name). */
export function isBylineMarked(el: Element): boolean {
  const cls = attr(el, 'class') ?? '';
  // rel is one of the attributes HTML compares without case in selectors.
  if (hasToken(attr(el, 'rel')?.toLowerCase(), 'author') || hasToken(attr(el, 'itemprop'), 'author'))
    return true;
  if (tagOf(el) === 'a') {
    const href = attr(el, 'href');
    if (href && BYLINE_HREF.some((h) => href.includes(h))) return true;
  }
  if (hasToken(cls, 'author') || BYLINE_CLASS.some((c) => cls.includes(c))) return true;
  if (attr(el, 'data-testid')?.includes('byline')) return true;
  return hasToken(cls, 'fn') && inVcard(el);
}

/**
 * A class token that ends in a word for the writer: "node__author", "mo-author", "field-term-author", "autor",
 * "news-verfasser", "article-writer", "story-reporter".
 */
const AUTHOR_TOKEN =
  /(?:^|[_-])(?:author|autor|verfasser|writer|reporter|contributor)(?:s|es|en|in|innen)?$/i;
/** Class substrings worth testing against AUTHOR_TOKEN (in lower case). */
const AUTHOR_WORDS = ['author', 'autor', 'verfasser', 'writer', 'reporter', 'contributor'];
/** An element whose class may name its author ("node__author", "mo-author"). */
export function hasAuthorClass(el: Element): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).some((t) => AUTHOR_TOKEN.test(t));
}

/**
 * The page's byline elements in document order: those its markup marks (`marked`) and those whose class or
 * link may name their author, checked by the caller by their text.
 */
export function bylineElements(doc: Document): { found: Element[]; marked: Set<Element> } {
  const found: Element[] = [];
  const marked = new Set<Element>();
  for (const el of queryableElements(doc)) {
    // Every mark is an attribute: most elements have none, and reading them is the walk's cost.
    if (!el.hasAttributes()) continue;
    if (isBylineMarked(el)) {
      marked.add(el);
      found.push(el);
      continue;
    }
    // [class*="author"], [class*="autor"], [class*="verfasser"]… (in lower case) and a token for the writer.
    const cls = attr(el, 'class') ?? '';
    if (AUTHOR_WORDS.some((w) => cls.includes(w)) && hasAuthorClass(el)) found.push(el);
    else if (tagOf(el) === 'a' && WRITER_HREF.some((h) => attr(el, 'href')?.includes(h))) found.push(el);
  }
  return { found, marked };
}

/** A byline element's word for its writers or a section, not a credit: "Autoren", "Contributors", "Recherche". */
const NOT_A_CREDIT =
  /^(?:authors?|autor(?:en|in|innen)?|auteurs?|contributors?|writers?|columnists?|reporters?|journalist(?:en|innen)?|redakteure|team|profil|profile|recherche|mehr|more)$/i;

/**
 * An organisation, desk or agency a byline element credits ("AFP" in div.autors, "Redaktion" in
 * span.Post__author, the author link /author/telebasel/ reading "telebasel"): one short name that is no
 * person's. A bare link to an author page counts only when its address spells the name (no menu entry
 * "Autoren" → /autoren/). Such a credit is a last resort, after every source that names a person.
 */
export function creditedOrganisation(el: Element, name: string): boolean {
  if (name.length > 40 || /\d|,/.test(name) || name.split(' ').length > 4 || NOT_A_CREDIT.test(name))
    return false;
  if (isAgencyName(name)) return true;
  // Every word capitalised ("Daheim Solar"), or one word in lower case as a site writes its name ("telebasel"):
  // "Unsere Redaktion empfiehlt" is a teaser's label.
  if (!name.split(' ').every((w) => /^\p{Lu}/u.test(w)) && !/^\p{Ll}+$/u.test(name)) return false;
  if (tagOf(el) !== 'a') return true;
  const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const path = attr(el, 'href')?.split(/[?#]/)[0] ?? '';
  const slug = path.split('/').filter(Boolean).pop() ?? '';
  return letters(slug) === letters(name);
}
