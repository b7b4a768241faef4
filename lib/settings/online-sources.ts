/**
 * The online sources a reader may switch on, each with exactly what it sends and to which hosts: the
 * options page shows these words, and switching a source on asks the browser for exactly these hosts.
 */
import type { OnlineSources } from './settings';

/** One opt-in online source. */
export interface OnlineSource {
  key: keyof OnlineSources;
  name: string;
  /** What leaves the computer, in plain words. */
  sends: string;
  /** What never leaves it. */
  neverSends: string;
  /** Host permissions (match patterns) the source needs; all are optional_host_permissions in the manifest. */
  origins: string[];
}

/** Every online source, in the order the options page lists them. All are off by default. */
export const ONLINE_SOURCES: readonly OnlineSource[] = [
  {
    key: 'wikipedia',
    name: 'Wikipedia summaries',
    sends:
      'The title of the Wikipedia article linked to a card you open (for example “National_Cyber_Security_Centre”), to en.wikipedia.org, to fetch its short summary.',
    neverSends: 'The page you are reading, its address or its text.',
    origins: ['https://*.wikipedia.org/*'],
  },
  {
    key: 'wikidata',
    name: 'Wikidata facts',
    sends:
      'The Wikidata identifier of a card you open (for example “Q7334”), to www.wikidata.org, to fetch current facts such as leader or headquarters.',
    neverSends: 'The page you are reading, its address or its text.',
    origins: ['https://www.wikidata.org/*'],
  },
  {
    key: 'feeds',
    name: 'News feeds for related coverage',
    sends:
      'A plain request for each RSS or Atom feed you subscribe to, to that feed’s own site, about once an hour, to find other reports of the stories you read.',
    neverSends: 'What you read: feeds are fetched whole and matched on your computer.',
    origins: ['https://*/*', 'http://*/*'],
  },
];

/** The host patterns a set of switched-on sources needs. */
export function originsFor(online: OnlineSources): string[] {
  return [...new Set(ONLINE_SOURCES.filter((s) => online[s.key]).flatMap((s) => s.origins))];
}
