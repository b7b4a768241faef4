/**
 * A place or body's name that ends a work's title the tagger cut short (lib/analysis/work-title), from
 * sentences written for it, and through analyze() on a short text about a film.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import { endsOfWorkTitles, titleOpeningBefore } from '@/lib/analysis/work-title';
import type { Analysis } from '@/lib/contract/types';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

const spans = (text: string, word: string) => {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
    out.push({ start: i, end: i + word.length });
  return out;
};

describe('the opening of a title before a name', () => {
  it('is a capitalised word and "of the", "in the"…', () => {
    const text = 'She had a part in the drama Return of the Denver sequel.';
    expect(titleOpeningBefore(text, text.indexOf('Denver'))).toBe('Return of the ');
    const lake = 'The heist comedy Escape from the Geneva Vault opened.';
    expect(titleOpeningBefore(lake, lake.indexOf('Geneva'))).toBe('Escape from the ');
  });

  it('is not an office, a body or a place built the same way', () => {
    const office = 'He met the President of the United States in May.';
    expect(titleOpeningBefore(office, office.indexOf('United'))).toBeUndefined();
    const bank = 'She worked for the Bank of the Ozarks for years.';
    expect(titleOpeningBefore(bank, bank.indexOf('Ozarks'))).toBeUndefined();
    const plain = 'He moved to the Denver suburbs.';
    expect(titleOpeningBefore(plain, plain.indexOf('Denver'))).toBeUndefined();
  });
});

describe('mentions that end a work title', () => {
  it('are found inside a sentence, then wherever the same title stands', () => {
    const text =
      'The cult film Ghost in the Denver was remade. Ghost in the Denver opens with a storm. Denver itself was never shown.';
    const ends = endsOfWorkTitles(text, spans(text, 'Denver'));
    const [first, second, third] = spans(text, 'Denver').map((s) => s.start);
    expect(ends.has(first)).toBe(true);
    expect(ends.has(second)).toBe(true);
    expect(ends.has(third)).toBe(false);
  });

  it('are not found after the last word of a person’s name', () => {
    const text =
      'He played Sergeant Holloway in the BBC crime drama, and the Duke of Ashford in the Netflix series after that.';
    expect(endsOfWorkTitles(text, [...spans(text, 'BBC'), ...spans(text, 'Netflix')]).size).toBe(0);
  });

  it('are not found when the only capital before "of the" is a sentence’s first word', () => {
    const text = 'Citizens of the Netherlands vote today.';
    expect(endsOfWorkTitles(text, spans(text, 'Netherlands')).size).toBe(0);
  });
});

describe('through analyze()', () => {
  let analyse: (text: string) => Analysis;
  beforeAll(async () => {
    const analyzer = await nodeAnalyzer();
    analyse = (text) => analyzer.analyze(articleFromText(text));
  });

  it('gives the city at the end of a film title no card in a text about films', () => {
    const film =
      'The actor starred in the comedy film Return of the Phoenix in 2004, a box office flop. The film and its cast were praised, and the role led to a sitcom.';
    const phoenix = analyse(film).entities.filter((e) => e.mentions.some((m) => m.text === 'Phoenix'));
    expect(phoenix.filter((e) => e.card)).toEqual([]);
    const city = analyse('The family moved to Phoenix, Arizona, where the heat was hard to bear.');
    expect(city.entities.some((e) => e.kbId === 'city-us-phoenix' && e.card)).toBe(true);
  });
});
