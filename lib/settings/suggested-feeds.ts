/**
 * A short list of well-known publishers' public RSS feeds the options page offers to pick from. None is
 * subscribed by default; picking one asks the browser for that feed's site only.
 */

/** One feed a reader may subscribe to with a click. */
export interface SuggestedFeed {
  /** Who publishes it, as a reader knows them. */
  publisher: string;
  /** Which part of their coverage. */
  section: string;
  url: string;
}

/** UK and US outlets' public feeds, in the order the options page lists them. */
export const SUGGESTED_FEEDS: readonly SuggestedFeed[] = [
  { publisher: 'BBC News', section: 'UK', url: 'https://feeds.bbci.co.uk/news/uk/rss.xml' },
  { publisher: 'The Guardian', section: 'UK news', url: 'https://www.theguardian.com/uk-news/rss' },
  { publisher: 'Sky News', section: 'UK', url: 'https://feeds.skynews.com/feeds/rss/uk.xml' },
  { publisher: 'NPR', section: 'News', url: 'https://feeds.npr.org/1001/rss.xml' },
  {
    publisher: 'The New York Times',
    section: 'Home page',
    url: 'https://rss.nytimes.com/services/xml/rss/nyt/HomePage.xml',
  },
  { publisher: 'CBS News', section: 'Latest', url: 'https://www.cbsnews.com/latest/rss/main' },
];

/** The host permission a feed needs, as an origin pattern ("https://feeds.bbci.co.uk/*"). Throws on a non-URL. */
export function feedOrigin(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
