import { describe, expect, it } from 'vitest';
import type { Analysis, AnalysisEntity } from '@/lib/contract/types';
import {
  addWrongCard,
  normaliseWrongCards,
  removeWrongCard,
  reportFor,
  siteOf,
  withoutWrongCards,
} from '@/lib/settings';

const HITACHI: AnalysisEntity = {
  id: 'e1',
  name: 'Hitachi, Ibaraki',
  type: 'place',
  kbId: 'city-jp-hitachi',
  confidence: 0.8,
  mentions: [
    { start: 0, end: 7, text: 'Hitachi' },
    { start: 40, end: 47, text: 'Hitachi' },
  ],
  card: { title: 'Hitachi, Ibaraki', facts: [], links: [], source: 'Wikidata', licence: 'CC0' },
};
const TOKYO: AnalysisEntity = {
  ...HITACHI,
  id: 'e2',
  name: 'Tokyo',
  kbId: 'city-jp-tokyo',
  mentions: [{ start: 60, end: 65, text: 'Tokyo' }],
  card: { ...HITACHI.card!, title: 'Tokyo' },
};
const analysisAt = (url: string): Analysis =>
  ({
    article: { url, text: '' },
    entities: [HITACHI, TOKYO],
    claims: [],
    timeline: [],
    related: [],
  }) as unknown as Analysis;

describe('wrong-card reports', () => {
  it('keys a report by site and the name as the page writes it', () => {
    const report = reportFor(
      HITACHI,
      'https://www.example-news.com/business/1',
      new Date('2026-12-02T10:00:00Z'),
    )!;
    expect(report).toEqual({
      site: 'example-news.com',
      name: 'hitachi',
      kbId: 'city-jp-hitachi',
      title: 'Hitachi, Ibaraki',
      reportedAt: '2026-12-02T10:00:00.000Z',
    });
    expect(
      reportFor({ ...HITACHI, card: undefined, kbId: undefined }, 'https://example-news.com/'),
    ).toBeUndefined();
    expect(siteOf('not a url')).toBe('');
  });

  it('takes the card off that name on that site only, and undo brings it back', () => {
    const report = reportFor(HITACHI, 'https://example-news.com/a')!;
    const reports = addWrongCard(addWrongCard([], report), report);
    expect(reports).toHaveLength(1);
    const here = withoutWrongCards(analysisAt('https://www.example-news.com/b'), reports);
    expect(here.entities[0].kbId).toBeUndefined();
    expect(here.entities[0].card).toBeUndefined();
    expect(here.entities[0].mentions).toHaveLength(2);
    expect(here.entities[0].name).toBe('Hitachi');
    expect(here.entities[1].card?.title).toBe('Tokyo');
    const elsewhere = withoutWrongCards(analysisAt('https://other-paper.org/b'), reports);
    expect(elsewhere.entities[0].card?.title).toBe('Hitachi, Ibaraki');
    const undone = removeWrongCard(reports, report);
    expect(withoutWrongCards(analysisAt('https://example-news.com/b'), undone).entities[0].card?.title).toBe(
      'Hitachi, Ibaraki',
    );
  });

  it('drops malformed stored reports', () => {
    const good = reportFor(HITACHI, 'https://example-news.com/a')!;
    expect(normaliseWrongCards([good, { site: 'x' }, null, 'junk', { ...good, name: '' }])).toEqual([good]);
    expect(normaliseWrongCards('junk')).toEqual([]);
  });
});
