/**
 * Who wrote the article: JSON-LD author, meta author tags, rel=author / itemprop=author, a "By …" line near
 * the headline, and agency credits at the end of the text ("— AFP", "(Reuters)"). A person named anywhere
 * beats an organisation (the site itself named as author), which is only the last resort. The structured
 * data (JSON-LD, meta tags) is read in byline-metadata.ts, the markup of byline elements in byline-marks.ts.
 */
import { attr, byTag, classAndId, selectAll, tagOf, textOf } from './dom';
import type { LdNode } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import {
  isPersonName,
  labelledBylinesNearHeadline,
  printedBylineLine,
  ROLE,
  signatureAtEnd,
  siteOwner,
  withoutLayoutModifiers,
} from './byline-lines';
import { AUTHOR_HREF, bylineElements, creditedOrganisation } from './byline-marks';
import {
  fullNameOf,
  joinNames,
  metadataByline,
  siteNamesOf,
  squash,
  type MetadataByline,
} from './byline-metadata';
import { isSiteChrome } from './date-region';
import { closingCredit, isAgencyName } from './wire-credit';
import { SKIP_TAGS } from './tag-sets';
import { siteOf } from '../url/url-identity';

/**
 * Labels before the names: "View all posts by", "Zeige alle Beiträge von", "Author:", "Interview:", and
 * German blog labels ("Erstellt von", "Artikel von:", "Ein Beitrag von", "Eine Kolumne von", "Autoren").
 */
const BYLINE_LABEL =
  /^(?:(?:view|see|show) all (?:posts|articles|stories) by|all (?:posts|articles) by|more (?:from|by)|(?:alles|mehr|weitere (?:artikel|beiträge)) von|(?:zeige )?alle (?:beiträge|artikel) von|written by|posted by|geschrieben von|verfasst von|erstellt von|eingestellt von|(?:ein(?:e[nr]?)? )?(?:blog[ -]?)?(?:beitrag|artikel|kolumne|gastbeitrag|text|bericht|interview|kommentar|gastkommentar|essay|reportage) von\s?:?|(?:author|autor|autorin|autoren|verfasser|verfasserin|auteur|auteurs|auteur\(s\)|autore|interview|text|redaktion|quelle|source|fuente)\s?:|(?:autor|autorin|autoren)\s(?=\p{Lu}))\s?/iu;
/** An author box's heading: "Über Steffi 1009 Artikel" (about the author, and the count of their posts). */
const ABOUT_AUTHOR = /^(?:über|about)\s+(\S.{0,60}?)\s+\d+\s+(?:artikel|beiträge|posts|articles)$/i;
/** Bylines that name nobody: "No Author", "Follow". */
const NOT_A_NAME =
  /^(?:no author|anonymous|follow|admin|administrator|unknown author|alle (?:beiträge|artikel)|all (?:posts|articles)|weitere (?:beiträge|artikel)|more posts)$/i;
/** A picture's credit in a byline element: "Bild © hr", "© Uta Berg", "Foto: Tom Kern". */
const PHOTO_LINE = /^(?:©|(?:bild|bilder|foto|fotos|photo|photos)\s*(?:©|:))/i;
/** A site's making-of credit, not an author: "Hecho con Drupal por …", "Fuchsy designed", "Powered by …". */
const SITE_CREDIT = /\b(?:drupal|wordpress|joomla|typo3|powered|designed|theme|hosted)\b/i;

/** Labels of a translator's credit: the names after them did not write the text. */
const TRANSLATOR =
  'übersetzung|übersetzt von|translated by|translation|traduction|traduit par|traducción|traducido por|traduzione|tradotto da';
/** A translator's credit after the names: "Ana Ruiz, translated by Tom Berry", "Ana Ruiz Übersetzung Tom Berry". */
const TRANSLATOR_AFTER = new RegExp(`[\\s,;:|–—-]*\\(?(?<!\\p{L})(?:${TRANSLATOR})(?!\\p{L}).*$`, 'iu');
/** A time stamp trailing a name: "• 8h", "2 hours ago", Czech "před 2 hodinami", "vor 3 Stunden", "il y a 2 h". */
const RELATIVE_TIME =
  /(?<!\s)\s+(?:\d+\s*\p{L}+\s+ago|před\s+\d+.*|vor\s+\d+\s+\p{L}+|il y a\s+\d+.*|hace\s+\d+.*|há\s+\d+.*|\d+\s*(?:h|min|m|d)\.?)$/iu;
/** An account handle rather than a person: one token mixing letters and digits ("CC7567") or all lower case ("mcupdate"). */
const HANDLE = /^@|^[\p{L}_.-]*\d[\p{L}\d_.-]*$|^[a-z][a-z0-9_.-]*$/u;

/** "A and B" / "A & B" / "A, B and C" as "A, B, C" when every part reads as a name (capitalised, short). */
function splitNames(s: string): string {
  if (/[()]/.test(s)) return s;
  const parts = s.split(
    /(?<!\s)\s*,\s*(?:and\s+)?|(?<!\s)\s+(?:and|&|und|et|y|e|im gespräch mit|in conversation with)\s+/i,
  );
  if (parts.length < 2) return s;
  const nameLike = (p: string) => /^\p{Lu}/u.test(p) && p.split(/\s+/).length <= 4;
  return parts.every(nameLike) ? parts.join(', ') : s;
}

/** Accent names of HTML letter references ("&oacute;") as combining marks. */
const ENTITY_ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  uml: '\u0308',
  circ: '\u0302',
  tilde: '\u0303',
  ring: '\u030a',
  cedil: '\u0327',
};
const ENTITY_OTHERS: Record<string, string> = { amp: '&', apos: "'", quot: '"', nbsp: ' ', szlig: 'ß' };

/**
 * HTML character references some JSON-LD writers leave in names ("Redacci&oacute;n", "O&#039;Neil"):
 * numeric ones, accented letters and a few others; anything else stays as written.
 */
export function decodeNameEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const hex = ref[1] === 'x' || ref[1] === 'X';
        const code = parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
        return code > 31 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      const accent = /^([a-z])(acute|grave|uml|circ|tilde|ring|cedil)$/i.exec(ref);
      if (accent) return accent[1] + ENTITY_ACCENTS[accent[2]];
      return ENTITY_OTHERS[ref] ?? whole;
    })
    .normalize('NFC');
}

/** A byline label printed as an element of its own ('<span class="by-text">By</span>'). */
const LABEL_WORD = /^\s*(?:by|von|par|por)\s*:?\s*$/i;

/** The small words inside a name that stay in lower case ('Maria van der Berg', 'Ali bin Said'). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
  'ter',
  'zu',
  'bin',
  'al',
]);

/** Each word of a name written in lower case with its first letter capitalised, particles apart ('van der'). */
function capitalised(s: string): string {
  return s.replace(/\p{L}+/gu, (w, at: number) =>
    at > 0 && PARTICLES.has(w) ? w : w[0].toUpperCase() + w.slice(1),
  );
}

/**
 * Strip "By", "Von", "Par", trailing dates, relative times and job titles from a visible or meta byline.
 * `handles`: keep a user name ("flerche") that the page itself prints as the author.
 */
export function cleanByline(raw: string, handles = false): string | undefined {
  raw = decodeNameEntities(raw);
  // Soft hyphens and zero-width marks ("Mat\u00adthi\u00adas") are no part of a name.
  let s = raw
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "Ein Interview von Eugen Berg mit Sonja Stein": the person after "mit" is the one interviewed.
  s = s.replace(/^((?:ein(?:e[nr]?)? )?interview (?:von|by) \S.*?)\s(?:mit|with)\s.*$/i, '$1');
  if (/^(?:last\s+)?(?:updated|published|posted|modified)\b(?!\s+by\b)/i.test(s)) return undefined;
  s = ABOUT_AUTHOR.exec(s)?.[1] ?? s;
  s = s.replace(BYLINE_LABEL, '').replace(/^:\s*/, '');
  // "Christian Seiler Illustration von Markus Roost", "Ana Ruiz Fotos: Li Wei": the pictures' credit ends the byline.
  s = s.replace(
    /(?<!\s)\s+(?:illustrations?|fotos?|photos?|photography|bilder?|grafik)(?:\s+von|\s+by|\s*:).*$/i,
    '',
  );
  const labelled = /^(by|von|vom|par|por|di|door|av|af)\s*(?::\s*|\s)/i.exec(s);
  if (labelled) s = s.slice(labelled[0].length);
  // 'By amir shah, associated press': names the style sheet capitalises are written in lower case.
  // One word ('von dpa', 'by flerche') is an agency's or an account's own spelling.
  if (labelled && !/\p{Lu}|\d/u.test(s) && /\p{L}\s+\p{L}/u.test(s)) s = capitalised(s);
  // "Ana Ruiz, translated by Tom Berry", "Ana Ruiz Übersetzung Tom Berry": the translator did not write it.
  s = s.replace(TRANSLATOR_AFTER, '');
  // "ByJ.R. Stone": a label printed in its own element, run into the name when the text is joined.
  s = s.replace(/^(?:By|Von|Par|Por)(?=\p{Lu})/u, '');
  // "Williams Perdomo @wperdomod": the account after the name is no part of it.
  s = s.replace(/(?<=\p{L})\s+@[\w.]+$/u, '');
  // "Ulrike 18.10.2019 16:06 Uhr", "lupa am 26/10/13", "Bo2man am 29.12.2010": a post's date after the name.
  s = s.replace(/\s(?:am|on|le|el|il)\s(?:\p{L}{2,12},?\s)?\d.*$/iu, '');
  s = s.replace(/\s\d{1,2}[./]\d{1,2}[./]\d{2,4}\b.*$/, '');
  s = s.replace(/\s[-–|]\shttps?:\S*$/i, '');
  // "Gàbor Muniér, Datum: 03.Mär.19": a labelled date after the names.
  s = s.replace(
    /(?<=\p{L})[,;|]?\s+(?:datum|date|fecha|published|veröffentlicht|aktualisiert|updated)\s?:.*$/iu,
    '',
  );
  if (NOT_A_NAME.test(s) || SITE_CREDIT.test(s) || PHOTO_LINE.test(s)) return undefined;
  // "deinen Hochzeitsbloggern": words that open in lower case, other than a particle, are a phrase.
  if (/^\p{Ll}+\s/u.test(s) && !PARTICLES.has(s.slice(0, s.indexOf(' ')))) return undefined;
  // A byline never opens with a number: "01:30 Min.", "01.12.2022 / CSP / …" are a clip's length or a date line.
  if (/^\d/.test(s)) return undefined;
  s = s.split(/(?<!\s)\s*(?:\||•|·|\bupdated\b|\bpublished\b|\bposted\b)\s*/i)[0];
  s = s.replace(
    /,?(?<!\s)\s*(?:on\s+)?(?:\w+day,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*$/i,
    '',
  );
  s = s.replace(RELATIVE_TIME, '');
  // "Houzz Deutschlandvor 5 StundenMehr": a relative time run into the name when the text was joined.
  s = s.replace(
    /(?<=\p{Ll})(?:vor\s\d{1,3}\s(?:sekunde|minute|stunde|tag|woche|monat|jahr)|\d{1,3}\s(?:second|minute|hour|day|week|month|year)s?\sago).*$/iu,
    '',
  );
  // "Eberhard Fuhr (Pressesprecher des EJW)", "… and Kiran C Nair - Chrome Safe Browsing team": a job after the names.
  const open = s.endsWith(')') ? s.lastIndexOf('(') : -1;
  if (open > 0 && ROLE.test(s.slice(open + 1, -1))) s = s.slice(0, open).trimEnd();
  const dash = s.split(/(?<!\s)\s+[-–—]\s+/);
  if (dash.length === 2 && ROLE.test(dash[1])) s = dash[0];
  // "Name, Senior Staff Technologist, ACLU …": the first comma part holding a job title ends the names.
  const parts = s.split(/(?<!\s)\s*,\s*/);
  const role = parts.findIndex((p, i) => i > 0 && ROLE.test(p));
  if (role > 0) s = parts.slice(0, role).join(', ');
  // "Georg Quaas, Eine realistische Interpretation … 3.17 5 12": a part with figures or a sentence's length
  // is the page going on after the names.
  const long = (p: string) =>
    p.split(/(?<!\s)\s+(?:and|und|&|et|y|e)\s+/i).some((name) => name.split(' ').length > 5);
  const prose = parts.findIndex((p, i) => i > 0 && (/\d/.test(p) || long(p)));
  if (prose > 0 && (role < 0 || prose < role)) s = parts.slice(0, prose).join(', ');

  s = s
    .trim()
    .replace(/(?<![,;:–—-])[,;:–—-]+$/, '')
    .trim();
  // A user name ("flerche", "Bo2man") is the credit when the page marks it as the author; in metadata it is an account.
  if (
    !s ||
    s.length > 120 ||
    /^https?:/i.test(s) ||
    (handles ? s.startsWith('@') : HANDLE.test(s) && !isAgencyName(s))
  )
    return undefined;
  return splitNames(s);
}

/** The page's headline (its first substantial <h1>) and every element holding it, or an empty set. */
function headlineHolders(doc: Document): Set<Element> {
  const holders = new Set<Element>();
  const h1 = byTag(doc, 'h1').find((h) => textOf(h).length > 10);
  for (let cur: Element | null = h1 ?? null; cur; cur = cur.parentElement) holders.add(cur);
  return holders;
}

/**
 * Elements of comment threads, sidebars and related-story lists, and a picture's credit or licence box
 * ("license-info", "image-credit", a caption): their bylines belong to other texts or to the picture.
 */
const ELSEWHERE =
  /(^|[\s_-])(comments?|replies|reply|related|sidebar|recommended|recommendations|promo|widget|teaser|more-?stories|outbrain|taboola|licen[cs]e|caption|(?:photo|image|img|picture|bild|foto)-?credits?)([\s_-]|$)/;
/** The page or one post's own container: nothing above it makes a byline another text's ("has-sidebar" on <body>). */
const POST_CONTAINER =
  /(^|\s)(hentry|h-entry|type-post|post-outer|single-post|post-body|post-content|entry-content|article-body)(\s|$)/;
export function elsewhere(el: Element, headlineHolders: Set<Element> = new Set()): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && i < 14; i++, cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (tag === 'body' || tag === 'html' || tag === 'main' || POST_CONTAINER.test(classAndId(cur)))
      return false;
    // An element holding the article's headline is the article's own ("sticky-sidebar-parent" on <article>).
    if (headlineHolders.has(cur)) return false;
    if (
      tag === 'aside' ||
      tag === 'nav' ||
      tag === 'figcaption' ||
      ELSEWHERE.test(withoutLayoutModifiers(classAndId(cur)))
    )
      return true;
  }
  return false;
}

/** Text of `el` without its date and time parts (time, [datetime], *date*, *time* classes). */
function textWithoutDates(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (SKIP_TAGS.has(tagOf(child))) return;
    if (
      child !== el &&
      (tagOf(child) === 'time' ||
        attr(child, 'datetime') !== undefined ||
        /(^|[\s_-])(date|time|timestamp|dateline)([\s_-]|$)/.test(classAndId(child)))
    )
      return;
    const from = out.length;
    for (let c = child.firstChild; c; c = c.nextSibling) walk(c);
    // '<span class="by-text">By</span>amir shah': a label in its own element, spaced by the style sheet.
    if ((tagOf(child) !== 'a' && tagOf(child) !== 'span') || LABEL_WORD.test(out.slice(from))) out += ' ';
  };
  walk(el);
  return out;
}

/** A link in a list or the site's chrome: a menu of columnists, not a byline ("Columnists › Robert Fisk"). */
function inMenu(el: Element): boolean {
  let cur: Element | null = el.parentElement;
  for (let i = 0; cur && i < 3; i++, cur = cur.parentElement) if (tagOf(cur) === 'li') return true;
  return isSiteChrome(el);
}

/** A translator's label ending the text before a name: "Übersetzung", "Translated by", "Traduction :". */
const TRANSLATOR_BEFORE = new RegExp(`(?:${TRANSLATOR})\\s*(?:von|by|par|por|da)?\\s*:?\\s*$`, 'i');
/**
 * Does the text just before `el` credit it as the translator ("Übersetzung <span><a>Sara Jung</a></span>")?
 * Reads only the nearest preceding text, up to three levels up: no container's whole text.
 */
function creditedAsTranslator(el: Element): boolean {
  let cur: Node | null = el;
  for (let depth = 0; cur && depth < 3; depth++, cur = cur.parentNode) {
    for (let sib = cur.previousSibling; sib; sib = sib.previousSibling) {
      const text = (sib.textContent ?? '').trim();
      if (text) return TRANSLATOR_BEFORE.test(text.slice(-40));
    }
  }
  return false;
}

/** The names a visible byline element gives: its name children, its author links, or its cleaned text. */
export function namesIn(el: Element): string[] {
  const scope = attr(el, 'itemprop')?.includes('author')
    ? (selectAll(el, '[itemprop~="name"]')[0] ?? el)
    : el;
  const clean = (els: Element[]) =>
    els
      .filter((e) => !creditedAsTranslator(e))
      .map((e) => cleanByline(textOf(e), true))
      .filter((n): n is string => !!n && n.length > 1);
  const raw = textWithoutDates(scope);
  const fromText = cleanByline(raw, true);
  // Authors the text names with "and" ("By Stella Kim and Jennifer Jett"): fewer links than that miss someone.
  const inText = fromText ? raw.split(/(?<!\s)\s+(?:and|&|und|et|y|e)\s+/).length : 0;
  // span.byline-name × 2, a.author__name, an hCard .fn: one element per author.
  // The schema.org name when the element has one: a class with "name" in it may be the portrait's.
  const itemNames = clean(selectAll(scope, '[itemprop~="name"]'));
  const named = itemNames.length ? itemNames : clean(selectAll(scope, '[class*="name"], .fn'));
  if (named.length && named.length >= inText) return named;
  const links = clean(
    (tagOf(scope) === 'a' ? [scope] : selectAll(scope, 'a')).filter(
      (a) => attr(a, 'rel')?.includes('author') || AUTHOR_HREF.test(attr(a, 'href') ?? ''),
    ),
  );
  if (links.length && links.length >= inText) return links;
  return fromText && fromText.length > 1 && !/\b(comments?|share|follow)\b/i.test(fromText) ? [fromText] : [];
}

/**
 * A byline written in the page: the first byline element outside comments and sidebars, with its siblings.
 * Organisations such elements credit instead of people go to `orgs`.
 */
export function visibleByline(doc: Document, orgs: string[] = []): string | undefined {
  const { found, marked: strict } = bylineElements(doc);
  const holders = headlineHolders(doc);
  // A byline element, or one whose class names its author ("node__author", "mo-author") when its text
  // reads as people's names and it is no menu entry.
  const bylineNames = (el: Element, credits: string[] = []): string[] => {
    const names = namesIn(el);
    if (!names.length || strict.has(el)) return names;
    const people = names.flatMap((n) => n.split(', '));
    if (people.every(isPersonName) && !inMenu(el)) return names;
    credits.push(...names);
    return [];
  };
  /** One organisation the element credits instead of a person, kept as a last resort. */
  const keepCredit = (el: Element, names: string[]) => {
    if (names.length === 1 && !inMenu(el) && creditedOrganisation(el, names[0])) orgs.push(names[0]);
  };
  for (let i = 0; i < found.length; i++) {
    const el = found[i];
    if (elsewhere(el, holders)) continue;
    const credits: string[] = [];
    const names = bylineNames(el, credits);
    keepCredit(el, credits);
    if (!names.length) continue;
    // A link to an author page that is no byline element: its text must read as a person's name.
    const linkOnly =
      tagOf(el) === 'a' && !attr(el, 'rel')?.includes('author') && !/byline|author/i.test(classAndId(el));
    if (linkOnly && (!names.every(isPersonName) || inMenu(el))) {
      keepCredit(el, names);
      continue;
    }
    // Co-authors written as sibling elements (span.author, span.author) under one parent.
    // A sibling with figures or a sentence's length is a rating or a teaser box sharing the class.
    const nameLike = (n: string) => !/\d/.test(n) && n.split(' ').length <= 5;
    for (const next of found.slice(i + 1, i + 8))
      if (next.parentElement === el.parentElement && !el.contains(next))
        names.push(...bylineNames(next).filter(nameLike));
    return joinNames(names);
  }
  return printedBylineLine(doc, (s) => cleanByline(s));
}

/**
 * A byline without a last part that names the site itself ("Rob Picheta, CNN" on cnn.com): the outlet is
 * the publisher, not a co-author. Another outlet's name ("…, NDR" on tagesschau.de) stays.
 */
export function withoutSiteCredit(byline: string, siteNames: string[], url: string): string {
  const parts = byline.split(', ');
  if (parts.length < 2) return byline;
  const own = new Set([...siteNames.map(squash), hostLabel(url)].filter((n) => n.length >= 2));
  return own.has(squash(parts[parts.length - 1])) ? parts.slice(0, -1).join(', ') : byline;
}

/**
 * The page's byline: JSON-LD and meta authors that name people, then the visible byline, then an agency
 * credit in `text` (the extracted body); an organisation named as author only when nothing else does.
 */
export function findByline(
  doc: Document,
  ld: LdNode[],
  meta: MetaTags,
  text = '',
  url = '',
): string | undefined {
  const site = siteNamesOf(ld, meta);
  const host = hostLabel(url);
  const orgs: string[] = [];
  const isSite = (n: string) => site.includes(squash(n)) || isOrganisation(n, host);
  const found = metadataByline(ld, meta, isSite, orgs, (raw) => cleanByline(raw));
  const fromMetadata = found && {
    ...found,
    names: found.names
      .split(', ')
      .map((n) => fullNameOf(n, ld))
      .join(', '),
  };
  if (fromMetadata) return printedInstead(fromMetadata, doc) ?? fromMetadata.names;
  // A byline element naming the site itself (the account the site posts under): a line of the page that
  // names the writer ("Written by: Julie Mollins") is the byline then.
  const shownOrgs: string[] = [];
  const visible = visibleByline(doc, shownOrgs);
  const notSite = (s: string) => {
    const names = cleanByline(s);
    return names && !isSite(names) ? names : undefined;
  };
  const printed = visible && isSite(visible) ? printedBylineLine(doc, notSite) : undefined;
  return (
    (printed && !isSite(printed) ? printed : visible) ??
    (text ? (closingCredit(text) ?? signatureAtEnd(text)) : undefined) ??
    siteOwner(doc, [firstMeta(meta, ['og:site_name']) ?? ''], siteOf(url)) ??
    shownOrgs[0] ??
    orgs[0]
  );
}

/**
 * The printed byline when it names the writer better than the metadata: the full name of a given name
 * ("Nils" and "Eine Kolumne von Nils Pickert"), or another person than a CMS account's meta author
 * (a blog's uploader, while the text says "Von Matthias Lauerer").
 */
function printedInstead(found: MetadataByline, doc: Document): string | undefined {
  const own = squash(found.names);
  const given = /^\p{Lu}[\p{Ll}\p{M}-]+$/u.test(found.names);
  for (const printed of labelledBylinesNearHeadline(doc, (s) => cleanByline(s))) {
    // The page confirms the metadata; a given name alone may still be printed in full further on.
    if (squash(printed) === own) {
      if (given) continue;
      return undefined;
    }
    const people = printed.split(', ');
    if (!people.every(isPersonName)) continue;
    if (given) return people.some((p) => p.startsWith(`${found.names} `)) ? printed : undefined;
    return found.account ? printed : undefined;
  }
  return undefined;
}

/** The registrable label of a page's host: "stern" for www.stern.de, "bbc" for www.bbc.co.uk. */
export function hostLabel(url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  const parts = host.split('.').slice(0, -1);
  while (parts.length > 1 && /^(co|com|org|net|ac|gov|edu)$/.test(parts[parts.length - 1])) parts.pop();
  return squash(parts[parts.length - 1] ?? '');
}

/** Legal forms and words that make an author meta tag an organisation ("Hanns-Seidel-Stiftung e.V.", "STERN.de"). */
const ORG_WORDS =
  /(?:\be\.\s?v\.|\bgmbh\b|\bag\b|\binc\b|\bltd\b|\bllc\b|stiftung\b|verband\b|verein\b|magazin\b|\bonline\b|\bredaktion\b|\bnews\b|\.(?:de|com|net|org|at|ch|fr|es|it|cl|co\.uk)\b|\bwww\.)/i;

/**
 * A broadcaster named as author: a network's or channel's name ("NBC Chicago", "SWR Fernsehen", "KTLA"),
 * a US call sign, or a channel's number ("FOX 5", "7News": no person's name has figures, tested apart).
 */
const BROADCASTER =
  /\b(?:NBC|CBS|ABC|FOX|CNN|MSNBC|BBC|ITV|NPR|PBS|CBC|RTL|ZDF|ARD|SWR|NDR|WDR|MDR|RBB|ORF|SRF)\b|^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$/;
/** Words that make a name a broadcaster's, in any case ("SWR Fernsehen", "Radio Bremen", "Channel 4"). */
const BROADCAST_WORDS = /\b(?:tv|radio|channel|television|fernsehen|hörfunk)\b/i;

/**
 * An author value that names an organisation or the site rather than a person: a legal form, a web
 * address, or the host's own name ("IT Finanzmagazin" on it-finanzmagazin.de, "LN" is not caught).
 * A page's visible byline then names the writer; the organisation stays the last resort.
 */
function isOrganisation(name: string, host: string): boolean {
  if (ORG_WORDS.test(name)) return true;
  // One name, not a list ("Ed Hornick, CNN" names a person); a wire service ("CNN Wire") is a credit.
  const broadcaster = BROADCASTER.test(name) || BROADCAST_WORDS.test(name) || /\d/.test(name);
  if (broadcaster && !name.includes(',') && !isAgencyName(name)) return true;
  const n = squash(name);
  if (host.length < 3 || n.length < 4) return false;
  return n === host || (n.startsWith(host) && n.length - host.length <= 8) || host.startsWith(n);
}
