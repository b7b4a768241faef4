/**
 * The seed article end to end through the shipped data: what a reader should be shown
 * (fixtures/seed/expected.json, copied from the project's acceptance data).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import type { Analysis } from '@/lib/contract/types';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

const dir = resolve(import.meta.dirname, '../../../fixtures/seed');
const text = readFileSync(resolve(dir, 'labour-cyber-attack-2019.txt'), 'utf8');
const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as {
  entities: Array<{ name: string; type: string; surface: string[]; card?: string }>;
  timeline: Array<{ date: string; surface: string }>;
  claims: Array<{ speaker: string; kind: string; text: string }>;
};

let analysis: Analysis;
beforeAll(async () => {
  const analyzer = await nodeAnalyzer();
  analysis = analyzer.analyze(articleFromText(text, { publishedAt: '2019-11-13T14:38' }));
});

const entityNamed = (name: string) =>
  analysis.entities.find((e) => e.name === name || e.card?.title === name || e.name.includes(name));

describe('seed article: entities and cards', () => {
  for (const want of expected.entities) {
    it(`finds ${want.name} (${want.type}) with its capitalised surface forms`, () => {
      const entity = entityNamed(want.name);
      expect(entity, `no entity named ${want.name}`).toBeDefined();
      expect(entity!.type).toBe(want.type);
      expect(entity!.kbId).toBeTruthy();
      const surfaces = new Set(entity!.mentions.map((m) => m.text.toLowerCase()));
      for (const s of want.surface.filter((s) => /^[A-Z]/.test(s) && !/^(The|This|An?) /.test(s))) {
        expect([...surfaces], `${want.name} should be mentioned as '${s}'`).toContain(s.toLowerCase());
      }
      for (const m of entity!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    });
  }

  it('describes the NCSC as part of GCHQ, and Corbyn as Labour leader at the time', () => {
    const ncsc = entityNamed('National Cyber Security Centre')!;
    expect(JSON.stringify(ncsc.card)).toMatch(/GCHQ/);
    expect(JSON.stringify(ncsc.card)).toMatch(/2016/);
    expect(JSON.stringify(entityNamed('Jeremy Corbyn')!.card)).toMatch(/Leader of the Labour Party/);
    expect(JSON.stringify(entityNamed('Labour Party')!.card)).toMatch(/Corbyn/);
  });

  it('dates the election on the article’s clock: 12 December 2019, 29 days later', () => {
    const election = analysis.entities.find((e) => e.type === 'event' && /2019/.test(e.name))!;
    expect(election, 'the 2019 general election').toBeDefined();
    const card = JSON.stringify(election.card);
    expect(card).toMatch(/12 December 2019/);
    expect(card).toMatch(/29 days after/);
  });
});

describe('seed article: timeline', () => {
  it('resolves every expected date against the publication date, not the page header', () => {
    const dates = analysis.timeline.map((t) => t.date);
    for (const want of expected.timeline) expect(dates).toContain(want.date);
    expect(dates).not.toContain('2021-01-28');
    expect(analysis.timeline.find((t) => t.isPublication)?.date).toBe('2019-11-13');
  });
});

describe('seed article: claims and speakers', () => {
  for (const want of expected.claims) {
    it(`${want.speaker}: “${want.text.slice(0, 50)}…”`, () => {
      const claim = analysis.claims.find(
        (c) => c.text.includes(want.text) || (want.text.includes(c.text) && c.text.length > 20),
      );
      expect(claim, `no claim with text '${want.text}'`).toBeDefined();
      expect(claim!.kind).toBe(want.kind);
      expect(claim!.speaker?.name).toBe(want.speaker);
      expect(text.slice(claim!.start, claim!.end)).toBe(claim!.text);
      expect(claim!.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(claim!.checkworthiness).toBeLessThanOrEqual(1);
    });
  }
});
