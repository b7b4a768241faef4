/**
 * The article's own publication and update times, from the most to the least explicit evidence:
 * JSON-LD, meta tags, <time>/date elements near the headline, visible date lines, the URL.
 * Never the site header's "today", a copyright year, or dates in related-article lists.
 */
import { allElements, byTag, tagOf } from './dom';
import { isSiteChrome } from './date-region';
import { isTeaserDate, LABEL_MODIFIED, inProse, visibleCandidates, type Candidate } from './date-visible';
import { linesAfterHeadline, relativeAge } from './news-signs';
import { scriptPublishedDate } from './script-dates';
import { articleNode, ldString, type LdNode } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { dateFromUrl, findDates, parseDate, type FoundDate } from './date-parse';
import { asShownOnPage, inCountryZone, inPageZone, inZoneOfDay, zoneMinutes } from './date-zone';

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

/** A visible date must score this high (labelled or by the headline) to overrule the page's metadata. */
const SHOWN_MIN_SCORE = 30;
/** A date of another day within this many points makes the visible date unclear. */
const SHOWN_RIVAL_GAP = 10;
/** A lone update line must be this well placed (by the headline, or labelled) to stand for the publication. */
const UPDATE_MIN_SCORE = 20;

function fromJsonLd(nodes: LdNode[]): PageDates {
  const main = articleNode(nodes);
  const pick = (key: string) => ldString(main, key) ?? nodes.map((n) => ldString(n, key)).find(Boolean);
  return {
    publishedAt: parseDate(pick('datePublished') ?? pick('dateCreated'))?.iso,
    modifiedAt: parseDate(pick('dateModified'))?.iso,
  };
}

/**
 * Find the page's publication and update times. `monthFirst` reads 03/04/2019 as March 4 (US pages);
 * `readAt` (ISO) is when the page was read, the clock of "3 hours ago".
 * Returns what it can; an empty object when the page gives no date.
 */
export function findPageDates(
  doc: Document,
  url: string,
  ld: LdNode[],
  meta: MetaTags,
  monthFirst = false,
  readAt?: string,
): PageDates {
  const fromLd = fromJsonLd(ld);
  const metaPublished = parseDate(firstMeta(meta, PUBLISHED_META), monthFirst)?.iso;
  const metaModified = parseDate(firstMeta(meta, MODIFIED_META), monthFirst)?.iso;
  let publishedAt = fromLd.publishedAt ?? metaPublished;
  let modifiedAt = fromLd.modifiedAt ?? metaModified;
  let source = fromLd.publishedAt ? 'json-ld' : metaPublished ? 'meta' : undefined;
  const urlDay = dateFromUrl(url);
  /** The publication is the update line the page prints alone (the URL's day then is the first version's). */
  let updateAlone = false;
  if (!publishedAt) {
    const inScript = scriptPublishedDate(doc, monthFirst);
    if (inScript) {
      publishedAt = inScript.iso;
      source = 'script';
    }
  }
  const visible = visibleCandidates(doc, monthFirst, [
    firstMeta(meta, ['og:title', 'twitter:title']) ?? '',
  ]).filter((c) => c.score > 0);
  if (publishedAt) {
    const stamps = metadataStamps(ld, meta, monthFirst);
    const shownStamps = visible.filter((c) => c.date.hasTime).map((c) => c.date.iso);
    publishedAt = inCountryZone(inPageZone(publishedAt, [...stamps, ...shownStamps]), url);
    // The date printed by the headline beats hidden metadata that disagrees with it, unless it is the update.
    const shown = shownDate(visible);
    if (shown && shown.day !== publishedAt.slice(0, 10)) {
      const asPublished = asShownOnPage(publishedAt, shown);
      if (asPublished?.slice(0, 10) === shown.day) {
        publishedAt = asPublished;
        source = 'visible';
      } else if (!isUpdate(shown, modifiedAt)) {
        // Another of the page's own stamps may give the shown moment with its time and zone.
        const stamp = stamps
          .map((iso) => asShownOnPage(iso, shown))
          .find((iso) => iso?.slice(0, 10) === shown.day);
        publishedAt = stamp ?? shown.iso;
        source = 'visible';
      }
    }
  } else {
    // A URL date vouches for the visible date of the same day (and corrects a wrong guess).
    const best =
      (urlDay && visible.find((c) => c.date.day === urlDay)) || ownDateOrUpdate(visible) || visible[0];
    if (best) {
      publishedAt = best.date.iso;
      source = best.date.hasTime || !urlDay ? 'visible' : 'url';
      updateAlone = best.modified && !visible.some((c) => !c.modified);
    }
  }
  const update = visible.find((c) => c.modified);
  if (update && !modifiedAt) modifiedAt = update.date.iso;
  if (publishedAt && source !== 'visible') {
    // The page prints only its update by the headline: that is the date its reader is given.
    const shownUpdate = updateShownAlone(visible, publishedAt, modifiedAt);
    if (shownUpdate) {
      publishedAt = shownUpdate;
      source = 'visible';
      updateAlone = true;
    }
  }
  if (!publishedAt) {
    const last = lastResortDate(doc, monthFirst);
    if (last) {
      publishedAt = last.iso;
      source = 'visible';
    }
  }
  if (
    publishedAt &&
    urlDay &&
    publishedAt.slice(0, 10) !== urlDay &&
    !(updateAlone && publishedAt > urlDay)
  ) {
    // The URL's day is the newsroom's local day: show the same instant in a zone where it falls on that
    // day (UTC 03:28 on the 9th is 22:28 on the 8th in New York), else trust the URL's day.
    publishedAt = inZoneOfDay(publishedAt, urlDay) ?? urlDay;
    source = 'url';
  }
  if (!publishedAt && readAt) {
    // "3 hours ago" under the headline: the moment before the page was read (a day for "2 days ago").
    const age = relativeAge(linesAfterHeadline(doc));
    const read = Date.parse(readAt);
    if (age && !Number.isNaN(read)) {
      const iso = new Date(read - age.ms).toISOString();
      publishedAt = age.unit === 'day' ? iso.slice(0, 10) : `${iso.slice(0, 16)}+00:00`;
      source = 'visible';
    }
  }
  if (!publishedAt && urlDay) {
    publishedAt = urlDay;
    source = 'url';
  }
  if (publishedAt && modifiedAt && modifiedAt < publishedAt) modifiedAt = undefined;
  return { publishedAt, modifiedAt, source };
}

/**
 * The one date the page prints by its headline, when it is clear: a well-placed, unlabelled or "published"
 * date with no rival of another day scored nearly as high (lists of comments or teasers have many).
 */
function shownDate(visible: Candidate[]): FoundDate | undefined {
  // A stamp the reader cannot see is more metadata, not the date printed by the headline.
  const own = visible.filter((c) => !c.modified && !c.hidden);
  const top = own[0];
  if (!top || top.score < SHOWN_MIN_SCORE) return undefined;
  const rival = own.some((c) => c.date.day !== top.date.day && c.score >= top.score - SHOWN_RIVAL_GAP);
  return rival ? undefined : top.date;
}

/**
 * Without metadata: the best date that is not an update, unless the page's best date is an update line and
 * the other dates lie far from the headline (a sidebar's headlines): then the update line is the date the
 * reader sees as the article's ("Update: November, 13/2019 - 14:38" under the headline of a small site).
 */
function ownDateOrUpdate(visible: Candidate[]): Candidate | undefined {
  const top = visible[0];
  const own = visible.find((c) => !c.modified);
  if (!top || !own || !top.modified) return own ?? top;
  return own.score >= SHOWN_MIN_SCORE || own.score >= top.score - SHOWN_RIVAL_GAP ? own : top;
}

/**
 * The update time when it is the only date the page prints by its headline, unlabelled: the metadata's
 * publication day appears nowhere among the visible dates and the best-placed one is the day the metadata gives
 * as modified, so the reader takes it for the article's date. A line labelled "Updated" leaves the separate
 * publication date in force (the page says it is not the first version). Undefined otherwise.
 */
function updateShownAlone(
  visible: Candidate[],
  publishedAt: string,
  modifiedAt: string | undefined,
): string | undefined {
  const top = visible[0];
  if (!top || top.score < UPDATE_MIN_SCORE) return undefined;
  const published = publishedAt.slice(0, 10);
  if (visible.some((c) => c.date.day === published)) return undefined;
  const modifiedDay = modifiedAt?.slice(0, 10);
  if (top.modified || top.date.day !== modifiedDay) return undefined;
  // Every well-placed date says the same day: a lone update line, not a list of dated items.
  if (visible.some((c) => c.date.day !== top.date.day && c.score >= top.score - SHOWN_RIVAL_GAP))
    return undefined;
  return top.date.day > published ? modifiedAt : undefined;
}

/** Is the date shown on the page the update time the metadata gives (same moment, or same day without a time)? */
function isUpdate(shown: FoundDate, modifiedAt: string | undefined): boolean {
  if (!modifiedAt) return false;
  if (!shown.hasTime || !modifiedAt.includes('T')) return shown.day === modifiedAt.slice(0, 10);
  if (zoneMinutes(modifiedAt) === undefined) return shown.iso.slice(0, 16) === modifiedAt.slice(0, 16);
  return asShownOnPage(modifiedAt, shown) !== undefined;
}

/** The publication stamps the page's metadata carries with a time (every meta tag and JSON-LD node). */
function metadataStamps(ld: LdNode[], meta: MetaTags, monthFirst: boolean): string[] {
  const raw: string[] = [];
  for (const key of PUBLISHED_META) raw.push(...(meta.get(key) ?? []));
  for (const node of ld.slice(0, 20))
    raw.push(ldString(node, 'datePublished') ?? '', ldString(node, 'dateCreated') ?? '');
  return raw
    .map((r) => parseDate(r, monthFirst))
    .filter((d): d is FoundDate => !!d?.hasTime)
    .map((d) => d.iso);
}

/**
 * First date in the page text outside site chrome, ignoring copyright lines and dates inside prose: the last
 * resort. A page whose only date line is its last change ("Letzte Änderung: 14.01.2022") is dated by it, as its
 * reader would date it.
 */
function lastResortDate(doc: Document, monthFirst: boolean): FoundDate | undefined {
  const headline = byTag(doc, 'h1')[0];
  let passedHeadline = !headline;
  let update: FoundDate | undefined;
  for (const el of allElements(doc.body ?? doc)) {
    if (el === headline) passedHeadline = true;
    const tag = tagOf(el);
    if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 3) continue;
      const text = (c.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (text.length < 8 || /copyright|©|\(c\)/i.test(text)) continue;
      const dates = findDates(text.slice(0, 300), monthFirst).filter((d) => !inProse(text, d.index));
      // A date labelled as the last change is not the publication ("Letzte Änderung: 31.10.2023") while another is.
      const changed = (d: FoundDate) => LABEL_MODIFIED.test(text.slice(Math.max(0, d.index - 30), d.index));
      const date = dates.find((d) => !changed(d));
      const lastChange = dates.find(changed);
      if (lastChange && !update && !isSiteChrome(el) && !isTeaserDate(el, headline)) update = lastChange;
      // The site header's "today" ("Thursday, January 28 2021") sits before the headline, weekday first.
      if (date && !passedHeadline && /^\W*\p{L}+day\b/iu.test(text)) continue;
      if (date && !isSiteChrome(el) && !isTeaserDate(el, headline)) return date;
    }
  }
  return update;
}
