/**
 * Which part of the page a date sits in: the article's own header/meta (keep) or site chrome such as
 * navigation, the masthead's "today", sidebars, related lists, comments and the site footer (ignore).
 */
import { attr, classAndId, tagOf } from './dom';

/** Class/id words that mark site chrome wherever they appear in a token ("l-sidebar", "js-related"). */
const CHROME_ANYWHERE =
  /(^|[\s_-])(navbar|sidebar|related|recommend(ed|ations?)?|more-?stories|trending|popular|most-?read|teaser|promo|comments?|breadcrumbs?|ticker|weather|current-?date|blogroll|copyright)([\s_-]|$)/;
/** Words that mark chrome only at the start of a token: "footer" and "site-footer", not "post-footer". */
const CHROME_TOKEN_START =
  /(^|\s)(nav|menu|masthead|site-?header|top-?bar|header-top|footer|site-?footer|widget|widget-?area|today|archive)([\s_-]|$)/;
/** Layout modifiers that name a sidebar beside the content, not a sidebar: "has-double-sidebar", "no-sidebar". */
const LAYOUT_MODIFIER = /(^|\s)(has|with|no|without)-[\w-]*/g;
/** Containers of one post or article: nothing above them can make a date site chrome. */
const CONTENT_MARKER =
  /(^|\s)(hentry|h-entry|type-post|blog-posts|date-outer|post-outer|article-?body|story-?body|entry-content|post-content|single-post)(\s|$)/;
/** A box of facts about the article (its date, source, author) by its class: "meta", "entry-meta", "article-info". */
const META_BOX = /(^|[\s_-])(meta|byline|dateline|(?:article|post|entry)-?(?:meta|info|details))([\s_-]|$)/;
/** Header/footer elements that belong to an article rather than the site. */
const ARTICLE_PART = /(entry|post|article|story|content|page-header|headline|title|blog|meta|info|data)/;

function isContentContainer(a: Element, tag: string): boolean {
  if (tag === 'article' || tag === 'main') return true;
  if (attr(a, 'role') === 'main' || /articlebody/i.test(attr(a, 'itemprop') ?? '')) return true;
  return CONTENT_MARKER.test(classAndId(a));
}

/** The headline's ancestors, computed once per headline: `contains` walks a whole subtree in some DOMs. */
const headlineAncestors = new WeakMap<Element, Set<Element>>();

function holds(a: Element, headline: Element | null | undefined): boolean {
  if (!headline) return false;
  let ancestors = headlineAncestors.get(headline);
  // Recompute when the page moved the headline since (clean-up passes edit the document).
  if (!ancestors || !ancestors.has(headline.parentElement ?? headline)) {
    ancestors = new Set();
    try {
      for (let cur: Element | null = headline; cur; cur = cur.parentElement) ancestors.add(cur);
    } catch {
      /* detached or unreadable: what was collected stands */
    }
    headlineAncestors.set(headline, ancestors);
  }
  return ancestors.has(a);
}

/**
 * Is `el` inside site chrome? Walks up to `depth` ancestors and stops at the article's own container
 * (or any element holding the article's `headline`: a layout wrapper named "sidebar" is not a sidebar).
 * <header>, <footer> and <aside> count as chrome only outside an article and without an article-like class.
 */
export function isSiteChrome(el: Element, headline?: Element | null, depth = 14): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && i < depth; i++, cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (isContentContainer(cur, tag) || holds(cur, headline)) return false;
    if (tag === 'nav') return true;
    const role = attr(cur, 'role');
    const ci = classAndId(cur);
    // <aside role="complementary" class="meta"> beside the intro is the article's meta box, not a sidebar.
    if (role === 'navigation' || role === 'contentinfo') return true;
    if ((role === 'banner' || role === 'complementary') && !META_BOX.test(ci)) return true;
    if (
      (tag === 'header' || tag === 'footer' || tag === 'aside') &&
      !ARTICLE_PART.test(ci) &&
      !insideArticle(cur)
    )
      return true;
    // The line right above or below the headline is the article's kicker or dateline, whatever its class.
    if (headline && (cur.nextElementSibling === headline || cur.previousElementSibling === headline))
      return false;
    if (CHROME_TOKEN_START.test(ci)) return true;
    const chrome = CHROME_ANYWHERE.exec(ci.replace(LAYOUT_MODIFIER, ' '));
    // An <article>'s own side column (fact box, byline panel) belongs to the article, not the site.
    if (chrome && !(chrome[2] === 'sidebar' && insideArticleTag(cur))) return true;
  }
  return false;
}

function insideArticle(el: Element): boolean {
  for (let cur = el.parentElement, i = 0; cur && i < 20; cur = cur.parentElement, i++) {
    const tag = tagOf(cur);
    if (isContentContainer(cur, tag)) return true;
  }
  return false;
}

function insideArticleTag(el: Element): boolean {
  for (let cur = el.parentElement, i = 0; cur && i < 20; cur = cur.parentElement, i++) {
    if (tagOf(cur) === 'article') return true;
  }
  return false;
}
