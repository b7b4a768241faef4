/**
 * The signs of a news story that a page prints even without metadata: a headline with a date line under it
 * ("Update: November, 13/2019 - 14:38", "3 hours ago"), a dateline opening the story ("LONDON —",
 * "PARIS (AFP) -") and an agency credit closing it ("— AFP"). Small sites carry no og:type or JSON-LD; these
 * are what a reader recognises a news story by. Reads a bounded part of the page; never throws.
 */
import { agencyCredit } from './wire-credit';
import { findDates } from './date-parse';
import { isSiteChrome } from './date-region';
import { allElements, byTag, tagOf, textOf } from './dom';

/** What the page prints that a news story prints. */
export interface NewsSigns {
  /** A full date or a relative time ("3 hours ago") in the few elements after the headline. */
  datedHeadline: boolean;
  /** The first paragraph opens with a place in capitals and a dash ("LONDON —", "NEW YORK (AP) —"). */
  dateline: boolean;
  /** The story ends with (or opens with) a news agency's credit. */
  agency: boolean;
}

/** "3 hours ago", "vor 2 Stunden", "il y a 5 minutes": a relative stamp as news sites print them. */
const RELATIVE_STAMP =
  /^(?:(?:updated|published|posted)\s+)?\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b|\bvor\s+\d{1,2}\s+(?:minuten|stunden|tagen)\b|\bil y a\s+\d{1,2}\s+(?:minutes?|heures?|jours?)\b/i;
/**
 * A dateline: a place in capitals (with an optional region, date or agency) then a dash, at the start:
 * "LONDON —", "WASHINGTON, Nov 13 (Reuters) -", "BERLIN, 13. November (dpa) -". Bounded repeats only.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}'.-]{1,20}(?: \p{Lu}[\p{Lu}'.-]{1,20}){0,2}(?:,[^—–()\n]{2,30})?(?: ?\([\p{L} .]{2,20}\))? ?(?:—|–|--|-) ?\S/u;

/** The text of the first few elements after `h1` in document order (its own subtree excluded). */
function textsAfter(h1: Element, count: number): string[] {
  const out: string[] = [];
  let cur: Element | null = h1;
  // Walk forward: next sibling, or up and to the parent's next sibling; descend into each one's children.
  const queue: Element[] = [];
  for (let up = 0; cur && up < 4 && queue.length < count; up++, cur = cur.parentElement) {
    for (let s = cur.nextElementSibling; s && queue.length < count; s = s.nextElementSibling) queue.push(s);
  }
  for (const el of queue) {
    const text = textOf(el);
    // A story body right after the headline: only its first lines can be the date line.
    out.push(text.slice(0, 160));
    for (let c = el.firstElementChild, i = 0; c && i < 4; c = c.nextElementSibling, i++)
      out.push(textOf(c).slice(0, 160));
  }
  return out;
}

/** The first lines after the page's headline (where date lines are printed), or none without a headline. */
export function linesAfterHeadline(doc: Document): string[] {
  try {
    const h1 = headline(doc);
    return h1 ? textsAfter(h1, 6) : [];
  } catch {
    return [];
  }
}

/** "3 hours ago", "45 minutes ago", "2 days ago" by the headline: milliseconds before the reading, or undefined. */
export function relativeAge(lines: string[]): { ms: number; unit: 'minute' | 'hour' | 'day' } | undefined {
  for (const line of lines) {
    const m =
      /^(?:(?:updated|published|posted)\s+)?(\d{1,2}|an?|one)\s+(minute|min|hour|hr|day)s?\s+ago\b/i.exec(
        line.trim().slice(0, 60),
      );
    if (!m) continue;
    const n = /^\d/.test(m[1]) ? Number(m[1]) : 1;
    const unit = /^min/i.test(m[2]) ? 'minute' : /^h/i.test(m[2]) ? 'hour' : 'day';
    const ms = n * (unit === 'minute' ? 60_000 : unit === 'hour' ? 3_600_000 : 86_400_000);
    return { ms, unit };
  }
  return undefined;
}

/** The page's headline: its first h1 with headline-length text outside navigation and site chrome. */
function headline(doc: Document): Element | undefined {
  return byTag(doc, 'h1')
    .slice(0, 5)
    .find((h) => {
      const n = textOf(h).length;
      return n > 15 && n < 300 && !isSiteChrome(h);
    });
}

/** The first paragraph of story length after the headline (or anywhere, without one). */
function firstParagraph(doc: Document, h1: Element | undefined): Element | undefined {
  // The paragraphs before the headline are the site's: start after it (document order).
  let passed = !h1;
  const ps: Element[] = [];
  for (const el of allElements(doc.body ?? doc)) {
    if (el === h1) passed = true;
    else if (passed && tagOf(el) === 'p') ps.push(el);
    if (ps.length >= 8) break;
  }
  for (const p of ps) {
    const t = textOf(p);
    if (t.length >= 80 && tagOf(p.parentElement) !== 'li') return p;
  }
  return undefined;
}

/** Read the news signs of `doc`. */
export function newsSigns(doc: Document): NewsSigns {
  const signs: NewsSigns = { datedHeadline: false, dateline: false, agency: false };
  try {
    const h1 = headline(doc);
    if (h1) {
      signs.datedHeadline = textsAfter(h1, 6).some(
        (t) => findDates(t).length > 0 || RELATIVE_STAMP.test(t.slice(0, 60)),
      );
    }
    const first = firstParagraph(doc, h1);
    if (!first) return signs;
    const opening = textOf(first).slice(0, 120);
    signs.dateline = DATELINE.test(opening);
    // The credit closes the story's last paragraph ("… hacking.— AFP") or opens its first ("PARIS (AFP) -").
    const story = byTag(first.parentElement, 'p');
    const closing = textOf(story[story.length - 1] ?? first).slice(-200);
    signs.agency = !!agencyCredit(closing) || !!agencyCredit(`${opening.slice(0, 60)} …`);
  } catch {
    /* what was read stands */
  }
  return signs;
}
