/**
 * The linker reads names as a person would (issue 11): each pattern of a wrong card, in sentences written
 * for this test, against a small KB whose entries are the namesakes that tempt a careless linker.
 */
import { describe, expect, it } from 'vitest';
import { buildKbFile, createLinker, fromKbFile, type KbEntity } from '../../../lib/kb/index';
import { isGenericName, isSpellingVariant, isSportsContext } from '../../../lib/kb/reading';

const e = (entity: Omit<KbEntity, 'sources'>): KbEntity => ({ sources: ['test'], ...entity });
const ENTITIES: KbEntity[] = [
  e({
    id: 'country-gb',
    type: 'place',
    kind: 'country',
    name: 'United Kingdom',
    aliases: ['Britain', 'British'],
    acronyms: ['UK'],
    country: 'GB',
    prior: 0.95,
  }),
  e({
    id: 'country-us',
    type: 'place',
    kind: 'country',
    name: 'United States',
    aliases: ['America', 'American'],
    acronyms: ['US'],
    country: 'US',
    prior: 0.95,
  }),
  e({
    id: 'country-ke',
    type: 'place',
    kind: 'country',
    name: 'Kenya',
    aliases: ['Kenyan'],
    country: 'KE',
    prior: 0.9,
  }),
  e({
    id: 'country-no',
    type: 'place',
    kind: 'country',
    name: 'Norway',
    aliases: ['Norwegian'],
    country: 'NO',
    prior: 0.9,
  }),
  e({ id: 'city-gb-leeds', type: 'place', kind: 'city', name: 'Leeds', country: 'GB', prior: 0.8 }),
  e({ id: 'city-us-boston', type: 'place', kind: 'city', name: 'Boston', country: 'US', prior: 0.8 }),
  e({ id: 'city-gb-fulham', type: 'place', kind: 'district', name: 'Fulham', country: 'GB', prior: 0.4 }),
  e({ id: 'city-gb-oldham', type: 'place', kind: 'town', name: 'Oldham', country: 'GB', prior: 0.5 }),
  e({
    id: 'us-boston-globe',
    type: 'organization',
    kind: 'newspaper',
    name: 'The Boston Globe',
    country: 'US',
    prior: 0.6,
  }),
  e({
    id: 'jp-honda',
    type: 'organization',
    kind: 'carmaker',
    name: 'Honda Motor',
    aliases: ['Honda'],
    country: 'JP',
    prior: 0.7,
  }),
  e({
    id: 'us-senate',
    type: 'organization',
    kind: 'legislative chamber',
    name: 'United States Senate',
    aliases: ['Senate', 'US Senate'],
    country: 'US',
    prior: 0.8,
  }),
  e({
    id: 'gb-labour-party',
    type: 'organization',
    kind: 'political party',
    name: 'Labour Party',
    aliases: ['Labour'],
    country: 'GB',
    prior: 0.85,
  }),
  e({
    id: 'no-labour-party',
    type: 'organization',
    kind: 'political party',
    name: 'Norwegian Labour Party',
    aliases: ['Labour Party', 'Labour'],
    country: 'NO',
    prior: 0.5,
  }),
  e({
    id: 'gb-ncsc',
    type: 'organization',
    kind: 'agency',
    name: 'National Cyber Security Centre',
    acronyms: ['NCSC'],
    country: 'GB',
    prior: 0.7,
  }),
  e({
    id: 'person-boris-johnson',
    type: 'person',
    kind: 'politician',
    name: 'Boris Johnson',
    aliases: ['Johnson'],
    country: 'GB',
    prior: 0.8,
    roles: [{ title: 'Prime Minister of the United Kingdom', from: '2019-07-24', to: '2022-09-06' }],
  }),
  e({
    id: 'person-bill-clinton',
    type: 'person',
    kind: 'politician',
    name: 'Bill Clinton',
    aliases: ['Clinton'],
    country: 'US',
    prior: 0.8,
    roles: [{ title: 'President of the United States', from: '1993-01-20', to: '2001-01-20' }],
  }),
  e({
    id: 'person-dennis-hastert',
    type: 'person',
    kind: 'politician',
    name: 'Dennis Hastert',
    aliases: ['Hastert'],
    country: 'US',
    prior: 0.6,
  }),
  e({
    id: 'us-fed',
    type: 'organization',
    kind: 'federal agency',
    name: 'Federal Reserve System',
    aliases: ['Federal Reserve', 'the Fed'],
    country: 'US',
    prior: 0.67,
  }),
  e({
    id: 'person-mbs',
    type: 'person',
    kind: 'politician',
    name: 'Mohammed bin Salman',
    country: 'SA',
    prior: 0.7,
  }),
];
const linker = createLinker(
  fromKbFile(buildKbFile(ENTITIES, { test: { name: 'Test', licence: 'CC0 1.0' } })),
);
const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return [{ start, end: start + name.length }];
};

describe('a surname alone never links', () => {
  it('gives a detective who shares a surname with a prime minister no card', () => {
    const text = 'Detective Sarah Johnson said the car was found in Leeds. Johnson said inquiries continue.';
    const ctx = { text, publishedAt: '2020-03-01', country: 'GB' };
    expect(linker.link({ names: ['Sarah Johnson', 'Johnson'], type: 'person' }, ctx)).toBeUndefined();
  });

  it('gives "Michael Clinton, 34, was charged" no president', () => {
    const text = 'Michael Clinton, 34, was charged with burglary in Boston on Monday.';
    expect(
      linker.link({ names: ['Michael Clinton'], type: 'person' }, { text, country: 'US' }),
    ).toBeUndefined();
  });

  it('gives a councillor or a detective who shares a minister’s surname no card, even in office time', () => {
    const text = 'Councillor Johnson told the meeting in Leeds that the bins would be collected.';
    const ctx = { text, publishedAt: '2020-06-01', country: 'GB' };
    expect(
      linker.link({ names: ['Johnson'], type: 'person', mentions: at(text, 'Johnson') }, ctx),
    ).toBeUndefined();
    expect(linker.link({ names: ['Councillor Johnson'], type: 'person' }, ctx)).toBeUndefined();
    const det = 'Det. Clinton said the van was stolen in Boston.';
    expect(
      linker.link(
        { names: ['Clinton'], type: 'person', mentions: at(det, 'Clinton') },
        { text: det, country: 'US', publishedAt: '1995-01-01' },
      ),
    ).toBeUndefined();
  });

  it('links a bare surname when a role word points to the office holder', () => {
    const text = 'Under President Clinton the deficit fell.';
    const r = linker.link({ names: ['Clinton'], type: 'person', mentions: at(text, 'Clinton') }, { text });
    expect(r?.kbId).toBe('person-bill-clinton');
    expect(r?.why.join(' ')).toContain('president Clinton');
  });

  it('links a bare surname of the head of government at the story date in the story country', () => {
    const text = 'Johnson told MPs in London that the plan would go ahead.';
    const ctx = { text, publishedAt: '2020-06-01', country: 'GB' };
    expect(
      linker.link({ names: ['Johnson'], type: 'person', mentions: at(text, 'Johnson') }, ctx)?.kbId,
    ).toBe('person-boris-johnson');
    // The same sentence years later, when he held no office: no card.
    const later = { ...ctx, publishedAt: '2024-06-01' };
    expect(
      linker.link({ names: ['Johnson'], type: 'person', mentions: at(text, 'Johnson') }, later),
    ).toBeUndefined();
  });
});

describe('the kind of thing decides', () => {
  it('gives a club named after its city no place card', () => {
    const text = 'Leeds beat Fulham 2-1 in the league on Saturday; the coach praised the striker.';
    expect(isSportsContext(text)).toBe(true);
    expect(linker.link({ names: ['Leeds'], type: 'organization' }, { text, country: 'GB' })).toBeUndefined();
  });

  it('gives a person whose surname is a town no place card', () => {
    const text = 'The striker Kevin Leeds signed a new contract.';
    expect(linker.link({ names: ['Kevin Leeds'], type: 'person' }, { text })).toBeUndefined();
  });

  it('still links the place when the mention is a place', () => {
    expect(linker.link({ names: ['Leeds'], type: 'place' }, { country: 'GB' })?.kbId).toBe('city-gb-leeds');
  });
});

describe('near matches are spelling variants of the whole name only', () => {
  it('accepts typos, spelling and word order', () => {
    expect(isSpellingVariant('National Cyber Security Center', 'National Cyber Security Centre')).toBe(true);
    expect(isSpellingVariant('Salman, Mohammed bin', 'Mohammed bin Salman')).toBe(true);
    expect(linker.link({ names: ['National Cyber Security Center'] }, { country: 'GB' })?.kbId).toBe(
      'gb-ncsc',
    );
  });

  it('rejects a near miss that swaps a distinctive word', () => {
    expect(isSpellingVariant('Fulham', 'Oldham')).toBe(false);
    expect(isSpellingVariant('Boston Celtics', 'The Boston Globe')).toBe(false);
    expect(isSpellingVariant('Hyundai Motor', 'Honda Motor')).toBe(false);
    expect(isSpellingVariant('Dennis Rodman', 'Dennis Hastert')).toBe(false);
    expect(isSpellingVariant('Mohammed bin Zayed', 'Mohammed bin Salman')).toBe(false);
    // A long word one letter apart at its start is another word, not a typo.
    expect(isSpellingVariant('Bollywood', 'Hollywood')).toBe(false);
    expect(isSpellingVariant('Hollywod', 'Hollywood')).toBe(true);
    expect(
      linker.link({ names: ['Boston Celtics'], type: 'organization' }, { country: 'US' }),
    ).toBeUndefined();
    expect(linker.link({ names: ['Hyundai Motor'], type: 'organization' }, {})).toBeUndefined();
    expect(linker.link({ names: ['Dennis Rodman'], type: 'person' }, { country: 'US' })).toBeUndefined();
    expect(linker.link({ names: ['Mohammed bin Zayed'], type: 'person' }, {})).toBeUndefined();
  });
});

describe('generic institutions resolve by the story country, or not at all', () => {
  it('knows which names are generic', () => {
    expect(isGenericName('the Senate')).toBe(true);
    expect(isGenericName('Supreme Court')).toBe(true);
    expect(isGenericName('Labour Party')).toBe(true);
    expect(isGenericName('United States Senate')).toBe(false);
  });

  it('gives "the Senate" of a Kenyan story no US card', () => {
    const text = 'Kenyan lawmakers in the Senate in Nairobi voted on the budget. Kenya expects growth.';
    expect(linker.link({ names: ['Senate'], type: 'organization' }, { text, country: 'KE' })).toBeUndefined();
    expect(linker.link({ names: ['Senate'], type: 'organization' }, { country: 'US' })?.kbId).toBe(
      'us-senate',
    );
  });

  it('gives "the Labour Party" of a Norwegian story the Norwegian party, never the British one', () => {
    const r = linker.link({ names: ['Labour Party'], type: 'organization' }, { country: 'NO' });
    expect(r?.kbId).toBe('no-labour-party');
    expect(linker.link({ names: ['Labour Party'], type: 'organization' }, { country: 'KE' })).toBeUndefined();
  });

  it('a regional official of a federal body still works for the federal body', () => {
    const text = "A top regional Federal Reserve official criticized the Fed's policy on Friday.";
    const r = linker.link(
      { names: ['Federal Reserve', 'the Fed'], type: 'organization', mentions: at(text, 'Federal Reserve') },
      { text, country: 'US' },
    );
    expect(r?.kbId).toBe('us-fed');
    // Without a story country, the generic name still needs one.
    expect(linker.link({ names: ['Federal Reserve'], type: 'organization' }, { text })).toBeUndefined();
  });

  it('gives a state party no national card ("the state Democratic Party")', () => {
    const text = 'He persuaded the state Labour Party to back his son.';
    const r = linker.link(
      { names: ['Labour Party'], type: 'organization', mentions: at(text, 'Labour Party') },
      { text, country: 'GB' },
    );
    expect(r).toBeUndefined();
  });
});
