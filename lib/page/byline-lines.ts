/**
 * Bylines printed as plain lines rather than marked-up author elements: a labelled line ("Von Uta Berg",
 * "Posted by Konstantin", "Ein Artikel von Pamela Sladky | 27.01.2022"), a meta line near the headline that
 * holds a date and one name ("11.12.2019 - Amelie Loevenich"), and the owner of a personal site (the name
 * the host spells, printed as the site name or in the copyright line).
 */
import { byTag, classAndId, selectAll, tagOf, textOf, textUpTo } from './dom';
import { SKIP_TAGS } from './tag-sets';
import { isAgencyName } from './wire-credit';

/** A line's label before the names: "By", "Von", "Posted by", "Text von", "Ein Artikel von", "Autorin:". */
const LABELLED =
  /^(?:by|von|posted by|written by|geschrieben von|verfasst von|text(?: von|:)|(?:ein(?:e[nr]?)? )?(?:blog[ -]?)?(?:beitrag|artikel|gastbeitrag|kolumne|bericht|interview|kommentar|gastkommentar|essay|reportage) von|autor(?:in|en)?\s?:?|verfasser(?:in)?\s?:|(?:author|auteur|autore)(?:\(s\)|s)?\s?:|redaktion\s?:|par|por|door)\s*:?\s+(?=\p{Lu}|(?:dpa|epd|kna)\b)/iu;

/** One name word: "Anna", "Lange-Fricke", "O'Sullivan", "McKay", "DiMaggio", "J.", "R.R.", a particle ("von", "de", "van der"). */
const NAME_WORD =
  /^(?:(?:\p{Lu}['’]|Ma?c|D[ei])?\p{Lu}[\p{Ll}\p{M}'’]{0,15}(?:-\p{Lu}[\p{Ll}\p{M}'’]{0,15})?\.?|\p{Lu}\.(?:\p{Lu}\.)*|von|van|der|den|de|da|del|della|di|du|la|le|zu|bin|al|ibn)$/u;
/** Words that make a "name" an organisation, a place or a page part. */
const NOT_PERSON =
  /\b(?:gmbh|ag|e\.\s?v|inc|ltd|llc|verlag|zeitung|news|online|redaktion|team|presse|press|agentur|agency|media|medien|stiftung|verband|verein|group|gruppe|company|university|universität|institut|institute|foto|photo|bild|quelle|source|home|startseite|kontakt|impressum|datenschutz|menu|menü|mehr|more|alle|all|weitere|archiv|archive|login|newsletter|uhr|times|post|journal|magazine?|blog|daily|tribune|herald|gazette|review|radio|tv|channel|network|continent|world|welt|report|today)\b/i;
/** An article or determiner opening a title, never a given name ("The Japan Times", "Le Grand Continent"). */
const ARTICLE_WORD =
  /^(?:the|a|an|der|die|das|den|dem|des|ein|eine|le|la|les|el|los|las|il|lo|gli|de|het|een)$/i;

/** Does `s` read as one person's name: two to four capitalised name words, the first and last not particles? */
export function isPersonName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || s.length > 50) return false;
  // A name printed in capitals ("JUERGEN HASENKOPF") reads as the same name.
  const caps = s === s.toUpperCase();
  const asWritten = caps
    ? words.map(
        (w) =>
          w.charAt(0) +
          w
            .slice(1)
            .toLowerCase()
            .replace(/-(\p{L})/gu, (_m, c: string) => `-${c.toUpperCase()}`),
      )
    : words;
  if (!asWritten.every((w) => NAME_WORD.test(w))) return false;
  if (!/^\p{Lu}/u.test(words[0]) || !/^\p{Lu}/u.test(words[words.length - 1])) return false;
  if (ARTICLE_WORD.test(words[0])) return false;
  return !NOT_PERSON.test(s);
}

/** Words that make a byline segment a job title, not a name ("Senior Staff Technologist", "Games Editor"). */
export const ROLE =
  /\b(editor|editors|correspondent|reporter|writer|columnist|contributor|contributing|producer|analyst|technologist|director|chief|senior|staff|journalist|photographer|critic|professor|fellow|president|manager|founder|head of|desk|bureau|team|\w*sprecher\w*|\w*leiter\w*|redakteur\w*|korrespondent\w*|rédact\w*|journaliste|correspondant\w*|corresponsal|redactor\w*|periodista)\b/i;

/** Elements that hold a line of the page (leaves and near-leaves only: their text is cheap to read). */
const LINE_TAGS = new Set([
  'p',
  'span',
  'div',
  'small',
  'em',
  'strong',
  'b',
  'i',
  'address',
  'li',
  'td',
  'font',
  'byline',
  'h3',
  'h4',
  'h5',
  'h6',
]);
/** Longest line read as a byline or meta line. */
const MAX_LINE_CHARS = 110;
/** Most elements read: bylines sit near the top of the article. */
const MAX_LINES = 1500;

/** Page parts whose lines belong to other texts or to the site: navigation, comments, teasers, footers. */
const OTHER_TEXT =
  /(^|[\s_-])(comments?|replies|reply|related|sidebar|recommended|promo|widget|teaser|more-?stories|outbrain|taboola|footer|caption|copyright|credit|figcaption|breadcrumbs?|nav|menu)([\s_-]|$)/i;
/** Layout modifiers name what sits beside the content, not the content: "has-double-sidebar", "no-sidebar". */
const LAYOUT_MODIFIER = /(^|\s)(?:has|with|no|without)-[\w-]*/g;
/** Class and id words without their layout modifiers. */
export const withoutLayoutModifiers = (classes: string): string => classes.replace(LAYOUT_MODIFIER, ' ');
function inOtherText(el: Element): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && i < 10; i++, cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (tag === 'body' || tag === 'main' || tag === 'article') return false;
    if (['aside', 'nav', 'footer', 'figcaption', 'figure', 'script', 'noscript'].includes(tag)) return true;
    if (OTHER_TEXT.test(withoutLayoutModifiers(classAndId(cur)))) return true;
  }
  return false;
}

/** A page's short lines in document order, and where the walk passed the headline it was given. */
interface Lines {
  lines: Array<{ el: Element; text: string }>;
  /** Index of the first line after the headline and outside it, or -1 when the walk did not get past it. */
  afterHeadline: number;
  /** Index of the first line of or after the headline, or -1 when the walk did not reach it. */
  atHeadline: number;
}

/**
 * The short lines of the page in document order, with their text: one walk, at most MAX_LINES elements.
 * With `headline`, the walk itself marks where the lines after it start (linkedom's
 * compareDocumentPosition misorders some form elements).
 */
function shortLines(
  doc: Document,
  root: Element | null = doc.body ?? doc.documentElement,
  headline?: Element,
): Lines {
  const out: Array<{ el: Element; text: string }> = [];
  let afterHeadline = -1;
  let atHeadline = -1;
  let inHeadline = false;
  let seen = 0;
  const stack: Element[] = [];
  if (root) stack.push(root);
  while (stack.length && seen < MAX_LINES) {
    const el = stack.pop()!;
    const tag = tagOf(el);
    if (SKIP_TAGS.has(tag)) continue;
    // The first element popped after the headline and outside it starts the lines after it.
    if (inHeadline && !headline!.contains(el)) {
      inHeadline = false;
      afterHeadline = out.length;
    }
    if (el === headline) {
      inHeadline = true;
      atHeadline = out.length;
    }
    const kids: Element[] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]);
    if (!LINE_TAGS.has(tag) || kids.length > 6) continue;
    seen++;
    // A container's text is read only up to the length that rules it out.
    const raw = textUpTo(el, MAX_LINE_CHARS * 3);
    if (raw === undefined) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length < 4 || text.length > MAX_LINE_CHARS) continue;
    out.push({ el, text });
  }
  return { lines: out, afterHeadline, atHeadline };
}

/** The lines after `headline` among the short lines under `root`, in page order. */
function linesAfter(doc: Document, headline: Element, root?: Element): Array<{ el: Element; text: string }> {
  const { lines, afterHeadline } = shortLines(doc, root, headline);
  return afterHeadline < 0 ? [] : lines.slice(afterHeadline);
}

/**
 * The names of a labelled line ("Von Uta Berg und Tom Kern, dpa" → "Uta Berg und Tom Kern, dpa"), cleaned
 * by `clean`; undefined when the line has no label or what follows does not start with a person's name.
 */
export function labelledNames(line: string, clean: (s: string) => string | undefined): string | undefined {
  // "05.02.2020 - Redaktion: Eberhard Fuhr": the date before the label is no part of the names.
  // "06.11.2023 13:30 von Olga": so is a time after it, or no separator before the label.
  let text = line
    .replace(/^[\s|•·–—-]+/, '')
    .replace(/^\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s\d{1,2}:\d{2}(?:\sUhr)?)?(?:\s?[-–|•·])?\s/i, '');
  // "Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet": label-value lines run together; the author's
  // label may follow another label's value, and the next label ends the names.
  const inner =
    /^\p{L}{3,12}\s?:\s.{1,40}?(?:\s|(?<=[\p{Ll}\d]))(?=(?:autor(?:in|en)?|verfasser(?:in)?|author|auteur|autore)\s?:\s)/iu.exec(
      text,
    );
  if (inner) text = text.slice(inner[0].length);
  text = text.replace(
    /(?:(?<=\p{L})\s+|(?<=\p{Ll}))(?:quelle|source|fuente|foto|fotos|bild|edition|datum|date)\s?:.*$/iu,
    '',
  );
  if (!LABELLED.test(text) || /\bby\s+the\b/i.test(text)) return undefined;
  const names = clean(text);
  if (!names) return undefined;
  const first = names.split(', ')[0];
  // "Por Agencia EFE", "Von dpa": an agency credited on the byline's line.
  return isPersonName(first) || /^\p{Lu}[\p{Ll}]+$/u.test(first) || isAgencyName(names) ? names : undefined;
}

/** A date or time part of a meta line: "11.12.2019", "13:10 Uhr", "31. Januar 2022", "April 13, 2020". */
const DATE_PART =
  /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?:\s*(?:uhr|am|pm|h))?|(?:\d{1,2}\.?\s+)?\p{L}{3,10}\.?\s+(?:\d{1,2},?\s+)?\d{4})$/iu;
const META_SEPARATOR = /(?<!\s)\s+[|/•·–—-]\s+|(?<!\s)\s*[|•·]\s*/;
/** `s` without trailing separators and spaces (a loop: an end-anchored class run is quadratic). */
function trimSeparators(s: string): string {
  let end = s.length;
  while (end > 0 && /[\s|/•·–—-]/.test(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}

/** A meta line's one name beside its date ("04.02.2022 | 13:10 Uhr | Uta Helkenberg"), or undefined. */
export function metaLineName(line: string): string | undefined {
  const parts = trimSeparators(line)
    .split(META_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 6 || !parts.some((p) => DATE_PART.test(p))) return undefined;
  const person = (p: string) => isPersonName(p.replace(LABELLED, ''));
  const names = parts.filter((p) => !DATE_PART.test(p) && person(p));
  // Every other part is a date, a time or a short count ("150" comments): a line of facts about the article;
  // a name with its label ("By Cara Stiles") may stand beside a section word ("Culture").
  const labelled = names.length === 1 && LABELLED.test(names[0]);
  const rest = parts.filter((p) => !DATE_PART.test(p) && !person(p));
  const fact = (p: string) =>
    /^(?:\d{1,5}|(?:foto|bild|photo)\s*:.*)$/i.test(p) ||
    (labelled && /^[^\d]{1,20}$/.test(p) && p.split(' ').length <= 2);
  if (names.length !== 1 || !rest.every(fact)) return undefined;
  return names[0].replace(LABELLED, '');
}

function firstLabelled(
  lines: Array<{ el: Element; text: string }>,
  clean: (s: string) => string | undefined,
): string | undefined {
  for (const { el, text } of lines) {
    const names = labelledNames(text, clean);
    if (names && !inOtherText(el)) return names;
  }
  return undefined;
}

/**
 * The names of the labelled byline lines ("Von Uta Berg", "Eine Kolumne von …") among the lines just after
 * the headline, in page order: a "por X" under a teaser further down is another text's byline.
 */
export function labelledBylinesNearHeadline(
  doc: Document,
  clean: (s: string) => string | undefined,
): string[] {
  const h1 = byTag(doc, 'h1').find((h) => textOf(h).length > 10 && !inOtherText(h));
  if (!h1) return [];
  const near = linesAfter(doc, h1, articleAround(h1)).slice(0, NEAR_HEADLINE_LINES);
  const out: string[] = [];
  for (const { el, text } of near) {
    const names = labelledNames(text, clean);
    if (names && !inOtherText(el)) out.push(names);
  }
  return out;
}
/**
 * The smallest ancestor of the headline that holds the article's text too (an <article> or <main>, or
 * an element with a few thousand characters): its lines are read, not the whole page's.
 */
function articleAround(h1: Element): Element {
  let cur: Element = h1;
  while (cur.parentElement) {
    cur = cur.parentElement;
    const tag = tagOf(cur);
    if (tag === 'article' || tag === 'main' || tag === 'body') return cur;
    if ((cur.textContent ?? '').length > ARTICLE_CHARS) return cur;
  }
  return cur;
}
/** Characters that make a headline's ancestor hold the article, not only the headline block. */
const ARTICLE_CHARS = 3000;
/** How many short lines after the headline a byline may sit (kicker, standfirst, captions, first paragraphs). */
const NEAR_HEADLINE_LINES = 60;

/**
 * A byline written as a line of the page: the first labelled line outside navigation, comments and
 * teasers, else a meta line (a date and one name) among the lines just after the headline.
 */
export function printedBylineLine(
  doc: Document,
  clean: (s: string) => string | undefined,
): string | undefined {
  const h1 = byTag(doc, 'h1').find((h) => textOf(h).length > 10 && !inOtherText(h));
  const { lines, afterHeadline, atHeadline } = shortLines(doc, undefined, h1);
  const labelled = firstLabelled(lines, clean);
  if (labelled) return labelled;
  if (!h1) return undefined;
  // A meta line printed just above the headline, in its block ("04.02.2022 | 13:10 Uhr | Uta Helkenberg").
  const block = h1.parentElement?.parentElement;
  const above = lines
    .slice(Math.max(0, atHeadline - 3), Math.max(0, atHeadline))
    .filter(({ el }) => block?.contains(el));
  let near = afterHeadline < 0 ? [] : lines.slice(afterHeadline);
  // A long page's walk may stop before its headline (menus of a thousand links): the lines around the
  // headline are read on their own then, the labelled ones first.
  if (afterHeadline < 0) {
    near = linesAfter(doc, h1, articleAround(h1));
    const late = firstLabelled(near.slice(0, NEAR_HEADLINE_LINES), clean);
    if (late) return late;
  }
  for (const [i, { el, text }] of [...near.slice(0, 40), ...above.reverse()].entries()) {
    // A wire credit printed under the headline ("JIJI" in p.credit) credits the story, not a picture.
    if (i < 3 && isAgencyName(text) && !el.closest('figure, figcaption')) return text;
    if (inOtherText(el)) continue;
    const name = metaLineName(text);
    if (name) return name;
  }
  return undefined;
}

/**
 * The writer signing the article's end: a last paragraph that is a name alone ("Marina Mucha") or a name and
 * then the signer's job ("Alexandra Weber" / "Pressesprecherin"), or a name in
 * brackets closing one of the last paragraphs ("… bleibt spannend. (Christian P. Stadtfeld)"), where a promo
 * line may follow. A name in capitals is not taken ("JETZT LESEN" would read as one).
 */
export function signatureAtEnd(text: string): string | undefined {
  const paragraphs = text
    .slice(-1500)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(-3)
    .reverse();
  const signed = (name: string) => name !== name.toUpperCase() && isPersonName(name);
  // A name alone signs only as the very last paragraph: further up it is an entry of a list of links.
  if (paragraphs.length > 1 && paragraphs[0].length <= 50 && signed(paragraphs[0])) return paragraphs[0];
  // …or followed by the signer's job ("Alexandra Weber" / "Stellvertretende Pressesprecherin").
  const [job, name] = paragraphs;
  if (paragraphs.length > 2 && job.length <= 120 && ROLE.test(job) && name.length <= 50 && signed(name))
    return name;
  for (const p of paragraphs) {
    // "(Name)" and then only closing marks ("+++", "."), read with a loop rather than an end-anchored run.
    let end = p.length;
    while (end > 0 && /[\s+*.]/.test(p.charAt(end - 1))) end--;
    if (p.charAt(end - 1) !== ')') continue;
    const open = p.lastIndexOf('(', end - 1);
    const name = open >= 0 ? p.slice(open + 1, end - 1).trim() : '';
    if (name.length <= 50 && signed(name)) return name;
  }
  return undefined;
}

/** Letters of `s` only, lower case. */
const letters = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '');

/**
 * The owner of a personal site, who writes its posts: a person's name printed as the site's name or in its
 * copyright line ("© 2020 Wolfgang Michal") whose words the host spells (wolfgangmichal.de). A company's
 * copyright or a name the host does not spell gives nothing.
 */
export function siteOwner(doc: Document, siteNames: string[], host: string): string | undefined {
  const h = letters(host.replace(/^www\d?\./, '').replace(/\.[a-z]{2,}$/i, ''));
  if (h.length < 5) return undefined;
  const spelledByHost = (name: string) => {
    const words = name
      .split(/\s+/)
      .map(letters)
      .filter((w) => w.length >= 3);
    return words.length >= 2 && words.filter((w) => h.includes(w)).length >= 2;
  };
  const bare = (s: string) => s.replace(/^(?:dr|prof)\.\s+/i, '').trim();
  for (const name of siteNames.map(bare)) if (isPersonName(name) && spelledByHost(name)) return name;
  const copyright =
    /(?:©|\(c\)|copyright)\s*(?:\(c\)\s*)?(?:\d{4}\s*(?:[-–]\s*(?:\d{4})?)?\s*)?(?:by\s+)?([^.|,©]{4,40})/i;
  const footers = byTag(doc, 'footer').concat(
    selectAll(doc, '[class*="copyright"], [id*="footer"], [class*="footer"]'),
  );
  for (const el of footers.slice(0, 20)) {
    const m = copyright.exec(textOf(el).slice(0, 2000));
    const name = m?.[1]
      .trim()
      .split(/(?<!\s)\s+(?:all rights|alle rechte|design|theme|hosted)/i)[0]
      .trim();
    if (name && isPersonName(name) && spelledByHost(name)) return name;
  }
  return undefined;
}
