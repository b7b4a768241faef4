/**
 * A world city and its small namesakes ('London' and London, Ontario; 'Warsaw' and Warsaw, Indiana; 'Washington'
 * the capital and the state): the famous one gets a card when nothing in the text ties the small one in, and
 * the small one keeps its chance when it is. Sentences written for this test, against a small KB.
 */
import { describe, expect, it } from 'vitest';
import { MIN_LINK_SCORE } from '../../../lib/kb/calibration';
import { buildKbFile, createLinker, fromKbFile, type KbEntity } from '../../../lib/kb/index';
import type { LinkContext } from '../../../lib/kb/types';

const e = (entity: Omit<KbEntity, 'sources'>): KbEntity => ({ sources: ['test'], ...entity });
const country = (code: string, name: string): KbEntity =>
  e({ id: `country-${code.toLowerCase()}`, type: 'place', kind: 'country', name, country: code, prior: 0.9 });
const place = (
  id: string,
  name: string,
  kind: string,
  code: string,
  prior: number,
  more: Partial<KbEntity> = {},
): KbEntity => e({ id, type: 'place', kind, name, country: code, prior, ...more });

const linker = createLinker(
  fromKbFile(
    buildKbFile(
      [
        country('GB', 'United Kingdom'),
        country('CA', 'Canada'),
        country('PL', 'Poland'),
        country('US', 'United States'),
        place('region-ca-on', 'Ontario', 'province', 'CA', 0.6),
        place('region-us-in', 'Indiana', 'state', 'US', 0.5),
        place('region-us-wa', 'Washington State', 'state', 'US', 0.4, { aliases: ['Washington'] }),
        place('city-gb-london', 'London', 'capital city', 'GB', 0.97),
        place('city-ca-london', 'London', 'city', 'CA', 0.66, { parent: 'region-ca-on' }),
        place('city-pl-warsaw', 'Warsaw', 'capital city', 'PL', 0.84),
        place('city-us-warsaw', 'Warsaw', 'city', 'US', 0.43, { parent: 'region-us-in' }),
        place('city-us-fort-wayne', 'Fort Wayne', 'city', 'US', 0.5, { parent: 'region-us-in' }),
        place('city-us-dc', 'Washington, D.C.', 'capital city', 'US', 0.8, { aliases: ['Washington'] }),
        place('city-us-seattle', 'Seattle', 'city', 'US', 0.8, { parent: 'region-us-wa' }),
      ],
      { test: { name: 'Test', licence: 'CC0 1.0' } },
    ),
  ),
);

/** The card a reader would see for the first `name` in `text`: the linked id, or undefined below the cut. */
function cardFor(text: string, name: string, ctx: Omit<LinkContext, 'text'> = {}): string | undefined {
  const start = text.indexOf(name);
  const coMentionedIds = [...new Set(linker.spot(text).flatMap((s) => s.candidates.slice(0, 1)))];
  const link = linker.link(
    { names: [name], type: 'place', mentions: [{ start, end: start + name.length }] },
    { text, coMentionedIds, ...ctx },
  );
  return link && link.confidence >= MIN_LINK_SCORE ? link.kbId : undefined;
}

describe('a world city over its small namesakes', () => {
  it('gives the famous city its card when the text says nothing of the namesake', () => {
    expect(cardFor('The talks in London ended late on Friday without a deal.', 'London')).toBe(
      'city-gb-london',
    );
    expect(cardFor('Poland hosted the summit; delegates flew into Warsaw on Monday.', 'Warsaw')).toBe(
      'city-pl-warsaw',
    );
    expect(
      cardFor('Lawmakers in Washington argued over the budget all week.', 'Washington', { country: 'US' }),
    ).toBe('city-us-dc');
  });

  it('leaves the namesake its chance when its province or state is named', () => {
    expect(
      cardFor('Police in London said the fire near the river was put out. Ontario sent help.', 'London'),
    ).not.toBe('city-gb-london');
    expect(cardFor('The plant in Warsaw will close, the governor of Indiana said.', 'Warsaw')).not.toBe(
      'city-pl-warsaw',
    );
  });

  it('leaves the namesake its chance when a place beside it or in it is named', () => {
    expect(cardFor('Trucks from Fort Wayne reached Warsaw by noon.', 'Warsaw')).not.toBe('city-pl-warsaw');
    expect(
      cardFor('Ferries out of Seattle were late, and Washington ordered a review.', 'Washington', {
        country: 'US',
      }),
    ).not.toBe('city-us-dc');
  });

  it('keeps London, Ontario in a Canadian story that never mentions Britain', () => {
    expect(cardFor('The council in London voted on the new bus routes.', 'London', { country: 'CA' })).toBe(
      'city-ca-london',
    );
  });

  it('gives no card to a hotel or bar named after the city', () => {
    expect(
      cardFor('The gown was taken from her suite at The London in Los Angeles.', 'London'),
    ).toBeUndefined();
  });
});
