/**
 * The online sources a reader may switch on, each with exactly what it sends and to which hosts: the
 * options page shows these words, and switching a source on asks the browser for exactly these hosts.
 */
import type { OnlineSources } from './settings';

/** One opt-in online source. */
export interface OnlineSource {
  key: keyof OnlineSources;
  name: string;
  /** What leaves the computer, and when, in plain words. */
  sends: string;
  /** What never leaves it. */
  neverSends: string;
  /**
   * Host permissions (match patterns) switching the source on asks for; all are optional_host_permissions
   * in the manifest. Empty for feeds: each subscription asks for that feed's own host only.
   */
  origins: string[];
  /** The sites, in words, when `origins` cannot list them. */
  sites?: string;
}

const NEVER_PAGE = 'The page you are reading, its address or its text. Nothing from private windows.';

/** Every online source, in the order the options page lists them. All are off by default. */
export const ONLINE_SOURCES: readonly OnlineSource[] = [
  {
    key: 'wikipedia',
    name: 'Wikipedia summaries',
    sends:
      'When you open a card (hover or focus a highlighted name, or click a card in the popup): the title of the Wikipedia article linked to that card (for example “National_Cyber_Security_Centre”), to en.wikipedia.org, to fetch its short summary. Answers are kept for a week.',
    neverSends: NEVER_PAGE,
    origins: ['https://*.wikipedia.org/*'],
  },
  {
    key: 'wikidata',
    name: 'Wikidata facts',
    sends:
      'When you open a card: its Wikidata identifier (for example “Q7334”); for a name the built-in knowledge base lacks, the name alone (for example “Jane Smith”), to search for it. To www.wikidata.org, to fetch facts such as what it is, its country, offices held and official website. An answer is shown only when its kind, name and country fit the article. Answers are kept for a week.',
    neverSends: NEVER_PAGE,
    origins: ['https://www.wikidata.org/*'],
  },
  {
    key: 'newsSearch',
    name: 'Related coverage search (GDELT and Google News)',
    sends:
      'When you open the popup on an article: up to four of its key names (for example “Labour Party” “National Cyber Security Centre”) and, to GDELT, a date window of a few days around its publication date; to api.gdeltproject.org and news.google.com, to find other reports of the same story. Results are ranked on your computer. Answers are kept for a day.',
    neverSends: NEVER_PAGE,
    origins: ['https://api.gdeltproject.org/*', 'https://news.google.com/*'],
  },
  {
    key: 'feeds',
    name: 'News feeds for related coverage',
    sends:
      'A plain request for each RSS or Atom feed you subscribe to, to that feed’s own site, about once an hour, to find other reports of the stories you read.',
    neverSends: 'What you read: feeds are fetched whole and matched on your computer.',
    origins: [],
    sites: 'each subscribed feed’s own site, asked for when you subscribe',
  },
];
/** The host patterns a set of switched-on sources needs. */
export function originsFor(online: OnlineSources): string[] {
  return [...new Set(ONLINE_SOURCES.filter((s) => online[s.key]).flatMap((s) => s.origins))];
}
