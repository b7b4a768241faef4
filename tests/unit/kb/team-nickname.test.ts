import { describe, expect, it } from 'vitest';
import { buildKbFile, createLinker, fromKbFile, type KbEntity } from '../../../lib/kb/index';
import { isTeamNicknameOutsideSport } from '../../../lib/kb/team-nickname';
import { SMALL_ENTITIES } from '../../fixtures/kb/small-kb';

const rovers: KbEntity = {
  id: 'club-gb-harbour-rovers',
  type: 'organization',
  kind: 'football club',
  name: 'Harbour Rovers FC',
  aliases: ['Rovers', 'Harbour Rovers'],
  country: 'GB',
  prior: 0.5,
  sources: ['test'],
};
const linker = createLinker(
  fromKbFile(
    buildKbFile([...SMALL_ENTITIES, rovers], { test: { name: 'Test fixture', licence: 'CC0 1.0' } }),
  ),
);
const link = (name: string, text: string) =>
  linker.link({ names: [name], type: 'organization' }, { text, country: 'GB' })?.kbId;

describe("a team's one-word short name", () => {
  it('is a word of the story outside a sports report', () => {
    const text = 'Rovers and drifters camped by the harbour, the council said on Monday.';
    expect(link('Rovers', text)).toBeUndefined();
  });

  it('is the team in a sports report', () => {
    const text =
      'Rovers beat Hull 2-1 on Saturday. The manager praised the squad after the match, and the league table now has them third this season.';
    expect(link('Rovers', text)).toBe('club-gb-harbour-rovers');
  });

  it('is the team when written with more of its name, sport or not', () => {
    const text = 'Harbour Rovers opened a food bank at the ground, the council said on Monday.';
    expect(link('Harbour Rovers', text)).toBe('club-gb-harbour-rovers');
  });

  it('concerns teams only', () => {
    const party: KbEntity = { ...rovers, kind: 'political party' };
    expect(isTeamNicknameOutsideSport(rovers, 'Rovers', false)).toBe(true);
    expect(isTeamNicknameOutsideSport(party, 'Rovers', false)).toBe(false);
    expect(isTeamNicknameOutsideSport({ ...rovers, kind: 'baseball team' }, 'Rovers', false)).toBe(true);
  });
});
