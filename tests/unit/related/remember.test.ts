import { describe, expect, it } from 'vitest';
import { rememberFeedEntry, toRemembered } from '@/lib/related';
import { analysisOf, labourAttackPaper } from '../../fixtures/related/stories';

describe('what is remembered about an article', () => {
  it('keeps ids, short names, key terms and claims, but not the article text', () => {
    const remembered = toRemembered(
      analysisOf(labourAttackPaper),
      'history',
      'https://paper.example/politics/labour-says-cyber-attack-failed',
      42,
    );
    expect(remembered).toMatchObject({
      url: labourAttackPaper.url,
      canonicalUrl: 'https://paper.example/politics/labour-says-cyber-attack-failed',
      title: labourAttackPaper.title,
      publisher: 'The Paper Example',
      publishedAt: '2019-11-13T14:38:00Z',
      source: 'history',
      seenAt: 42,
    });
    expect(remembered.entityIds).toEqual(['gb-labour', 'gb-ncsc', 'gb-gchq', 'gb-jeremy-corbyn']);
    expect(remembered.entityNames).toEqual(['Labour Party', 'NCSC', 'GCHQ', 'Jeremy Corbyn']);
    expect(remembered.terms.slice(0, 3)).toContain('cyber attack');
    expect(remembered.claimSummary).toHaveLength(1);
    expect(JSON.stringify(remembered)).not.toContain('GCHQ sources said there was no evidence');
  });

  it('remembers unlinked entities by normalised name', () => {
    const analysis = analysisOf({
      ...labourAttackPaper,
      entities: [{ name: 'The Acme Widget Company', type: 'organization', surfaces: ['Labour'] }],
    });
    expect(toRemembered(analysis, 'history').entityIds).toEqual(['acme widget company']);
  });

  it('remembers a feed item from its title and summary', () => {
    const item = rememberFeedEntry(
      {
        title: 'Cyber attack on Labour failed, says NCSC',
        url: 'https://paper.example/a',
        summary: 'British security officials played down the attack.',
        publisher: 'Paper Example',
      },
      7,
    );
    expect(item).toMatchObject({ source: 'feed', seenAt: 7, url: 'https://paper.example/a' });
    expect(item.entityIds).toEqual(expect.arrayContaining(['labour', 'ncsc']));
    expect(item.terms).toContain('cyber attack');
  });
});
