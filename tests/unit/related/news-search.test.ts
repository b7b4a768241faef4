import { describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/contract/types';
import {
  gdeltSearchUrl,
  googleNewsSearchUrl,
  parseGdeltArticles,
  parseGoogleNewsRss,
  searchTerms,
  searchWindow,
} from '@/lib/related/news-search';

const mention = (text: string) => ({ start: 0, end: text.length, text });
const analysis = {
  article: { isNews: true, newsScore: 1, text: '' },
  entities: [
    {
      id: 'e1',
      name: 'London',
      type: 'place',
      confidence: 1,
      mentions: [mention('London'), mention('London'), mention('London')],
    },
    {
      id: 'e2',
      name: 'Labour Party',
      type: 'organization',
      confidence: 1,
      mentions: [mention('Labour'), mention('Labour')],
    },
    { id: 'e3', name: 'Labour', type: 'organization', confidence: 0.3, mentions: [mention('Labour')] },
    {
      id: 'e4',
      name: 'National Cyber Security Centre of the United Kingdom',
      type: 'organization',
      confidence: 1,
      mentions: [mention('NCSC')],
    },
    {
      id: 'e5',
      name: 'the election',
      type: 'event',
      confidence: 1,
      mentions: [mention('the election'), mention('x'), mention('y')],
    },
  ],
  claims: [],
  timeline: [],
  related: [],
} as unknown as Analysis;

describe('news search requests', () => {
  it('sends names only: people and organisations before places, short forms of long names, no repeats', () => {
    expect(searchTerms(analysis)).toEqual(['Labour Party', 'NCSC', 'London']);
  });

  it('covers three days either side of the publication date, never the future', () => {
    const now = Date.parse('2019-11-14T00:00:00Z');
    const w = searchWindow('2019-11-13T12:00:00Z', now);
    expect(new Date(w.start).toISOString()).toBe('2019-11-10T12:00:00.000Z');
    expect(w.end).toBe(now);
    const url = new URL(gdeltSearchUrl(['Labour Party', 'NCSC'], w, 'https://api.gdeltproject.org')!);
    expect(url.pathname).toBe('/api/v2/doc/doc');
    expect(url.searchParams.get('query')).toBe('"Labour Party" NCSC');
    expect(url.searchParams.get('startdatetime')).toBe('20191110120000');
    expect(gdeltSearchUrl([], w)).toBeUndefined();
    expect(new URL(googleNewsSearchUrl(['Labour Party'])!).href).toBe(
      'https://news.google.com/rss/search?q=%22Labour+Party%22&hl=en&gl=US&ceid=US%3Aen',
    );
  });
});

describe('news search answers', () => {
  it('reads GDELT articles with ISO dates and outlets, dropping non-http(s) links and junk', () => {
    expect(
      parseGdeltArticles({
        articles: [
          {
            url: 'https://a.example/x',
            title: ' A  story ',
            seendate: '20191112T100000Z',
            domain: 'a.example',
          },
          { url: 'javascript:alert(1)', title: 'Hostile' },
          { url: 'data:text/html,x', title: 'Hostile' },
          null,
          { url: 'https://b.example/y' },
        ],
      }),
    ).toEqual([
      {
        title: 'A story',
        url: 'https://a.example/x',
        publishedAt: '2019-11-12T10:00:00Z',
        publisher: 'a.example',
      },
    ]);
    expect(parseGdeltArticles('not json')).toEqual([]);
    expect(parseGdeltArticles({ articles: 'x' })).toEqual([]);
  });

  it('reads Google News RSS: the outlet after the last " - " becomes the publisher', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>"x" - Google News</title>
      <item><title>Minister - and deputy - resign - The Paper</title><link>https://news.google.com/rss/articles/1</link></item>
      <item><title>Bad</title><link>javascript:alert(1)</link></item></channel></rss>`;
    expect(parseGoogleNewsRss(xml, 'https://news.google.com/rss/search?q=x')).toEqual([
      {
        title: 'Minister - and deputy - resign',
        url: 'https://news.google.com/rss/articles/1',
        publisher: 'The Paper',
      },
    ]);
  });
});
