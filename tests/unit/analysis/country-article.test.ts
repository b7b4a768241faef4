/**
 * 'The' before a country's name that takes none names something called after the country
 * (lib/analysis/country-article), from sentences written for it, and through analyze().
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import { isCountryNameAfterThe } from '@/lib/analysis/country-article';
import type { Analysis } from '@/lib/contract/types';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

const after = (text: string, name: string) =>
  isCountryNameAfterThe(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('a country’s name after "the"', () => {
  it('names a place called after the country when it stands as a noun', () => {
    expect(after('We had dinner at the Portugal, then walked home.', 'Portugal')).toBe(true);
    expect(after('They rowed down the Jordan in the morning.', 'Jordan')).toBe(true);
    expect(after('Rooms at the Peru were cheap.', 'Peru')).toBe(true);
  });

  it('is the country before a noun, without "the", and where the name takes "the"', () => {
    expect(after('Talks with the Portugal government resumed.', 'Portugal')).toBe(false);
    expect(after('They flew to Portugal, then home.', 'Portugal')).toBe(false);
    expect(after('Trade with the Netherlands grew.', 'Netherlands')).toBe(false);
    expect(after('Aid reached the Gambia, officials said.', 'Gambia')).toBe(false);
    expect(after('Troops left the Ukraine in 1991.', 'Ukraine')).toBe(false);
    expect(
      after('Aid to the Democratic Republic of the Congo rose.', 'Democratic Republic of the Congo'),
    ).toBe(false);
    expect(after('Relations between the Portugal and Spain teams soured.', 'Portugal')).toBe(false);
  });
});

describe('through analyze()', () => {
  let analyse: (text: string) => Analysis;
  beforeAll(async () => {
    const analyzer = await nodeAnalyzer();
    analyse = (text) => analyzer.analyze(articleFromText(text));
  });

  it('gives a hotel named after a country no country card, and keeps the country elsewhere', () => {
    const hotel = analyse(
      'Between the sessions we had lunch at the Luxembourg. On Friday we walked back from the Luxembourg, past the river.',
    );
    expect(hotel.entities.some((e) => e.kbId === 'country-lu' && e.card)).toBe(false);
    const country = analyse('Luxembourg joined the talks on Friday, the minister said.');
    expect(country.entities.some((e) => e.kbId === 'country-lu' && e.card)).toBe(true);
  });
});
