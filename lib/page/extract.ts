/**
 * The article of a page: Readability on a clone (the live page is never touched), the project's clean-up,
 * paragraphs and DOM hints, and metadata (title, publisher, byline, language, publication/update times).
 * Never throws: a broken page gives a partial Article.
 */
import { Readability } from '@mozilla/readability';
import type { Article } from '../contract/types';
import { articleText, type ArticleText } from './article-text';
import { findByline, cleanByline, withoutSiteCredit } from './byline';
import { cleanArticleContent } from './clean-up';
import { removePromotions } from './promotions';
import { restoreSplitStory } from './split-story';
import { detectNews, type NewsVerdict } from './detect';
import { measureProse } from './prose';
import { attr, byTag, classAndId, hasToken, tagOf, textOf, withTagIndex } from './dom';
import { readJsonLd, type LdNode } from './json-ld';
import { firstMeta, readMetaTags, type MetaTags } from './meta-tags';
import { isSiteChrome } from './date-region';
import { findPageDates } from './page-dates';
import { findLanguage, findPublisher, isMonthFirst, outletForUrl } from './site';
import { chooseHeadline } from './title';
import { articleHeading, isHeadlineHeading } from './article-heading';
import { isOwnCanonical, MAX_URL_CHARS } from '../url/url-identity';
import { isAddressLike, isHostingWord, splitWireCredit } from './wire-credit';

/** Options of extractArticle. */
export interface ExtractOptions {
  /** A verdict already computed by detectNews (saves the work; otherwise computed here). */
  verdict?: NewsVerdict;
  /** Cap on the text length (cut at a paragraph boundary where possible). */
  maxChars?: number;
  /** When the page was read (ISO 8601): the clock of a date line such as "3 hours ago". */
  readAt?: string;
}

type ReadabilityResult = ReturnType<Readability<Node>['parse']>;

function runReadability(doc: Document, charThreshold?: number): ReadabilityResult {
  try {
    const clone = doc.cloneNode(true) as Document;
    removePromotions(clone);
    return new Readability<Node>(clone, { serializer: (node) => node, charThreshold }).parse();
  } catch {
    return null;
  }
}

/**
 * When Readability kept much less text than the page's story block (The Points Guy: the story sits in
 * div.above-footer, which Readability drops as a footer, leaving the advertiser disclosure), the threshold
 * for a second run that relaxes its flags until it reaches most of the story; else undefined.
 */
function shortOfTheStory(
  doc: Document,
  parsed: ReadabilityResult,
  storyChars: number | undefined,
): number | undefined {
  const kept = parsed?.textContent?.length ?? 0;
  // A long extraction is the story; only short ones are worth measuring the page's prose for.
  if (kept >= 1500) return undefined;
  // Detection measured the same page already; measure here only when no verdict came with one.
  const story = storyChars ?? measureProse(doc).storyChars;
  return story >= 800 && kept < story / 2 ? Math.round(story * 0.8) : undefined;
}

/** Without Readability: the page's paragraphs outside navigation, header, footer and asides. */
function fallbackText(doc: Document, maxChars: number): ArticleText {
  const container = doc.createElement('div');
  for (const p of byTag(doc.body ?? doc.documentElement, 'p')) {
    try {
      if (p.closest('nav, footer, aside, header, [role=navigation], [role=contentinfo]')) continue;
    } catch {
      /* no closest(): keep the paragraph */
    }
    if (textOf(p).length < 40) continue;
    const copy = doc.createElement('p');
    copy.textContent = p.textContent;
    container.appendChild(copy);
  }
  return articleText(container, maxChars);
}

/** Classes of a kicker or section label printed inside or above a headline ("Dachzeile", "overline"). */
const KICKER =
  /kicker|dachzeile|overline|topline|toptitle|pretitle|roofline|eyebrow|supertitle|rubric|flag|label|category|topic|subtitle|sub-heading/;
/** A byline or date block a theme nests inside its h1 ("<h1>Title<h4 class=author>Veröffentlicht von …</h4></h1>"). */
const NESTED_META = /(^|[\s_-])(author|byline|date|meta|posted-?on|entry-meta)([\s_-]|$)/;
const NESTED_BLOCK = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'time', 'p', 'div']);
/** Text only screen readers get ("<span class=visually-hidden>: </span>" between kicker and headline). */
const HIDDEN = /visually-?hidden|sr-only|screen-?reader/;

/** An h1's text without the kicker its markup sets apart (`<span class="dachzeile">` before the headline). */
function headlineText(h1: Element): string {
  const parts = Array.from(h1.children);
  const nestedMeta = (c: Element) => NESTED_BLOCK.has(tagOf(c)) && NESTED_META.test(classAndId(c));
  if (parts.some(nestedMeta)) {
    let own = '';
    for (let c = h1.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) own += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !nestedMeta(c as Element)) own += ` ${textOf(c as Element)} `;
    }
    own = own
      .replace(/\u00ad/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (own.length > 5) return own;
  }
  if (!parts.some((c) => KICKER.test(classAndId(c)))) return textOf(h1).replace(/\u00ad/g, '');
  let out = '';
  for (let c = h1.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += c.nodeValue ?? '';
    else if (
      c.nodeType === 1 &&
      !KICKER.test(classAndId(c as Element)) &&
      !HIDDEN.test(classAndId(c as Element))
    )
      out += ` ${textOf(c as Element)} `;
  }
  return out
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An archived copy's address: the Wayback Machine's "web.archive.org/web/<stamp>/<original address>". */
const ARCHIVED = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/i;

/** The address a link or page stands for: an archived copy's original address, else `href` read against `base`. */
function originalAddress(href: string, base: string): URL | undefined {
  try {
    const full = new URL(href, base).href;
    const archived = ARCHIVED.exec(full)?.[1];
    return new URL(archived ? (/^https?:/i.test(archived) ? archived : `http://${archived}`) : full);
  } catch {
    return undefined;
  }
}

/**
 * An h1 that is only a link to the site's home page (`<h1 id=site-title><a href="/">Rueda in Berlin</a></h1>`):
 * the theme's site name, not the article's headline.
 */
function isHomeLinkTitle(h1: Element, url: string): boolean {
  const links = byTag(h1, 'a');
  if (links.length !== 1 || textOf(links[0]).trim() !== textOf(h1).trim()) return false;
  const target = originalAddress(attr(links[0], 'href') ?? '', url);
  const page = originalAddress(url, url);
  if (!target || !page) return false;
  const host = (u: URL) => u.hostname.toLowerCase().replace(/^www\d?\./, '');
  return host(target) === host(page) && /^\/(?:index\.\w{2,5})?$/i.test(target.pathname) && !target.search;
}

/**
 * The post's title as its CMS prints it (`<h1 class="entry-title">`, WordPress and its kin) when the page
 * has one such h1 outside site chrome and no h2 post titles (a listing): the headline its reader sees, where
 * the og/document title is often an SEO rewrite ("Das beste X 2022 - Vergleich" above "Kaufratgeber: X").
 */
function postTitle(h1s: Element[], h2s: Element[]): string | undefined {
  const isPostTitle = (h: Element) => hasToken(attr(h, 'class'), 'entry-title');
  const posts = h1s.filter((h) => isPostTitle(h) && !isSiteChrome(h));
  if (posts.length !== 1 || h2s.some(isPostTitle)) return undefined;
  const text = headlineText(posts[0]).replace(/\s+/g, ' ').trim();
  return text.split(' ').length >= 4 && text.length < 300 ? text : undefined;
}

function headline(
  doc: Document,
  meta: MetaTags,
  ld: LdNode[],
  fromReadability: string | undefined,
  siteNames: string[],
  url: string,
): string | undefined {
  const ldHeadline = ld.map((n) => (typeof n.headline === 'string' ? n.headline : undefined)).find(Boolean);
  const allH1s = byTag(doc, 'h1');
  const h1s = allH1s.filter((h) => !isHomeLinkTitle(h, url));
  const h1 = h1s.map(headlineText).find((t) => t.length > 10 && t.length < 300);
  // The article's printed headlines: h1s outside the site's header, navigation and sidebars.
  const printed = h1s
    .filter((h) => !isSiteChrome(h))
    .map(headlineText)
    .filter((t) => t.length > 5 && t.length < 300)
    .slice(0, 5);
  const chromeH1s = h1s
    .filter((h) => isSiteChrome(h))
    .map(headlineText)
    .filter((t) => t.length > 10 && t.length < 300)
    .slice(0, 5);
  let docTitle = '';
  try {
    docTitle = doc.title;
  } catch {
    docTitle = '';
  }
  const h2s = byTag(doc, 'h2').slice(0, 20);
  const openGraph = firstMeta(meta, ['og:title', 'twitter:title']);
  const chosen = chooseHeadline(
    {
      readability: fromReadability,
      jsonLd: ldHeadline,
      openGraph,
      h1,
      documentTitle: docTitle,
      headings: allH1s.concat(h2s).slice(0, 20).map(textOf),
      printed,
      chromeH1s,
    },
    siteNames,
    url,
  );
  if (!chosen) return chosen;
  const entry = postTitle(h1s, h2s);
  if (entry && entry !== chosen) return entry;
  if (printed.length) return chosen;
  // No h1 in the article: the h2 its header prints as the headline, its kicker apart.
  const headings = h2s.filter((h) => isHeadlineHeading(h) && !isSiteChrome(h)).map(headlineText);
  return (headings.length && articleHeading(headings, chosen)) || chosen;
}

/**
 * The page's `<link rel=canonical>` as an absolute web address, when it names another address than `url` on
 * the same site (a canonical URL on another site is ignored: the history is keyed by it) and is not absurdly long.
 */
function canonicalUrl(doc: Document, url: string): string | undefined {
  const link = byTag(doc, 'link').find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''));
  const href = link?.getAttribute('href')?.trim();
  if (!href || href.length > MAX_URL_CHARS) return undefined;
  try {
    const absolute = new URL(href, url);
    if (!/^https?:$/.test(absolute.protocol)) return undefined;
    if (/^https?:/i.test(url) && !isOwnCanonical(url, absolute.href)) return undefined;
    return absolute.href !== url ? absolute.href : undefined;
  } catch {
    return undefined;
  }
}

/** Extract the article of `doc` (which is only read, never changed). */
export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): Article {
  return withTagIndex(doc, () => readArticle(doc, url, opts));
}

function readArticle(doc: Document, url: string, opts: ExtractOptions): Article {
  const maxChars = opts.maxChars ?? Infinity;
  let verdict = opts.verdict;
  try {
    verdict ??= detectNews(doc, url);
    if (!doc?.documentElement) throw new Error('The document is empty');
    const meta = readMetaTags(doc);
    const ld = readJsonLd(doc);
    let parsed = runReadability(doc);
    const retry = shortOfTheStory(doc, parsed, verdict.storyChars);
    if (retry) {
      const again = runReadability(doc, retry);
      if ((again?.textContent?.length ?? 0) > (parsed?.textContent?.length ?? 0)) parsed = again;
    }
    let body: ArticleText;
    if (parsed?.content && (parsed.content as Element).nodeType === 1) {
      const root = parsed.content as Element;
      cleanArticleContent(root);
      restoreSplitStory(doc, root);
      body = articleText(root, maxChars);
      if (body.text.length < 80) {
        const fallback = fallbackText(doc, maxChars);
        if (fallback.text.length > body.text.length) body = fallback;
      }
    } else {
      body = fallbackText(doc, maxChars);
    }
    const found = findPublisher(ld, meta, url) ?? parsed?.siteName ?? undefined;
    const noName = found && (isAddressLike(found) || isHostingWord(found));
    const publisher = noName ? (outletForUrl(url) ?? undefined) : found;
    const siteNames = [
      publisher,
      parsed?.siteName,
      firstMeta(meta, ['og:site_name', 'application-name']),
    ].filter((s): s is string => !!s);
    const title = headline(doc, meta, ld, parsed?.title ?? undefined, siteNames, url);
    const byline =
      findByline(doc, ld, meta, body.text, url) ?? (parsed?.byline ? cleanByline(parsed.byline) : undefined);
    const dates = findPageDates(doc, url, ld, meta, isMonthFirst(doc, meta, url), opts.readAt);
    const language =
      findLanguage(doc, ld, meta) ?? (parsed?.lang ? parsed.lang.slice(0, 2).toLowerCase() : undefined);
    const article: Article = {
      url,
      isNews: verdict.isNews,
      newsScore: verdict.newsScore,
      newsReasons: verdict.reasons,
      text: body.text,
      paragraphs: body.paragraphs,
      hints: body.hints,
    };
    if (title) article.title = title;
    if (publisher) article.publisher = publisher;
    if (byline) {
      // "By A. Reporter and B. Reporter, Associated Press": the people are the byline, the agency its credit.
      const wire = splitWireCredit(withoutSiteCredit(byline, siteNames, url));
      article.byline = wire.byline;
      if (wire.agency) article.agency = wire.agency;
    }
    if (dates.publishedAt) article.publishedAt = dates.publishedAt;
    if (dates.modifiedAt) article.modifiedAt = dates.modifiedAt;
    if (language) article.language = language;
    const canonical = canonicalUrl(doc, url);
    if (canonical) article.canonicalUrl = canonical;
    return article;
  } catch (error) {
    return {
      url,
      isNews: false,
      newsScore: verdict?.newsScore ?? 0,
      newsReasons: [
        ...(verdict?.reasons ?? []),
        `Extraction failed (${(error as Error).message}); the page may be empty or broken`,
      ],
      text: '',
      paragraphs: [],
    };
  }
}
