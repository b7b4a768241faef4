import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasKey } from '../../../lib/kb/normalise';
import type { KbEntity } from '../../../lib/kb/types';
import { airlineFields, airlines, withoutCoreNames } from '../../../scripts/kb/share-alike';

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

  it('keeps airlines a story could name: not generic words, schools, or a one-word name that no longer flies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-airlines-'));
    try {
      writeFileSync(
        join(dir, 'airlines.dat'),
        [
          '1,"Private flight",\\N,"-","N/A","","","Y"',
          '2,"Zephyria Airways","Zephyria","ZP","ZPH","ZEPHYR","Examplia","Y"',
          '3,"Aero Charter",\\N,"","ACX","","Examplia","N"',
          '4,"Quillair",\\N,"","QLR","","Examplia","N"',
          '5,"Quillbird",\\N,"QB","QBD","","Examplia","Y"',
          '6,"Example Flying School",\\N,"","EFS","","Examplia","N"',
          '7,"Old Harbour Air",\\N,"","OHA","","Nowhere","N"',
        ].join('\n'),
      );
      const list = airlines(
        dir,
        (c) => (c === 'Examplia' ? 'EX' : undefined),
        (w) => w === 'Harbour',
      );
      expect(list.map((e) => [e.name, e.kind, e.country, e.aliases])).toEqual([
        ['Zephyria Airways', 'airline', 'EX', undefined],
        ['Quillbird', 'airline', 'EX', undefined],
        ['Old Harbour Air', 'airline (may no longer fly)', undefined, undefined],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
