import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisEntity } from '@/lib/contract/types';
import { groupEntities, mergeMentions, resolveCoreference } from '@/lib/nlp/entities';
import { SEED_KB, seedSpots, seedTags } from '../../fixtures/nlp-entities/seed-finders';

const text = readFileSync(
  join(__dirname, '../../fixtures/nlp-entities/labour-cyber-attack-2019.txt'),
  'utf8',
);

/** The seed pipeline up to coreference, linking each group by its KB candidates as the linker would. */
function seedEntities(): AnalysisEntity[] {
  const candidates = mergeMentions(text, seedSpots(text), seedTags(text), (id) => SEED_KB[id]?.type);
  const groups = groupEntities(text, candidates);
  const entities = groups.map((g, i) => ({
    id: `e${i + 1}`,
    name: g.kbCandidates?.[0] ? SEED_KB[g.kbCandidates[0]].name : g.name,
    type: g.type,
    kbId: g.kbCandidates?.[0],
    confidence: 0.9,
    mentions: g.mentions,
  }));
  return resolveCoreference(text, entities, (id) => SEED_KB[id]?.kind);
}

const surfaces = (entities: AnalysisEntity[], kbId: string) =>
  new Set(entities.find((e) => e.kbId === kbId)?.mentions.map((m) => m.text) ?? []);

describe('the seed article, from finder output to entities', () => {
  const entities = seedEntities();

  it('makes one entity of "National Cyber Security centre", "NCSC" and "The agency"', () => {
    const ncsc = entities.filter((e) => [...e.mentions].some((m) => m.text === 'NCSC'));
    expect(ncsc).toHaveLength(1);
    expect(surfaces(entities, 'gb-ncsc')).toEqual(
      new Set(['National Cyber Security centre', 'NCSC', 'The agency']),
    );
  });

  it('gives Labour its name variants and "the party", but not "a political party" or "the major parties"', () => {
    const labour = surfaces(entities, 'gb-labour');
    for (const s of ['Labour', 'Labour Party', 'the party', 'The party', 'the main opposition Labour Party'])
      expect(labour).toContain(s);
    const texts = entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(texts.some((t) => /parties|political party/.test(t))).toBe(false);
  });

  it('describes GCHQ as "Britain\'s spy agency GCHQ" and keeps Britain a separate place', () => {
    expect(surfaces(entities, 'gb-gchq')).toEqual(new Set(['GCHQ', "Britain's spy agency GCHQ"]));
    expect(surfaces(entities, 'gb')).toEqual(new Set(['British', 'Britain']));
  });

  it('joins "Jeremy Corbyn" and "Corbyn" into one person', () => {
    const corbyn = entities.filter((e) => e.type === 'person');
    expect(corbyn).toHaveLength(1);
    expect(new Set(corbyn[0].mentions.map((m) => m.text))).toEqual(new Set(['Jeremy Corbyn', 'Corbyn']));
  });

  it('reads the dateline as the place London and drops junk spans', () => {
    expect(surfaces(entities, 'london')).toEqual(new Set(['LONDON']));
    expect(entities.find((e) => e.kbId === 'london')?.type).toBe('place');
    const texts = entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(texts).not.toContain('It');
    expect(texts).not.toContain('Update');
  });

  it('keeps The Sun and AFP as themselves (the tabloid is not "the agency")', () => {
    expect(surfaces(entities, 'the-sun')).toEqual(new Set(['The Sun']));
    expect(surfaces(entities, 'afp')).toEqual(new Set(['AFP']));
  });

  it('reports every mention at its exact offsets', () => {
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
