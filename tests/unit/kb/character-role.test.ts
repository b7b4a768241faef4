/**
 * A name given as a part someone plays is a character's, not the real namesake's (issue 11): sentences written
 * for this test against a KB that holds a real person of each name.
 */
import { describe, expect, it } from 'vitest';
import { buildKbFile, createLinker, fromKbFile, type KbEntity } from '../../../lib/kb/index';
import { characterRoleBefore, isScreenContext } from '../../../lib/kb/character-role';

const person = (id: string, name: string, prior = 0.6): KbEntity => ({
  id,
  type: 'person',
  name,
  prior,
  sources: ['test'],
});
const linker = createLinker(
  fromKbFile(
    buildKbFile(
      [
        person('person-dana-whitcombe', 'Dana Whitcombe'),
        person('person-ray-okafor', 'Ray Okafor'),
        person('person-lena-marsh', 'Lena Marsh'),
      ],
      { test: { name: 'Test', licence: 'CC0 1.0' } },
    ),
  ),
);
const mentionsOf = (text: string, name: string) => {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    out.push({ start: i, end: i + name.length });
  return out;
};
const linkIn = (text: string, name: string) =>
  linker.link({ names: [name], type: 'person', mentions: mentionsOf(text, name) }, { text });

describe('a part played is a character, not the real namesake', () => {
  it('reads the words before a name', () => {
    const at = (text: string, name: string) => text.indexOf(name);
    const played = 'His friend, who played Dana Whitcombe, was already cast.';
    expect(characterRoleBefore(played, at(played, 'Dana'), true)).toBe(true);
    expect(characterRoleBefore(played, at(played, 'Dana'), false)).toBe(false);
    const portrayed = 'In the sequel she portrayed Lena Marsh for a second time.';
    expect(characterRoleBefore(portrayed, at(portrayed, 'Lena'))).toBe(true);
    const cast = 'The studio cast him as Ray Okafor, a retired pilot.';
    expect(characterRoleBefore(cast, at(cast, 'Ray'))).toBe(true);
    const role = 'She auditioned for the role of Lena Marsh last spring.';
    expect(characterRoleBefore(role, at(role, 'Lena'))).toBe(true);
    const met = 'The actor met Dana Whitcombe at the festival.';
    expect(characterRoleBefore(met, at(met, 'Dana'))).toBe(false);
    // A role or a part in the real world: the person keeps the card.
    const legacy = 'The plan is a key part of Senator Whitcombe’s legacy.';
    expect(characterRoleBefore(legacy, at(legacy, 'Senator'))).toBe(false);
    const talks = 'Analysts weighed the role of Lena Marsh in the trade talks.';
    expect(characterRoleBefore(talks, at(talks, 'Lena'))).toBe(false);
  });

  it('gives a character who shares a real person’s name no card', () => {
    const text =
      'The comedy film starred Sam Reyes. His co-star, who played Dana Whitcombe, joined the cast later; the sequel kept both actors.';
    expect(isScreenContext(text)).toBe(true);
    expect(linkIn(text, 'Dana Whitcombe')).toBeUndefined();
    const voiced = 'In the cartoon she voiced Lena Marsh, a detective who solves crimes at sea.';
    expect(linkIn(voiced, 'Lena Marsh')).toBeUndefined();
  });

  it('still links the person the article speaks of', () => {
    const text = 'Dana Whitcombe opened the new library on Friday, the council said.';
    expect(linkIn(text, 'Dana Whitcombe')?.kbId).toBe('person-dana-whitcombe');
  });

  it('reads "played" outside a text about the screen as an opponent, who keeps the card', () => {
    const text =
      'The champion won her semi-final 6-3, 6-4 and then played Ray Okafor in the final of the tournament. The season ends next week.';
    expect(isScreenContext(text)).toBe(false);
    expect(linkIn(text, 'Ray Okafor')?.kbId).toBe('person-ray-okafor');
  });
});
