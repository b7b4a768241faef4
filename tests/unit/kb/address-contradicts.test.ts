/**
 * A town written with another region of its own country after a comma ('Brooklyn, Iowa', 'Paris, Texas') is a
 * namesake the KB lacks: the KB's town of that name in a different state gets no card. Sentences written for
 * this test, against a small KB.
 */
import { describe, expect, it } from 'vitest';
import { MIN_LINK_SCORE } from '../../../lib/kb/calibration';
import { buildKbFile, createLinker, fromKbFile, type KbEntity } from '../../../lib/kb/index';

const e = (entity: Omit<KbEntity, 'sources'>): KbEntity => ({ sources: ['test'], ...entity });
const place = (
  id: string,
  name: string,
  kind: string,
  code: string,
  prior: number,
  more: Partial<KbEntity> = {},
) => e({ id, type: 'place', kind, name, country: code, prior, ...more });

const linker = createLinker(
  fromKbFile(
    buildKbFile(
      [
        place('country-us', 'United States', 'country', 'US', 0.95),
        place('country-fr', 'France', 'country', 'FR', 0.95),
        place('region-us-ny', 'New York', 'state', 'US', 0.8),
        place('region-us-ia', 'Iowa', 'state', 'US', 0.6),
        place('region-us-tx', 'Texas', 'state', 'US', 0.7),
        place('city-us-brooklyn', 'Brooklyn', 'city', 'US', 0.8, { parent: 'region-us-ny' }),
        place('city-us-dallas', 'Dallas', 'city', 'US', 0.8, { parent: 'region-us-tx' }),
        place('city-fr-paris', 'Paris', 'capital city', 'FR', 0.97),
      ],
      { test: { name: 'Test', licence: 'CC0 1.0' } },
    ),
  ),
);

function cardFor(text: string, name: string): string | undefined {
  const start = text.indexOf(name);
  const link = linker.link(
    { names: [name], type: 'place', mentions: [{ start, end: start + name.length }] },
    { text },
  );
  return link && link.confidence >= MIN_LINK_SCORE ? link.kbId : undefined;
}

describe('a town written with another region of its country', () => {
  it('gives no card to the namesake in another state', () => {
    expect(
      cardFor('She grew up in Brooklyn, Iowa, a farm town of 1,400 people.', 'Brooklyn'),
    ).toBeUndefined();
  });

  it('keeps the card when the address is the town’s own state', () => {
    expect(cardFor('The bakery opened in Brooklyn, New York, last spring.', 'Brooklyn')).toBe(
      'city-us-brooklyn',
    );
    expect(cardFor('Storms hit Dallas, Texas, overnight.', 'Dallas')).toBe('city-us-dallas');
  });

  it('keeps the card when nothing follows the comma or the address is the country', () => {
    expect(cardFor('Rents in Brooklyn rose again this year.', 'Brooklyn')).toBe('city-us-brooklyn');
    expect(cardFor('He flew from Dallas, United States, to Paris.', 'Dallas')).toBe('city-us-dallas');
  });

  it('does not read a region of another country as a contradiction', () => {
    // 'Paris, Texas' names a US state; the KB's Paris is in France, so the address says nothing of its region.
    expect(cardFor('The film opens in Paris, France, next week.', 'Paris')).toBe('city-fr-paris');
  });
});
