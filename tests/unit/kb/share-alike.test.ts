import { describe, expect, it } from 'vitest';
import { aliasKey } from '../../../lib/kb/normalise';
import type { KbEntity } from '../../../lib/kb/types';
import { airlineFields, withoutCoreNames } from '../../../scripts/kb/share-alike';

const org = (id: string, name: string, more: Partial<KbEntity> = {}): KbEntity => ({
  id,
  type: 'organization',
  name,
  sources: ['test'],
  ...more,
});

describe('the share-alike pack', () => {
  it('reads airlines.dat lines: quoted fields, \\N for none', () => {
    expect(airlineFields('7,"Example Air",\\N,"EX","EXA","EXAMPLE","Examplia","Y"')).toEqual([
      '7',
      'Example Air',
      '',
      'EX',
      'EXA',
      'EXAMPLE',
      'Examplia',
      'Y',
    ]);
    expect(airlineFields('7,"Example Air"')).toBeUndefined();
    expect(airlineFields('7,"unterminated')).toBeUndefined();
  });

  it('leaves to the core what the core names: its entries (by QID or name) and its keys', () => {
    const core = [
      org('core-union', 'Union of Examples', { acronyms: ['UOE'], wikidata: 'Q1' }),
      org('core-bank', 'Example Bank'),
    ];
    const pack = [
      org('intl-union', 'Examples Union', { wikidata: 'Q1' }),
      org('intl-bank', 'Example Bank'),
      org('intl-council', 'Council of Examples', {
        acronyms: ['UOE', 'COE'],
        aliases: ['Conseil des Exemples'],
      }),
      org('intl-council-2', 'Council of Examples'),
    ];
    const { entries, overlap } = withoutCoreNames(pack, core, aliasKey);
    expect(entries).toEqual([
      org('intl-council', 'Council of Examples', { acronyms: ['COE'], aliases: ['Conseil des Exemples'] }),
    ]);
    expect(overlap).toEqual({ entries: 3, names: 1 });
  });
});
