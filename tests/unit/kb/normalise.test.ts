import { describe, expect, it } from 'vitest';
import { normaliseAlias } from '../../../lib/kb/normalise';

/** The definition normaliseAlias keeps: NFD, marks off, lowercase, '&' as 'and', punctuation runs as one space. */
function reference(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('normaliseAlias', () => {
  it('folds case, accents, ampersands and punctuation the way the KB build keyed the aliases', () => {
    expect(normaliseAlias('U.S.')).toBe('u s');
    expect(normaliseAlias('AT&T')).toBe('at and t');
    expect(normaliseAlias('&Co')).toBe('and co');
    expect(normaliseAlias('  Procter & Gamble  ')).toBe('procter and gamble');
    expect(normaliseAlias('Mönchengladbach')).toBe('monchengladbach');
    expect(normaliseAlias("Lord 's")).toBe('lord s');
    expect(normaliseAlias('...')).toBe('');
  });

  it('gives the reference form for any ASCII or mixed text (the ASCII fast path changes nothing)', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const alphabet = 'aZ09 &.-_\'"\t\n,;()!é€ßİ';
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let n = rand(14); n > 0; n--)
        s += rand(3) ? String.fromCharCode(32 + rand(95)) : alphabet[rand(alphabet.length)];
      expect(normaliseAlias(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
