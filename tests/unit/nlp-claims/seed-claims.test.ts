import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims, parseClaimsModel } from '../../../lib/nlp/claims';
import { splitSentences } from '../../../lib/nlp/sentences';
import { entitiesFor } from '../../../fixtures/nlp-claims/seed-entities';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/nlp-claims/${name}`, import.meta.url), 'utf8');
const text = fixture('labour-cyber-attack-2019.txt');
const expected = JSON.parse(fixture('seed-claims.json')) as {
  claims: Array<{ speaker: string; kind: string; text: string }>;
};
const model = parseClaimsModel(
  new Uint8Array(readFileSync(new URL('../../../assets/models/claims.bin', import.meta.url))),
);
const entities = entitiesFor(text);
const claims = extractClaims(text, splitSentences(text), entities, model);

describe('extractClaims on the seed article', () => {
  it.each(expected.claims)('finds "$text" as $kind by $speaker', (want) => {
    const got = claims.find((c) => c.text === want.text);
    expect(got, `claim not found: ${want.text}`).toBeDefined();
    expect(got!.kind).toBe(want.kind);
    expect(got!.speaker?.name).toBe(want.speaker);
    const entity = entities.find((e) => e.name === want.speaker)!;
    expect(got!.speaker?.entityId).toBe(entity.id);
  });

  it('reports exact offsets into the article text', () => {
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('scores every claim between 0 and 1', () => {
    for (const c of claims) {
      expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(c.checkworthiness).toBeLessThanOrEqual(1);
    }
  });

  it('does not make claims of the header, headline or page furniture', () => {
    const texts = claims.map((c) => c.text);
    expect(texts.some((t) => t.includes('Thursday, January 28 2021'))).toBe(false);
    expect(texts.some((t) => t.includes('play down cyber attack'))).toBe(false);
    expect(texts.some((t) => t.includes('Send Us Your Comments'))).toBe(false);
  });

  it('keeps the credit line out of the reported clause', () => {
    expect(claims.some((c) => c.text.includes('AFP'))).toBe(false);
  });
});
