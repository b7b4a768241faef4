import { describe, expect, it } from 'vitest';
import { namesOf } from '../../../lib/kb/build-index';
import { buildKbFile, combineKbs, parseKb } from '../../../lib/kb/index';
import type { KbEntity } from '../../../lib/kb/types';

const sources = { core: { name: 'Core fixture', licence: 'CC0 1.0' } };
const entry = (id: string, name: string, more: Partial<KbEntity> = {}): KbEntity => ({
  id,
  type: 'organization',
  name,
  prior: 0.5,
  sources: ['core'],
  ...more,
});

const entries: KbEntity[] = [
  entry('a-plain', 'Quarrow Institute'),
  entry('b-aliases', 'Lindqvist Maritime Board', {
    aliases: ['Lindqvist Board', 'Quarrow Institute', 'Lindqvist Board'],
    acronyms: ['LMB'],
  }),
  entry('c-acronym-only', 'Office of Tidal Survey', { acronyms: ['OTS', 'O.T.S.'] }),
  entry('d-other-languages', 'Vessmark', { type: 'place', otherNames: ['Vessmarken', 'Весмарк'] }),
  entry('e-accents', 'Société Ferrand', { aliases: ['Societe Ferrand', 'Ferrand'] }),
];

describe('names of an entry read without decoding it', () => {
  it('match the decoded entry: name, aliases, acronyms in order, no repeats, no names in other languages', () => {
    const kb = parseKb(buildKbFile(entries, sources));
    const fresh = parseKb(buildKbFile(entries, sources));
    for (let i = 0; i < kb.size; i++) {
      const read = fresh.names(i);
      expect(read).toEqual(namesOf(kb.entity(i)));
      // Asked again after the entry was decoded, the answer is the same.
      fresh.entity(i);
      expect(fresh.names(i)).toEqual(read);
    }
    expect(fresh.names(fresh.indexOf('b-aliases')!)).toEqual([
      'Lindqvist Maritime Board',
      'Lindqvist Board',
      'Quarrow Institute',
      'LMB',
    ]);
    expect(fresh.names(fresh.indexOf('d-other-languages')!)).toEqual(['Vessmark']);
  });

  it('reads the names of a pack entry through the combined KB, and refuses an entry that does not exist', () => {
    const core = parseKb(buildKbFile(entries.slice(0, 2), sources));
    const pack = parseKb(buildKbFile(entries.slice(2), sources));
    const kb = combineKbs(core, [pack]);
    expect(kb.names(kb.indexOf('e-accents')!)).toEqual(['Société Ferrand', 'Societe Ferrand', 'Ferrand']);
    expect(kb.names(kb.indexOf('a-plain')!)).toEqual(['Quarrow Institute']);
    expect(() => kb.names(kb.size)).toThrow(/does not exist/);
    expect(() => core.names(-1)).toThrow(/does not exist/);
  });
});
