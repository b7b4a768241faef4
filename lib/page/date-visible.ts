/**
 * Dates the reader sees on the page: <time> and microdata stamps and visible date lines, scored by their
 * label ("Updated", "Published"), their holder's class and their nearness to the headline.
 */
import { allElements, attr, byTag, classAndId, hasToken, selectAll, tagOf, textOf } from './dom';
import { isSiteChrome } from './date-region';
import { findDates, parseDate, type FoundDate } from './date-parse';

/** One date seen on the page, flagged as an update or not, with its score (higher is likelier the article's). */
export interface Candidate {
  date: FoundDate;
  modified: boolean;
  score: number;
  /** A stamp the reader does not see (an empty `<time>`, a `<meta itemprop>`): metadata in the body. */
  hidden?: boolean;
}

const DATE_HOLDER =
  /date|time|publish|posted|byline|meta|dateline|stamp|updated|info|author|submitted|entry|article-?head|post-?head|datum/;
/** Words that mark the date after them as the last update ("Updated:", "Letzte Änderung:", "mis à jour le"). */
export const LABEL_MODIFIED =
  /(updated?|modified|last edited|aktualisiert|letzte änderung|geändert|mis à jour|actualizado|aggiornato|atualizado)\s*(am|on|le)?\s*:?\s*$/i;
/** An element whose own text opens with an update label ("Last Updated: January 7, 2025"). */
const LABEL_MODIFIED_START =
  /^\W*(last )?(updated?|modified|last edited|aktualisiert|mis à jour|actualizado|aggiornato|atualizado)\b/i;
export const LABEL_PUBLISHED =
  /(published|posted|publié(?:e|s|es)?(?:\s+le)?|veröffentlicht|erschienen|publicado(?:\s+el)?|pubblicato(?:\s+il)?|erstellt|created|\bon|\bam)\s*:?\s*$/i;

/** Words before a date in its own text that make it part of running prose, not a date line. */
const PROSE_WORDS_BEFORE = 5;

/**
 * A date inside a sentence of the article's prose ("… bei St. Moritz vom 31.05.2021 (links) …", "gegen Brasilien
 * (4. und 5. März 2022)"): an event the article reports, not the day it was published. A labelled date
 * ("Veröffentlicht von X am 23. Februar 2020") is a date line whatever comes before it.
 */
export function inProse(text: string, index: number): boolean {
  if (text.length < 80) return false;
  const before = text.slice(0, index);
  if (LABEL_PUBLISHED.test(before.slice(-30))) return false;
  return (before.match(/\p{L}+/gu) ?? []).length >= PROSE_WORDS_BEFORE;
}

/** Score bonus of an element whose class names a date holder ("date", "byline", "meta"). */
const HOLDER_BONUS = 12;
/** A year 1990–2099 somewhere in the text: no full date without one. */
const HAS_YEAR = /(?:19|20)\d\d/;

/**
 * The element's text with whitespace collapsed, or undefined as soon as it runs past `max` characters:
 * a big container is never read in full (textContent of the article body on every holder is the slow path).
 */
function shortText(el: Element, max: number): string | undefined {
  let raw = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3 || node.nodeType === 4) {
      raw += node.nodeValue ?? '';
      if (raw.length > max) {
        raw = raw.replace(/\s+/g, ' ');
        if (raw.trim().length > max) return undefined;
      }
    } else if (node.nodeType === 1) {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return raw.replace(/\s+/g, ' ').trim();
}

/** Normalised heading/title text for comparing a heading with the page title. */
const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The article's headline: the <h1> that opens the page's <title> or og:title, else the first outside site chrome; failing that, the first h1–h3 whose text
 * opens the page's <title> or og:title (themes that title posts with <h2>/<h3> inside a "sidebar" layout).
 */
function headlineOf(doc: Document, titles: string[]): Element | undefined {
  const wanted = titles.map(squash).filter((t) => t.length > 10);
  const h1s = byTag(doc, 'h1');
  // An h1 that the page's title repeats is the headline whatever box it sits in (a "teaser" hero figure),
  // and wins over an earlier one (a hidden browser-warning overlay's h1).
  const titled = h1s.find((h) => {
    const text = squash(textOf(h));
    return text.length > 10 && wanted.some((t) => t.startsWith(text));
  });
  if (titled) return titled;
  const h1 = h1s.find((h) => !isSiteChrome(h) && textOf(h).length > 10);
  if (h1) return h1;
  const heading = selectAll(doc, 'h1, h2, h3').find((h) => {
    const text = squash(textOf(h));
    return text.length > 10 && wanted.some((t) => t.startsWith(text) || t.includes(text));
  });
  return heading ?? byTag(doc, 'h1')[0];
}

/**
 * A date printed beside another story's headline link, in a box of no more than the two: an item of a
 * "latest" or "related" list whatever its class ("<div class=item><a>Storm floods homes…</a><span>January 27, 2021</span></div>").
 * `levels`: how many boxes up to look.
 */
export function isTeaserDate(el: Element, h1: Element | undefined, levels = 2): boolean {
  let box: Element | null = el.parentElement;
  for (let i = 0; box && i < levels; i++, box = box.parentElement) {
    if (h1 && box.contains(h1)) return false;
    // A teaser is small: a headline link and its date. A post with its title link and text is not one.
    if (shortText(box, 200) === undefined) return false;
    const teaser = byTag(box, 'a')
      .slice(0, 3)
      .some((a) => !a.contains(el) && textOf(a).split(' ').length >= 4);
    if (teaser) return true;
  }
  return false;
}

const STAMP_PROPS = ['datePublished', 'dateCreated', 'dateModified'];
/**
 * A date stamp in the markup: what `time, abbr[title], [itemprop~="datePublished"], [itemprop~="dateCreated"],
 * [itemprop~="dateModified"], [datetime], [data-published], [property$="datePublished"], [property$="dateCreated"],
 * [property$="dateModified"]` selects, tested in code on the walk the page's elements already had (that
 * selector list over the whole page was the slowest step of reading its dates in linkedom); like
 * querySelectorAll, nothing inside a <template>.
 */
export function isStamp(el: Element): boolean {
  const tag = tagOf(el);
  if (tag !== 'time' && !el.hasAttributes()) return false;
  const itemprop = attr(el, 'itemprop');
  const property = attr(el, 'property');
  const stamp =
    tag === 'time' ||
    (tag === 'abbr' && attr(el, 'title') !== undefined) ||
    attr(el, 'datetime') !== undefined ||
    attr(el, 'data-published') !== undefined ||
    (!!itemprop && STAMP_PROPS.some((p) => hasToken(itemprop, p))) ||
    (!!property && STAMP_PROPS.some((p) => property.endsWith(p)));
  if (!stamp) return false;
  for (let cur = el.parentElement; cur; cur = cur.parentElement)
    if (cur.localName === 'template') return false;
  return true;
}

/** Visible dates and <time> elements, best first; chrome (navigation, sidebars, related lists) left out. */
export function visibleCandidates(doc: Document, monthFirst: boolean, titles: string[] = []): Candidate[] {
  const all = allElements(doc);
  const h1 = headlineOf(doc, [doc.title, ...titles]);
  // Positions in page order are indexes into `all` (no map of every element to its place).
  const h1Pos = h1 ? all.indexOf(h1) : -1;
  const candidates: Candidate[] = [];
  const seen = new Set<Element>();
  const consider = (el: Element, pos: number, text: string, bonus: number) => {
    if (seen.has(el) || !HAS_YEAR.test(text)) return;
    // Near the headline but in no date holder: a date inside a sentence is an event the article reports.
    const dates = findDates(text, monthFirst).filter((d) => bonus >= HOLDER_BONUS || !inProse(text, d.index));
    if (!dates.length || isSiteChrome(el, h1) || isTeaserDate(el, h1)) return;
    seen.add(el);
    const dist = h1Pos < 0 ? 50 : pos - h1Pos;
    // After the headline and close to it is where bylines and datelines live.
    let score = bonus + (dist >= 0 ? Math.max(0, 30 - dist / 2) : Math.max(-20, dist / 4));
    if (/copyright|©|\(c\)/i.test(text)) score -= 40;
    for (const date of dates.slice(0, 2)) {
      const before = text.slice(Math.max(0, date.index - 30), date.index);
      const modified = LABEL_MODIFIED.test(before);
      const labelled = modified || LABEL_PUBLISHED.test(before);
      candidates.push({ date, modified, score: score + (labelled ? 8 : 0) + (date.hasTime ? 2 : 0) });
    }
  };
  const stampedAt: number[] = [];
  for (let i = 0; i < all.length; i++) if (isStamp(all[i])) stampedAt.push(i);
  const stamped = stampedAt.map((i) => all[i]);
  // One page-wide microdata publication date is the article's own, even inside a "footer" or "widget" box.
  const declared = new Set(
    stamped
      .filter((el) => /(^|\s)datePublished(\s|$)/.test(attr(el, 'itemprop') ?? ''))
      .map((el) => parseDate(attr(el, 'datetime') ?? attr(el, 'content') ?? textOf(el), monthFirst)?.day),
  );
  const soleDeclared = declared.size === 1 && !declared.has(undefined);
  for (let k = 0; k < stamped.length; k++) {
    const el = stamped[k];
    const isAbbr = tagOf(el) === 'abbr';
    if (isAbbr && !/publish|date|time|updated/.test(classAndId(el))) continue;
    const dt = isAbbr
      ? attr(el, 'title')
      : (attr(el, 'datetime') ?? attr(el, 'content') ?? attr(el, 'data-published'));
    const parsed = parseDate(dt, monthFirst) ?? findDates(textOf(el), monthFirst)[0];
    const ownDeclaration = soleDeclared && /datePublished/.test(attr(el, 'itemprop') ?? '');
    // A stamp whose own box holds another story's link is an item of a "more from" list ("<li><time>…</time>
    // <a>Wieviel Haus kann ich mir leisten?</a></li>"); one level only: a byline box has share and author links.
    if (!parsed || (!ownDeclaration && (isSiteChrome(el, h1) || isTeaserDate(el, h1, 1)))) continue;
    seen.add(el);
    const dist = h1Pos < 0 ? 50 : stampedAt[k] - h1Pos;
    const ip =
      `${attr(el, 'itemprop') ?? ''} ${attr(el, 'property') ?? ''} ${classAndId(el)} ${attr(el, 'pubdate') !== undefined ? 'pubdate' : ''}`.toLowerCase();
    const prev = textOf(el.parentElement).slice(0, 80);
    const modified =
      /modified|updated/.test(ip) ||
      LABEL_MODIFIED_START.test(textOf(el)) ||
      (LABEL_MODIFIED.test(prev.split(textOf(el))[0] ?? '') && !/publish/.test(ip));
    let score = 20 + (dist >= 0 ? Math.max(0, 30 - dist / 2) : Math.max(-20, dist / 4));
    if (/datepublished|pubdate|publish/.test(ip)) score += 25;
    candidates.push({ date: parsed, modified, score, hidden: !isAbbr && !/\p{N}/u.test(textOf(el)) });
    // The stamp's text may print another day beside its attribute ("Dec. 6, 2024 / Updated Dec. 7, 2024").
    const shown = isAbbr ? '' : textOf(el).slice(0, 200);
    for (const date of findDates(shown, monthFirst).slice(0, 2)) {
      if (date.day === parsed.day) continue;
      const label = shown.slice(Math.max(0, date.index - 30), date.index);
      // The text the reader sees beats its attribute when it says it is the publication ("<time
      // datetime=2019-07-03…>Publié le 29 juin 2019</time>": the attribute is another moment, e.g. a review).
      const published = LABEL_PUBLISHED.test(label) && !LABEL_MODIFIED.test(label);
      candidates.push({ date, modified: LABEL_MODIFIED.test(label), score: score + (published ? 1 : -1) });
    }
  }
  for (let pos = 0; pos < all.length; pos++) {
    const el = all[pos];
    const tag = tagOf(el);
    if (tag === 'script' || tag === 'style' || tag === 'time' || tag === 'body' || tag === 'html') continue;
    // Class and id, else itemprop (no alternative of DATE_HOLDER spans a space: testing apart is the same).
    const holder =
      DATE_HOLDER.test(classAndId(el)) || DATE_HOLDER.test((attr(el, 'itemprop') ?? '').toLowerCase());
    const nearHeadline = h1Pos >= 0 && pos > h1Pos && pos - h1Pos < 40;
    if (!holder && !nearHeadline) continue;
    let text: string | undefined;
    try {
      text = shortText(el, holder ? 220 : 120);
    } catch {
      continue;
    }
    if (!text || text.length < 8) continue;
    // Prefer the innermost holder: skip if a child element has the same text.
    if (el.children.length === 1 && textOf(el.children[0]) === text) continue;
    consider(el, pos, text, holder ? HOLDER_BONUS : 4);
  }
  return candidates.sort((a, b) => b.score - a.score);
}
