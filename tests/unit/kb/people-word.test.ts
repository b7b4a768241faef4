import { describe, expect, it } from 'vitest';
import { buildKbFile, createLinker, fromKbFile } from '../../../lib/kb/index';
import { isPeoplePluralOf } from '../../../lib/kb/people-word';
import { SMALL_ENTITIES } from '../../fixtures/kb/small-kb';

// The fixture's countries with their demonyms, as the shipped KB holds them ('American' for the United States).
const withDemonyms = SMALL_ENTITIES.map((e) =>
  e.id === 'country-us' ? { ...e, aliases: [...(e.aliases ?? []), 'American'] } : e,
);
const linker = createLinker(
  fromKbFile(buildKbFile(withDemonyms, { test: { name: 'Test fixture', licence: 'CC0 1.0' } })),
);

describe('a people-word is not its place', () => {
  it('reads a name or demonym with a plural ending as the people', () => {
    expect(isPeoplePluralOf('Americans', 'America')).toBe(true);
    expect(isPeoplePluralOf('AMERICANS', 'American')).toBe(true);
    expect(isPeoplePluralOf('Britishes', 'British')).toBe(true);
    expect(isPeoplePluralOf('Amerika', 'America')).toBe(false);
    expect(isPeoplePluralOf('American', 'America')).toBe(false);
  });

  it("gives 'Americans' in a story about the United States no card of the country", () => {
    const text = 'Most Americans said the vote in America was fair.';
    expect(linker.link({ names: ['Americans'], type: 'place' }, { text, country: 'US' })).toBeUndefined();
    expect(linker.link({ names: ['America'], type: 'place' }, { text, country: 'US' })?.kbId).toBe(
      'country-us',
    );
  });

  it('still takes a misspelt name of the place for the place', () => {
    const text = 'Voters in Amerrica went to the polls.';
    expect(linker.link({ names: ['Amerrica'], type: 'place' }, { text, country: 'US' })?.kbId).toBe(
      'country-us',
    );
  });
});
