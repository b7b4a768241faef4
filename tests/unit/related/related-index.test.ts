import { describe, expect, it } from 'vitest';
import { createRelatedIndex, toRemembered, type RememberedArticle } from '@/lib/related';
import {
  analysisOf,
  cricketFinal,
  hospitalRansomware,
  labourAttackPaper,
  labourAttackWire,
  labourManifesto,
  type StoryFixture,
} from '../../fixtures/related/stories';

const remember = (story: StoryFixture, extra: Partial<RememberedArticle> = {}) => ({
  ...toRemembered(analysisOf(story), 'history', undefined, 1),
  ...extra,
});

describe('related coverage ranking', () => {
  const history = [labourAttackWire, labourManifesto, hospitalRansomware, cricketFinal].map((s) =>
    remember(s),
  );

  it('lists the other report of the same story first, not the same-party or same-kind stories above it', () => {
    const index = createRelatedIndex(history);
    const related = index.rank(remember(labourAttackPaper));
    expect(related[0].url).toBe(labourAttackWire.url);
    expect(related.map((r) => r.url)).not.toContain(cricketFinal.url);
    const others = related.slice(1);
    for (const other of others) expect(other.score).toBeLessThan(related[0].score / 2);
  });

  it('explains the match with shared names and terms and the days between the reports', () => {
    const index = createRelatedIndex(history);
    const [top] = index.rank(remember(labourAttackPaper));
    expect(top.why).toMatch(/^shares /);
    expect(top.why).toMatch(/NCSC|Labour|cyber attack/);
    expect(top.why).toMatch(/; 1 day apart$/);
    expect(top.title).toBe(labourAttackWire.title);
    expect(top.publisher).toBe('Wire Example');
    expect(top.score).toBeGreaterThan(0);
    expect(top.score).toBeLessThanOrEqual(1);
  });

  it('shows nothing for an article unlike anything remembered', () => {
    const index = createRelatedIndex(history.filter((a) => a.url !== cricketFinal.url));
    expect(index.rank(remember(cricketFinal))).toEqual([]);
  });

  it('never lists the article itself, under its AMP, canonical or tracking-parameter addresses', () => {
    const paper = remember(labourAttackPaper);
    const index = createRelatedIndex([...history, paper]);
    const variants = [
      'https://paper.example/politics/labour-says-cyber-attack-failed',
      'https://amp.paper.example/politics/labour-says-cyber-attack-failed?utm_medium=social',
      'https://www.paper.example/politics/labour-says-cyber-attack-failed/#comments',
    ];
    for (const url of variants) {
      const urls = index.rank({ ...paper, url }, { limit: 10, minScore: 0 }).map((r) => r.url);
      expect(urls).not.toContain(paper.url);
      expect(urls).toContain(labourAttackWire.url);
    }
    const viaCanonical = index.rank(
      { ...paper, url: 'https://short.example/x1', canonicalUrl: labourAttackPaper.url },
      { minScore: 0 },
    );
    expect(viaCanonical.map((r) => r.url)).not.toContain(paper.url);
  });

  it('remembers an article once: adding it again under another address replaces it', () => {
    const index = createRelatedIndex(history);
    const before = index.size();
    index.add(
      remember(labourAttackWire, {
        url: 'https://wire.example/news/2019/11/12/labour-cyber-attack/amp',
        seenAt: 2,
      }),
    );
    expect(index.size()).toBe(before);
    const related = index.rank(remember(labourAttackPaper), { minScore: 0, limit: 10 });
    expect(related.filter((r) => r.title === labourAttackWire.title)).toHaveLength(1);
  });

  it('forgets removed articles', () => {
    const index = createRelatedIndex(history);
    index.remove('https://wire.example/news/2019/11/12/labour-cyber-attack');
    expect(index.size()).toBe(history.length - 1);
    expect(index.rank(remember(labourAttackPaper)).map((r) => r.url)).not.toContain(labourAttackWire.url);
  });

  it('ranks an old report of the same story below a fresh one (stories decay over days)', () => {
    const fresh = remember(labourAttackWire);
    const old = remember(labourAttackWire, {
      url: 'https://archive.example/labour-attack',
      publisher: 'Archive',
      publishedAt: '2019-09-01T10:00:00Z',
    });
    const index = createRelatedIndex([old, fresh]);
    const [first, second] = index.rank(remember(labourAttackPaper), { minScore: 0 });
    expect(first.url).toBe(fresh.url);
    expect(second.url).toBe(old.url);
    expect(second.score).toBeLessThan(first.score * 0.6);
    expect(second.why).toMatch(/73 days apart$/);
  });

  it('respects limit and minScore', () => {
    const index = createRelatedIndex(history);
    expect(index.rank(remember(labourAttackPaper), { limit: 1, minScore: 0 })).toHaveLength(1);
    expect(index.rank(remember(labourAttackPaper), { minScore: 1.01 })).toEqual([]);
  });

  it('keeps ranking correctly after many removals (compaction)', () => {
    const filler = Array.from({ length: 600 }, (_, i) => ({
      ...remember(cricketFinal),
      url: `https://sport.example/cricket/${i}`,
      terms: [`filler${i}`, 'cricket'],
    }));
    const index = createRelatedIndex([...filler, ...history]);
    for (let i = 0; i < 590; i++) index.remove(`https://sport.example/cricket/${i}`);
    expect(index.size()).toBe(history.length + 10);
    expect(index.rank(remember(labourAttackPaper))[0].url).toBe(labourAttackWire.url);
  });
});
