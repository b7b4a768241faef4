import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createLinker, decompressKb, parseKb } from '../../../lib/kb/index';
import { SEED_CARDS, SEED_EXCERPT, SEED_PUBLISHED_AT } from '../../../fixtures/kb/seed-article';
import { NOT_PEOPLE } from '../../../data/kb-seed/not-people';

const gz = readFileSync(new URL('../../../assets/kb/kb.bin.gz', import.meta.url));
const kb = parseKb(gunzipSync(gz));
const linker = createLinker(kb);
const ctx = { publishedAt: SEED_PUBLISHED_AT, text: SEED_EXCERPT };

describe('the shipped KB', () => {
  it('is large enough and within its size budget', () => {
    expect(kb.size).toBeGreaterThanOrEqual(100_000);
    expect(gz.length).toBeLessThanOrEqual(12 * 1024 * 1024);
  });

  it('carries Wikidata ids, Wikipedia titles and dated roles from the new sources', () => {
    const trump = linker.get('person-donald-trump')!;
    expect(trump.wikidata).toBe('Q22686');
    expect(trump.wikipedia).toBe('Donald Trump');
    expect(linker.get('person-jeremy-corbyn')!.wikidata).toMatch(/^Q\d+$/);
    expect(linker.get('country-af')!.wikipedia).toBe('Afghanistan');
    const spurs = (kb.lookup('spurs') ?? []).map((i) => kb.entity(i));
    expect(spurs.map((e) => e.kind)).toContain('football club');
    const manUtd = kb.lookup('man utd')!.map((i) => kb.entity(i));
    expect(manUtd[0].name).toBe('Manchester United FC');
    // Politicians from the Wikidata-derived lists carry dated memberships.
    const mps = (kb.lookup('diane abbott') ?? []).map((i) => kb.entity(i));
    expect(mps.some((e) => e.roles?.some((r) => r.from && /Parliament/.test(r.title)))).toBe(true);
  });

  it("reads 'the Treasury' as the finance ministry of the story's country, and of no country when it is unknown", () => {
    const treasury = (country?: string) =>
      linker.link(
        { names: ['Treasury'], type: 'organization' },
        { text: 'The Treasury said the bonds would be sold on Tuesday.', ...(country ? { country } : {}) },
      )?.kbId;
    expect(treasury('US')).toBe('us-treasury-department');
    expect(treasury('GB')).toBe('gb-hm-treasury');
    expect(treasury()).toBeUndefined();
  });

  it('makes no popular-title person of a fictional character or a work (data/kb-seed/not-people.ts)', () => {
    for (const name of NOT_PEOPLE) {
      const people = (kb.lookup(name.toLowerCase()) ?? [])
        .map((i) => kb.entity(i))
        .filter((e) => e.type === 'person' && e.id.endsWith('-wp'));
      expect(
        people.map((e) => e.id),
        name,
      ).toEqual([]);
    }
  });

  it("tells a person's name from other words", () => {
    expect(kb.isPersonName('Abbott')).toBe(true);
    expect(kb.isPersonName('aaron')).toBe(true);
    expect(kb.isPersonName('Parliament')).toBe(false);
  });

  it.each(SEED_CARDS)('links %j to %s with the facts a reader needs', (names, kbId, mustShow) => {
    const result = linker.link({ names }, ctx);
    expect(result?.kbId).toBe(kbId);
    const card = linker.card(kbId, ctx);
    const shown = [card.title, card.description, ...card.facts.map((f) => f.value)].join(' | ');
    for (const text of mustShow) expect(shown).toContain(text);
    expect(card.source).not.toBe('');
  });

  it('spots the seed entities in the article text', () => {
    const ids = new Set(linker.spot(SEED_EXCERPT).map((s) => s.candidates[0]));
    for (const id of [
      'city-gb-london',
      'country-gb',
      'gb-labour-party',
      'gb-national-cyber-security-centre',
      'person-jeremy-corbyn',
      'city-gb-blackpool',
      'gb-the-sun',
      'fr-agence-france-presse',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('explains gzip input and decompresses with the platform stream', async () => {
    expect(() => parseKb(new Uint8Array(gz))).toThrow(/decompress/);
    const bytes = await decompressKb(new Uint8Array(gz));
    expect(parseKb(bytes).size).toBe(kb.size);
  });
});
