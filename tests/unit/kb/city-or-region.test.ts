/**
 * A city and the state or province of its name ('New York', 'Quebec'): the words around a mention decide, and
 * with nothing said the better known of the two. Sentences written for this test, against a small KB.
 */
import { describe, expect, it } from 'vitest';
import { buildKbFile, createLinker, fromKbFile, type KbEntity } from '../../../lib/kb/index';
import { regionOrCityBefore } from '../../../lib/kb/reading';

const e = (entity: Omit<KbEntity, 'sources'>): KbEntity => ({ sources: ['test'], ...entity });
const linker = createLinker(
  fromKbFile(
    buildKbFile(
      [
        e({
          id: 'country-us',
          type: 'place',
          kind: 'country',
          name: 'United States',
          country: 'US',
          prior: 0.95,
        }),
        e({
          id: 'region-us-ny',
          type: 'place',
          kind: 'state',
          name: 'New York State',
          aliases: ['New York'],
          country: 'US',
          prior: 0.4,
        }),
        e({
          id: 'city-us-nyc',
          type: 'place',
          kind: 'city',
          name: 'New York City',
          aliases: ['New York'],
          country: 'US',
          parent: 'region-us-ny',
          prior: 0.91,
        }),
        e({
          id: 'city-us-albany',
          type: 'place',
          kind: 'city',
          name: 'Albany',
          country: 'US',
          parent: 'region-us-ny',
          prior: 0.5,
        }),
      ],
      { test: { name: 'Test', licence: 'CC0 1.0' } },
    ),
  ),
);

const read = (text: string, name = 'New York') => {
  const start = text.indexOf(name);
  return regionOrCityBefore(text, start, start + name.length);
};
const linkIn = (text: string) => {
  const start = text.indexOf('New York');
  return linker.link(
    { names: ['New York'], type: 'place', mentions: [{ start, end: start + 8 }] },
    { text, country: 'US' },
  )?.kbId;
};

describe('the words around a shared name', () => {
  it('read as the state for a member, the state of, upstate and an address', () => {
    expect(read('I yield to the gentlewoman from New York for two minutes.')).toBe('region');
    expect(read('Sen. Dora Pike of New York voted no.')).toBe('region');
    expect(read('The company promised the state of New York to cap fares.')).toBe('region');
    expect(read('She grew up in upstate New York near the lakes.')).toBe('region');
    expect(read('The New York delegation left early.')).toBe('region');
    expect(read('The governor of New York signed the bill.')).toBe('region');
  });

  it('read as the city for the city of, and say nothing otherwise', () => {
    expect(read('The city of New York opened a park.')).toBe('city');
    expect(read('She moved to New York after college.')).toBeUndefined();
    expect(read('Rochester, New York, has snow.')).toBeUndefined();
  });
});

describe('linking a name a city shares with its state', () => {
  it('gives the state where the words say so, the city by default', () => {
    expect(linkIn('I thank the gentleman from New York, the chair of the committee.')).toBe('region-us-ny');
    expect(linkIn('Albany, New York, is the capital; lawmakers met there.')).toBe('region-us-ny');
    expect(linkIn('She moved to New York after college, and Albany felt far away.')).toBe('city-us-nyc');
  });

  it('gives no card when the article uses the name for both', () => {
    const text = 'The state of New York sued. Later the city of New York answered.';
    const first = text.indexOf('New York');
    const second = text.indexOf('New York', first + 1);
    const link = linker.link(
      {
        names: ['New York'],
        type: 'place',
        mentions: [
          { start: first, end: first + 8 },
          { start: second, end: second + 8 },
        ],
      },
      { text, country: 'US' },
    );
    expect(link).toBeUndefined();
  });
});
