/**
 * Is this page a news article? A cheap gate that rules out pages with no sign of one, then a full decision
 * that weighs structured data, bylines and datelines, prose mass and URL shape against the shapes of
 * section fronts, video/podcast pages, search results and home pages. Never throws.
 */
import { byTag, selectOne } from './dom';
import { ldTypes, readJsonLd, ARTICLE_TYPES, NEWS_TYPES, type LdNode } from './json-ld';
import { firstMeta, readMetaTags } from './meta-tags';
import { newsSigns } from './news-signs';
import { pageKindSigns } from './page-kind';
import { measureProse } from './prose';
import { urlShape } from './url-shape';

/** The detection result: decision, a 0..1 score, and human-readable reasons. */
export interface NewsVerdict {
  isNews: boolean;
  newsScore: number;
  reasons: string[];
  /** Characters of story prose in the page's largest block (measureProse), for extraction to reuse. */
  storyChars?: number;
}

const ARTICLE_LD =
  /"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report)"/;

/**
 * Cheap check (well under a millisecond): false means "certainly not an article", so the expensive pass
 * is skipped. Reads the URL, the <head> and whether an <article>/articleBody or a few paragraphs exist.
 */
export function quickNewsGate(doc: Document, url: string): boolean {
  try {
    if (!doc || !doc.documentElement || !doc.body?.firstElementChild) return false;
    // A saved file or a page without an address says nothing by its path ("/input.html" is no section page).
    const shape = /^https?:/i.test(url)
      ? urlShape(url)
      : { articleLike: false, nonArticle: false, media: false, hasDate: false };
    if (shape.articleLike) return true;
    const head = doc.head;
    if (head) {
      for (const el of Array.from(head.children)) {
        const tag = el.tagName.toLowerCase();
        if (tag === 'meta') {
          const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
          if (key === 'og:type' && /article/i.test(el.getAttribute('content') ?? '')) return true;
          if (key === 'article:published_time') return true;
        } else if (
          tag === 'script' &&
          /ld\+json/i.test(el.getAttribute('type') ?? '') &&
          ARTICLE_LD.test(el.textContent ?? '')
        ) {
          return true;
        }
      }
    }
    if (selectOne(doc, 'article, [itemprop~="articleBody"], [itemtype*="Article"]')) return true;
    if (shape.nonArticle) return false;
    // No markup at all: let pages with some paragraphs through to the full check.
    return (doc.body?.getElementsByTagName('p').length ?? 0) >= 4;
  } catch {
    return false;
  }
}

/** One weighed signal. */
interface Signal {
  weight: number;
  reason: string;
}

function structuredSignals(ld: LdNode[], ogType: string | undefined, hasPublished: boolean): Signal[] {
  const out: Signal[] = [];
  const types = ld.flatMap(ldTypes);
  if (types.some((t) => NEWS_TYPES.has(t))) out.push({ weight: 2.2, reason: 'JSON-LD says NewsArticle' });
  else if (types.some((t) => ARTICLE_TYPES.has(t)))
    out.push({ weight: 1.6, reason: 'JSON-LD says Article/BlogPosting' });
  if (
    types.some((t) =>
      /^(videoobject|podcastepisode|podcastseries|audioobject|imagegallery|mediagallery)$/.test(t),
    ) &&
    !types.some((t) => ARTICLE_TYPES.has(t))
  )
    out.push({ weight: -1.5, reason: 'JSON-LD says video/podcast/gallery' });
  if (
    types.some((t) =>
      /^(collectionpage|itemlist|searchresultspage|profilepage|product|recipe|event)$/.test(t),
    ) &&
    !types.some((t) => ARTICLE_TYPES.has(t))
  )
    out.push({ weight: -1.2, reason: 'JSON-LD says collection/list/product page' });
  if (ogType) {
    if (/article/i.test(ogType)) out.push({ weight: 1.2, reason: 'og:type=article' });
    else if (/video|music|profile|product|book/i.test(ogType))
      out.push({ weight: -1.2, reason: `og:type=${ogType}` });
    else if (/website/i.test(ogType)) out.push({ weight: -0.6, reason: 'og:type=website' });
  }
  if (hasPublished) out.push({ weight: 0.8, reason: 'has a publication time' });
  return out;
}

/** Full decision; the score is a logistic squash of weighed signals. Never throws. */
export function detectNews(doc: Document, url: string): NewsVerdict {
  try {
    if (!doc || !doc.documentElement || !doc.body)
      return { isNews: false, newsScore: 0, reasons: ['The page has no body'] };
    if (byTag(doc, 'frameset').length)
      return { isNews: false, newsScore: 0, reasons: ['The page is a frameset'] };
    const meta = readMetaTags(doc);
    const ld = readJsonLd(doc);
    const ogType = firstMeta(meta, ['og:type']);
    const published = firstMeta(meta, [
      'article:published_time',
      'datepublished',
      'parsely-pub-date',
      'sailthru.date',
      'dc.date',
      'date',
      'pubdate',
    ]);
    const ldPublished = ld.some((n) => typeof n.datePublished === 'string');
    const signals = structuredSignals(ld, ogType, !!published || ldPublished);
    // A saved file or a page without an address says nothing by its path ("/input.html" is no section page).
    const shape = /^https?:/i.test(url)
      ? urlShape(url)
      : { articleLike: false, nonArticle: false, media: false, hasDate: false };
    if (shape.hasDate) signals.push({ weight: 0.8, reason: 'date in the URL' });
    else if (shape.articleLike) signals.push({ weight: 0.6, reason: 'article-like URL' });
    if (shape.nonArticle) signals.push({ weight: -1.2, reason: 'section/tag/search/home URL' });
    if (shape.media) signals.push({ weight: -1.4, reason: 'video/podcast/gallery URL' });

    if (selectOne(doc, '[itemprop~="articleBody"], [itemprop~="articlebody"]'))
      signals.push({ weight: 0.8, reason: 'has articleBody' });
    const articles = byTag(doc, 'article').length;
    if (articles === 1 || articles === 2) signals.push({ weight: 0.4, reason: 'one <article>' });
    else if (articles >= 6) signals.push({ weight: -0.8, reason: `${articles} <article> teasers` });
    if (
      selectOne(doc, '[rel~="author"], [itemprop~="author"], .byline, [class*="byline"]') ||
      firstMeta(meta, ['author', 'parsely-author', 'article:author'])
    )
      signals.push({ weight: 0.4, reason: 'has a byline' });

    const prose = measureProse(doc);
    const story = prose.storyChars;
    const proseWeight =
      story >= 2500 ? 1.8 : story >= 1500 ? 1.3 : story >= 800 ? 0.8 : story >= 400 ? -0.4 : -2;
    signals.push({
      weight: proseWeight,
      reason: `${Math.round(story)} characters of story text in one block (${prose.longParagraphs} long paragraphs)`,
    });
    if (story >= 800) {
      // What a story prints whatever the site's markup: a dated headline, a dateline, an agency's credit.
      const signs = newsSigns(doc);
      if (signs.datedHeadline) signals.push({ weight: 0.6, reason: 'a date line under the headline' });
      if (signs.dateline) signals.push({ weight: 0.5, reason: 'opens with a dateline' });
      if (signs.agency) signals.push({ weight: 0.5, reason: "a news agency's credit" });
    }
    const linkShare = prose.linkChars / Math.max(1, prose.linkChars + prose.paragraphChars);
    if (prose.headlineLinks > 25 && story < 1500)
      signals.push({ weight: -1.0, reason: `${prose.headlineLinks} headline links, little prose` });
    if (linkShare > 0.75) signals.push({ weight: -0.8, reason: 'mostly links' });
    // Tutorials, recipes, wikis, about pages, fiction, listicles: article-shaped pages that are not news.
    for (const sign of pageKindSigns(doc, {
      url,
      ldTypes: ld.flatMap(ldTypes),
      meta: (keys) => firstMeta(meta, keys),
      storyChars: story,
      longParagraphs: prose.longParagraphs,
    }))
      signals.push({ weight: sign.weight, reason: sign.reason });

    const total = signals.reduce((s, x) => s + x.weight, 0) - 0.9;
    const newsScore = Math.round((1 / (1 + Math.exp(-total))) * 1000) / 1000;
    const reasons = signals
      .filter((s) => s.weight !== 0)
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
      .map((s) => s.reason);
    return { isNews: newsScore >= 0.5, newsScore, reasons, storyChars: story };
  } catch (error) {
    return {
      isNews: false,
      newsScore: 0,
      reasons: [
        `Detection failed on this page (${(error as Error).message}); analyse it anyway from the popup`,
      ],
    };
  }
}
