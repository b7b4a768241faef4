import { describe, expect, it } from 'vitest';
import { searchElsewhereLinks, storyQuery } from '@/lib/related';
import { analysisOf, cricketFinal, labourAttackWire } from '../../fixtures/related/stories';

describe('search elsewhere', () => {
  it('searches for the most mentioned names and a key phrase, short names for long official ones', () => {
    const query = storyQuery(analysisOf(labourAttackWire));
    expect(query).toBe('Labour Party NCSC Jeremy Corbyn cyber attack');
  });

  it('builds one news-search link per engine, with the query encoded, and requests nothing', () => {
    const links = searchElsewhereLinks(analysisOf(labourAttackWire));
    expect(links.map((l) => l.label)).toEqual([
      'Search Google News',
      'Search Bing News',
      'Search DuckDuckGo News',
    ]);
    expect(links[0].url).toBe(
      'https://news.google.com/search?q=Labour%20Party%20NCSC%20Jeremy%20Corbyn%20cyber%20attack',
    );
    for (const link of links) expect(new URL(link.url).protocol).toBe('https:');
  });

  it('still offers a search from the words when no entity was found', () => {
    const links = searchElsewhereLinks(analysisOf(cricketFinal));
    expect(links).toHaveLength(3);
    expect(decodeURIComponent(links[0].url)).toMatch(/q=\S+/);
  });
});
