import { describe, expect, it } from 'vitest';
import { capitalisedNames, keyTerms, normaliseName, normaliseTerm } from '@/lib/related';
import { labourAttackWire } from '../../fixtures/related/stories';

describe('key terms', () => {
  it('picks what the story is about, with repeated two-word phrases, and no filler words', () => {
    const terms = keyTerms(labourAttackWire.text, 12);
    expect(terms).toContain('cyber attack');
    expect(terms).toContain('labour');
    expect(terms).toContain('ncsc');
    for (const filler of ['said', 'the', 'on', 'tuesday', 'had']) expect(terms).not.toContain(filler);
    expect(terms).toHaveLength(12);
  });

  it('folds plurals and possessives so different wording still meets', () => {
    expect(normaliseTerm('Attacks')).toBe('attack');
    expect(normaliseTerm('parties')).toBe('party');
    expect(normaliseTerm("Labour's")).toBe('labour');
    expect(normaliseTerm('news')).toBe('news');
    expect(normaliseTerm('crisis')).toBe('crisis');
    expect(keyTerms('Cyber attacks hit. Another cyber attack.', 3)[0]).toBe('cyber attack');
  });

  it('never joins words across a full stop into a phrase', () => {
    expect(
      keyTerms('The vote was held in Leeds. Counting began. Leeds counting ended. Leeds. Counting.', 20),
    ).not.toContain('leeds counting');
  });

  it('is deterministic and honours k', () => {
    expect(keyTerms(labourAttackWire.text, 5)).toEqual(keyTerms(labourAttackWire.text, 5));
    expect(keyTerms('', 5)).toEqual([]);
  });
});

describe('names without a knowledge base', () => {
  it('finds capitalised names and acronyms, not sentence-initial common words', () => {
    const names = capitalisedNames(
      'The National Cyber Security Centre (NCSC) said Jeremy Corbyn was wrong. However, Labour disagreed.',
    ).map((n) => n.text);
    expect(names).toEqual(['National Cyber Security Centre', 'NCSC', 'Jeremy Corbyn', 'Labour']);
  });

  it('normalises names the same way whatever the accents, article or possessive', () => {
    expect(normaliseName('The Labour Party’s')).toBe('labour party');
    expect(normaliseName('Zoë  Ball')).toBe('zoe ball');
  });
});
