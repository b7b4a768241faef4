/**
 * The article's own publication and update times, from the most to the least explicit evidence:
 * JSON-LD, meta tags, <time>/date elements near the headline, visible date lines, the URL.
 * Never the site header's "today", a copyright year, or dates in related-article lists.
 */
import { allElements, attr, byTag, classAndId, selectAll, tagOf, textOf } from './dom';
import { isSiteChrome } from './date-region';
import { scriptPublishedDate } from './script-dates';
import { articleNode, ldString, type LdNode } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { dateFromUrl, findDates, parseDate, type FoundDate } from './date-parse';

/** Publication and update times (ISO 8601) and where they came from. */
export interface PageDates {
  publishedAt?: string;
  modifiedAt?: string;
  /** 'json-ld' | 'meta' | 'script' | 'time' | 'visible' | 'url' */
  source?: string;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'pub_date',
  'publication_date',
  'article.published',
  'article_date_original',
  'cxenseparse:recs:publishtime',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dcterms.issued',
  'dc.date.created',
  'date',
  'created',
  'og:pubdate',
  'original-publish-date',
  'datecreated',
  'bt:pubdate',
  'sailthru.date.published',
  'article.created',
  'displaydate',
  'citation_publication_date',
  'citation_date',
  'release_date',
  'date_published',
  'timestamp',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'article:modified',
  'datemodified',
  'dcterms.modified',
  'dc.date.modified',
  'last-modified',
  'lastmod',
  'article.updated',
  'parsely-updated',
];

const DATE_HOLDER =
  /date|time|publish|posted|byline|meta|dateline|stamp|updated|info|author|submitted|entry|article-?head|post-?head|datum/;
const LABEL_MODIFIED =
  /(updated?|modified|last edited|aktualisiert|mis à jour|actualizado|aggiornato|atualizado)\s*:?\s*$/i;
const LABEL_PUBLISHED =
  /(published|posted|publié|veröffentlicht|publicado|pubblicato|erstellt|created|on)\s*:?\s*$/i;

function fromJsonLd(nodes: LdNode[]): PageDates {
  const main = articleNode(nodes);
  const pick = (key: string) => ldString(main, key) ?? nodes.map((n) => ldString(n, key)).find(Boolean);
  return {
    publishedAt: parseDate(pick('datePublished') ?? pick('dateCreated'))?.iso,
    modifiedAt: parseDate(pick('dateModified'))?.iso,
  };
}

interface Candidate {
  date: FoundDate;
  modified: boolean;
  score: number;
}

/** Document-order position of every element, computed lazily for headline distance. */
function orderOf(doc: Document): Map<Element, number> {
  const order = new Map<Element, number>();
  allElements(doc).forEach((el, i) => order.set(el, i));
  return order;
}

/** Normalised heading/title text for comparing a heading with the page title. */
const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The article's headline: the first <h1> outside site chrome; failing that, the first h1–h3 whose text
 * opens the page's <title> or og:title (themes that title posts with <h2>/<h3> inside a "sidebar" layout).
 */
function headlineOf(doc: Document, titles: string[]): Element | undefined {
  const h1 = byTag(doc, 'h1').find((h) => !isSiteChrome(h) && textOf(h).length > 10);
  if (h1) return h1;
  const wanted = titles.map(squash).filter((t) => t.length > 10);
  const heading = selectAll(doc, 'h1, h2, h3').find((h) => {
    const text = squash(textOf(h));
    return text.length > 10 && wanted.some((t) => t.startsWith(text) || t.includes(text));
  });
  return heading ?? byTag(doc, 'h1')[0];
}

/** Visible dates and <time> elements, scored by label, holder and nearness to the headline. */
function visibleCandidates(doc: Document, monthFirst: boolean, titles: string[] = []): Candidate[] {
  const order = orderOf(doc);
  const h1 = headlineOf(doc, [doc.title, ...titles]);
  const h1Pos = h1 ? (order.get(h1) ?? -1) : -1;
  const candidates: Candidate[] = [];
  const seen = new Set<Element>();
  const consider = (el: Element, text: string, bonus: number) => {
    if (seen.has(el) || isSiteChrome(el, h1)) return;
    seen.add(el);
    const dates = findDates(text, monthFirst);
    if (!dates.length) return;
    const pos = order.get(el) ?? 0;
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
  const stamped = selectAll(
    doc,
    'time, abbr[title], [itemprop~="datePublished"], [itemprop~="dateCreated"], [itemprop~="dateModified"], [datetime], [data-published], [property$="datePublished"], [property$="dateCreated"], [property$="dateModified"]',
  );
  // One page-wide microdata publication date is the article's own, even inside a "footer" or "widget" box.
  const declared = new Set(
    selectAll(doc, '[itemprop~="datePublished"]').map(
      (el) => parseDate(attr(el, 'datetime') ?? attr(el, 'content') ?? textOf(el), monthFirst)?.day,
    ),
  );
  const soleDeclared = declared.size === 1 && !declared.has(undefined);
  for (const el of stamped) {
    const isAbbr = tagOf(el) === 'abbr';
    if (isAbbr && !/publish|date|time|updated/.test(classAndId(el))) continue;
    const dt = isAbbr
      ? attr(el, 'title')
      : (attr(el, 'datetime') ?? attr(el, 'content') ?? attr(el, 'data-published'));
    const parsed = parseDate(dt, monthFirst) ?? findDates(textOf(el), monthFirst)[0];
    const ownDeclaration = soleDeclared && /datePublished/.test(attr(el, 'itemprop') ?? '');
    if (!parsed || (!ownDeclaration && isSiteChrome(el, h1))) continue;
    seen.add(el);
    const pos = order.get(el) ?? 0;
    const dist = h1Pos < 0 ? 50 : pos - h1Pos;
    const ip =
      `${attr(el, 'itemprop') ?? ''} ${attr(el, 'property') ?? ''} ${classAndId(el)} ${attr(el, 'pubdate') !== undefined ? 'pubdate' : ''}`.toLowerCase();
    const prev = textOf(el.parentElement).slice(0, 80);
    const modified =
      /modified|updated/.test(ip) ||
      (LABEL_MODIFIED.test(prev.split(textOf(el))[0] ?? '') && !/publish/.test(ip));
    let score = 20 + (dist >= 0 ? Math.max(0, 30 - dist / 2) : Math.max(-20, dist / 4));
    if (/datepublished|pubdate|publish/.test(ip)) score += 25;
    candidates.push({ date: parsed, modified, score });
  }
  for (const el of allElements(doc)) {
    const tag = tagOf(el);
    if (tag === 'script' || tag === 'style' || tag === 'time' || tag === 'body' || tag === 'html') continue;
    const ci = classAndId(el) + ' ' + (attr(el, 'itemprop') ?? '').toLowerCase();
    const holder = DATE_HOLDER.test(ci);
    const pos = order.get(el) ?? 0;
    const nearHeadline = h1Pos >= 0 && pos > h1Pos && pos - h1Pos < 40;
    if (!holder && !nearHeadline) continue;
    let text = '';
    try {
      text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    } catch {
      continue;
    }
    if (text.length < 8 || text.length > (holder ? 220 : 120)) continue;
    // Prefer the innermost holder: skip if a child element has the same text.
    if (el.children.length === 1 && textOf(el.children[0]) === text) continue;
    consider(el, text, holder ? 12 : 4);
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/**
 * Find the page's publication and update times. `monthFirst` reads 03/04/2019 as March 4 (US pages).
 * Returns what it can; an empty object when the page gives no date.
 */
export function findPageDates(
  doc: Document,
  url: string,
  ld: LdNode[],
  meta: MetaTags,
  monthFirst = false,
): PageDates {
  const fromLd = fromJsonLd(ld);
  const metaPublished = parseDate(firstMeta(meta, PUBLISHED_META), monthFirst)?.iso;
  const metaModified = parseDate(firstMeta(meta, MODIFIED_META), monthFirst)?.iso;
  let publishedAt = fromLd.publishedAt ?? metaPublished;
  let modifiedAt = fromLd.modifiedAt ?? metaModified;
  let source = fromLd.publishedAt ? 'json-ld' : metaPublished ? 'meta' : undefined;
  const urlDay = dateFromUrl(url);
  if (!publishedAt) {
    const inScript = scriptPublishedDate(doc, monthFirst);
    if (inScript) {
      publishedAt = inScript.iso;
      source = 'script';
    }
  }
  if (!publishedAt) {
    const visible = visibleCandidates(doc, monthFirst, [
      firstMeta(meta, ['og:title', 'twitter:title']) ?? '',
    ]).filter((c) => c.score > 0);
    // A URL date vouches for the visible date of the same day (and corrects a wrong guess).
    const best =
      (urlDay && visible.find((c) => c.date.day === urlDay)) ||
      visible.find((c) => !c.modified) ||
      visible[0];
    if (best) {
      publishedAt = best.date.iso;
      source = best.date.hasTime || !urlDay ? 'visible' : 'url';
      const update = visible.find((c) => c.modified);
      if (update && !modifiedAt) modifiedAt = update.date.iso;
    }
  }
  if (!publishedAt) {
    const last = lastResortDate(doc, monthFirst);
    if (last) {
      publishedAt = last.iso;
      source = 'visible';
    }
  }
  if (publishedAt && urlDay && publishedAt.slice(0, 10) !== urlDay) {
    // The URL's day is the newsroom's local day: show the same instant in a zone where it falls on that
    // day (UTC 03:28 on the 9th is 22:28 on the 8th in New York), else trust the URL's day.
    publishedAt = inZoneOfDay(publishedAt, urlDay) ?? urlDay;
    source = 'url';
  }
  if (!publishedAt && urlDay) {
    publishedAt = urlDay;
    source = 'url';
  }
  if (publishedAt && modifiedAt && modifiedAt < publishedAt) modifiedAt = undefined;
  return { publishedAt, modifiedAt, source };
}

/** First date in the page text outside site chrome, ignoring copyright lines: the last resort. */
function lastResortDate(doc: Document, monthFirst: boolean): FoundDate | undefined {
  for (const el of allElements(doc.body ?? doc)) {
    const tag = tagOf(el);
    if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 3) continue;
      const text = (c.nodeValue ?? '').trim();
      if (text.length < 8 || /copyright|©|\(c\)/i.test(text)) continue;
      const date = findDates(text.slice(0, 300), monthFirst)[0];
      if (date && !isSiteChrome(el)) return date;
    }
  }
  return undefined;
}

const ZONE_TRIES = [
  '-05:00',
  '-04:00',
  '-06:00',
  '-07:00',
  '-08:00',
  '+01:00',
  '+02:00',
  '+03:00',
  '+05:30',
  '+08:00',
  '+09:00',
  '+10:00',
];

/** The same instant written in a zone where its local day is `day`, or undefined if none fits or no zone is known. */
function inZoneOfDay(iso: string, day: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return undefined;
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return undefined;
  for (const zone of ZONE_TRIES) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const minutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    const local = new Date(instant + minutes * 60_000).toISOString();
    if (local.slice(0, 10) === day) return `${local.slice(0, 16)}${m[4] ? local.slice(16, 19) : ''}${zone}`;
  }
  return undefined;
}
