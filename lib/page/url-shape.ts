/**
 * What a URL alone says about a page: article-like (dated path, long slug, story id) or
 * section-like (home page, tag/topic/search/video/podcast paths).
 */
import { dateFromUrl } from './date-parse';

/** Verdict of the URL alone. */
export interface UrlShape {
  /** Path has a date, a long hyphenated slug, or an article id. */
  articleLike: boolean;
  /** Home page, section, tag, topic, search, video, podcast, gallery, author or profile page. */
  nonArticle: boolean;
  /** Video or podcast path (a page that is mostly media). */
  media: boolean;
  hasDate: boolean;
}

const NON_ARTICLE_PATH =
  /(^|\/)(tags?|topics?|topic-pages?|search|section|sections|category|categories|author|authors|profile|people|label|archive|archives|sitemap|comments|hub|collections?|live-tv|shows?|schedule|newsletters?|subscribe|login|signup|account)(\/|$|\.)/i;
const MEDIA_PATH =
  /(^|\/)(video|videos|watch|live|podcasts?|audio|gallery|galleries|photos?|slideshow|pictures|av|media|clip|clips)(\/|$|\.)/i;

/** Classify a URL's path without touching the DOM. */
export function urlShape(url: string): UrlShape {
  let path = '';
  let search = '';
  try {
    const u = new URL(url);
    path = u.pathname;
    search = u.search;
  } catch {
    return { articleLike: false, nonArticle: false, media: false, hasDate: false };
  }
  const segments = path.split('/').filter(Boolean);
  const last = (segments[segments.length - 1] ?? '').replace(/\.(s?html?|php|aspx?)$/i, '');
  const hasDate = !!dateFromUrl(url);
  const slugWords = last.split(/[-_]+/).filter((w) => /[a-z]/i.test(w)).length;
  const hasId =
    /(^|[-_./])(\d{6,}|[a-z]*\d{5,}[a-z]*)($|[-_.])/i.test(last) ||
    /[?&](id|p|story_?id|article_?id)=\d+/i.test(search);
  const storyWord =
    /(^|\/)(story|article|articles|news|politics|world|business|opinion|[a-z]+-news|wirestory|\d{4})(\/|$)/i.test(
      path,
    );
  const home = segments.length === 0 && !/[?&](p|id)=/.test(search);
  // Slug words of media and list pages ('political-podcast-the-takeout', '...-slideshow-wp-1543', recipes).
  const media =
    MEDIA_PATH.test(path) ||
    /(^|[-_])(podcasts?|slideshow|gallery|photos|recipes?|livestream)([-_]|$)/i.test(segments.join('-'));
  const articleLike = hasDate || slugWords >= 4 || (hasId && (storyWord || slugWords >= 2));
  const nonArticle =
    home || NON_ARTICLE_PATH.test(path) || (segments.length === 1 && slugWords <= 2 && !hasId);
  return { articleLike, nonArticle, media, hasDate };
}
