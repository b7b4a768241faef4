/**
 * Where a name stands says it is a place: 'around Millbrook and Harwick' (a name the tagger called an
 * organisation), 'Dunmore, Caledon' (a town with its region after a comma). Sentences and places written for
 * this test, against a small KB.
 */
import { describe, expect, it } from 'vitest';
import { buildKbFile, createLinker, fromKbFile, type KbEntity } from '../../../lib/kb/index';
import { placeWordBefore } from '../../../lib/kb/place-reading';
import type { EntityType } from '../../../lib/kb/types';

const e = (entity: Omit<KbEntity, 'sources'>): KbEntity => ({ sources: ['test'], ...entity });
const linker = createLinker(
  fromKbFile(
    buildKbFile(
      [
        e({ id: 'country-aa', type: 'place', kind: 'country', name: 'Avalonia', country: 'AA', prior: 0.9 }),
        e({ id: 'country-bb', type: 'place', kind: 'country', name: 'Borduria', country: 'BB', prior: 0.9 }),
        e({ id: 'region-aa-cal', type: 'place', kind: 'region', name: 'Caledon', country: 'AA', prior: 0.6 }),
        e({ id: 'region-bb-tor', type: 'place', kind: 'state', name: 'Torvia', country: 'BB', prior: 0.5 }),
        e({
          id: 'city-aa-millbrook',
          type: 'place',
          kind: 'city',
          name: 'Millbrook',
          country: 'AA',
          parent: 'region-aa-cal',
          prior: 0.7,
        }),
        e({
          id: 'city-aa-saint-clare',
          type: 'place',
          kind: 'city',
          name: 'Saint-Clare-de-Bois',
          aliases: ['Saint Clare'],
          country: 'AA',
          parent: 'region-aa-cal',
          prior: 0.05,
        }),
        e({
          id: 'city-aa-dunmore',
          type: 'place',
          kind: 'city',
          name: 'Dunmore',
          country: 'AA',
          parent: 'region-aa-cal',
          prior: 0.5,
        }),
        e({
          id: 'city-bb-dunmore',
          type: 'place',
          kind: 'city',
          name: 'Dunmore',
          country: 'BB',
          parent: 'region-bb-tor',
          prior: 0.52,
        }),
      ],
      { test: { name: 'Test', licence: 'CC0 1.0' } },
    ),
  ),
);

/** Link the first mention of `name` in `text` as the tagger typed it. */
const linkIn = (text: string, name: string, type: EntityType) => {
  const start = text.indexOf(name);
  return linker.link({ names: [name], type, mentions: [{ start, end: start + name.length }] }, { text })
    ?.kbId;
};

describe('words before a name that put it on a map', () => {
  it('read a name after a place word, or in a list after one, as a place', () => {
    const at = (text: string, name: string) => placeWordBefore(text, text.indexOf(name));
    expect(at('Traffic slows around Millbrook at rush hour.', 'Millbrook')).toBe(true);
    expect(at('The road runs from Harwick and Millbrook to the coast.', 'Millbrook')).toBe(true);
    expect(at('Buses leave from Harwick, Millbrook and Dunmore.', 'Millbrook')).toBe(true);
    expect(at('Millbrook said on Monday that prices would rise.', 'Millbrook')).toBe(false);
    expect(at('Shares of Millbrook fell.', 'Millbrook')).toBe(false);
  });
});

describe('a name the tagger called an organisation, that the KB holds only as a place', () => {
  it('is the place where the words around read it so', () => {
    expect(
      linkIn('The motorway gets crowded around Millbrook on Fridays.', 'Millbrook', 'organization'),
    ).toBe('city-aa-millbrook');
    expect(linkIn('She took the night bus from Millbrook to the capital.', 'Millbrook', 'other')).toBe(
      'city-aa-millbrook',
    );
  });

  it('is no hamlet of that name: a little-known place is likelier a word of the body', () => {
    expect(
      linkIn('The choir walked over from Saint Clare after the service.', 'Saint Clare', 'organization'),
    ).toBeUndefined();
  });

  it('is no place where nothing reads it so, nor in a sports story', () => {
    expect(
      linkIn('Millbrook said its profits doubled this year.', 'Millbrook', 'organization'),
    ).toBeUndefined();
    expect(
      linkIn(
        'The striker scored twice as the visitors won 3-1 in Millbrook, and the coach praised the league leaders.',
        'Millbrook',
        'organization',
      ),
    ).toBeUndefined();
  });
});

describe('a town written with its region or country after a comma', () => {
  it('is the town of that region, not a namesake elsewhere', () => {
    expect(linkIn('The festival opened in Dunmore, Caledon, on Friday.', 'Dunmore', 'place')).toBe(
      'city-aa-dunmore',
    );
    expect(linkIn('The festival opened in Dunmore, Torvia, on Friday.', 'Dunmore', 'place')).toBe(
      'city-bb-dunmore',
    );
    expect(linkIn('The festival opened in Dunmore, Borduria, on Friday.', 'Dunmore', 'place')).toBe(
      'city-bb-dunmore',
    );
  });

  it('leaves two namesakes that nothing separates without a card', () => {
    expect(linkIn('The festival opened in Dunmore on Friday.', 'Dunmore', 'place')).toBeUndefined();
  });

  it('reads a town the tagger called an organisation, written with its region, as the town', () => {
    expect(linkIn('A printer at Dunmore, Caledon, made the first copies.', 'Dunmore', 'organization')).toBe(
      'city-aa-dunmore',
    );
  });
});
