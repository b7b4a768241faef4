/**
 * Marks a new reader met on unprepared pages (issue 11, round 23): a body named after a place split in two, a
 * name cut after an opening quote, a shouted link word glued to a name, a shop named for its owner split into
 * a person and words, a bare compass word's card, a stranger's given name's card, a place used for an industry, and an
 * acronym never spelled out in brackets. Sentences written for this test, read through analyze() with the
 * shipped KB and tagger.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import type { Analyzer } from '@/lib/analysis/engine';
import { unlinkLoneGivenNames } from '@/lib/analysis/not-a-name';
import type { AnalysisEntity } from '@/lib/contract/types';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await nodeAnalyzer();
}, 60_000);

const entities = (text: string): AnalysisEntity[] => analyzer.analyze(articleFromText(text), {}).entities;
/** Each entity as the list of its mention texts. */
const marks = (text: string): string[][] => entities(text).map((e) => e.mentions.map((m) => m.text));
const marked = (text: string): string[] => marks(text).flat();

describe('a body named after a place', () => {
  it('keeps "<Name> Bank of <Place>" one mention, with no card for the place inside', () => {
    const text =
      'Mary Lund, who leads the Federal Reserve Bank of Kansas City, spoke in Denver on Monday. Economists ' +
      'at the Federal Reserve Bank of Kansas City expect slower hiring.';
    expect(marks(text)).toContainEqual([
      'Federal Reserve Bank of Kansas City',
      'Federal Reserve Bank of Kansas City',
    ]);
    expect(marked(text)).not.toContain('Kansas City');
    expect(marked(text)).not.toContain('Federal Reserve Bank');
  });

  it('reads "Port of <Place>" and "<Place> Police Department" as the body, not the place', () => {
    const text =
      'Container volumes at the Port of Tacoma fell in June, and the Port of Tacoma blamed the strike. ' +
      'Detectives from the Lakewood Police Department searched a warehouse.';
    const all = entities(text);
    const port = all.find((e) => e.mentions.some((m) => m.text === 'Port of Tacoma'));
    expect(port?.type).toBe('organization');
    expect(marked(text)).not.toContain('Tacoma');
    expect(marked(text)).toContain('Lakewood Police Department');
    expect(marked(text)).not.toContain('Lakewood');
  });
});

describe('a name after an opening quote mark', () => {
  it('keeps its first word ("“Bear Stearns was…")', () => {
    const text =
      'The collapse came fast. “Bear Stearns was the first domino,” a trader told reporters, and he ' +
      'said ‘Bear Stearns’ would not be the last.';
    const names = marked(text);
    expect(names).toContain('Bear Stearns');
    expect(names).not.toContain('Stearns');
  });
});

describe('a shouted link or section word before a name', () => {
  it('is no part of the name ("READ Hoenig")', () => {
    const text =
      'Thomas Hoenig warned about bank capital on Friday.\n\nREAD Hoenig’s letter to the committee\n\n' +
      'He said the rules were too loose. WATCH Sheila Bair on the crisis.';
    const names = marked(text);
    expect(names.some((n) => /^(?:READ|WATCH)\b/.test(n))).toBe(false);
    expect(names).toContain('Sheila Bair');
    const hoenig = entities(text).find((e) => e.mentions.some((m) => m.text === 'Thomas Hoenig'));
    expect(hoenig?.mentions.map((m) => m.text)).toContain('Hoenig');
  });
});

describe('a shop named for its owner', () => {
  it('is one organisation ("Aisha’s Salon and Spa"), with no person card for the owner', () => {
    const text =
      'Aisha’s Salon and Spa reopened on Elm Street after the flood. Customers of Aisha’s Salon and Spa ' +
      'lined up early, and Marco’s Bar & Grill next door is still closed.';
    const all = entities(text);
    expect(marks(text)).toContainEqual(['Aisha’s Salon and Spa', 'Aisha’s Salon and Spa']);
    expect(all.find((e) => e.mentions.some((m) => m.text === 'Aisha’s Salon and Spa'))?.type).toBe(
      'organization',
    );
    expect(marked(text)).toContain('Marco’s Bar & Grill');
    expect(all.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('a bare compass word', () => {
  it('never gets a place card, while a named country keeps its card', () => {
    const text =
      'Envoys from Seoul and Pyongyang met again on Tuesday. The South offered food aid, but the North ' +
      'refused. Storms moved across the Southeast. North Korea fired a missile.';
    const cardOf = (name: string) =>
      entities(text)
        .filter((e) => e.mentions.some((m) => m.text === name))
        .map((e) => e.kbId);
    for (const word of ['South', 'North', 'Southeast']) expect(cardOf(word).filter(Boolean)).toEqual([]);
    expect(cardOf('North Korea')).toEqual(['country-kp']);
  });
});

describe('a lone given name', () => {
  const people = [
    {
      type: 'person',
      kbId: 'person-otto-von-bismarck',
      card: {},
      mentions: [{ text: 'Otto' }, { text: 'Otto’s' }],
    },
    { type: 'person', kbId: 'person-madonna', card: {}, mentions: [{ text: 'Madonna' }] },
    { type: 'person', kbId: 'person-klaus-weber', card: {}, mentions: [{ text: 'Klaus' }] },
    { type: 'person', mentions: [{ text: 'Klaus Weber' }] },
    { type: 'person', kbId: 'person-jo-smith', card: {}, mentions: [{ text: 'Smith' }] },
  ];
  const given = (w: string) => ['Otto', 'Madonna', 'Klaus'].includes(w);
  const names: Record<string, string> = { 'person-madonna': 'Madonna' };

  it('loses a KB card unless the entry is known by that one name or the article names its bearer in full', () => {
    const list = people.map((p) => ({ ...p }));
    unlinkLoneGivenNames(list, given, (id) => names[id] ?? 'Someone Else');
    expect(list.map((p) => p.kbId)).toEqual([
      undefined,
      'person-madonna',
      'person-klaus-weber',
      undefined,
      'person-jo-smith',
    ]);
    expect(list[0].card).toBeUndefined();
  });

  it('keeps the mark of a stranger’s given name in the text, with no KB card', () => {
    const text =
      'Otto fixed the roof in two days. His neighbour Greta Lindqvist paid him, and Otto went home.';
    const otto = entities(text).filter((e) => e.mentions.some((m) => m.text === 'Otto'));
    expect(otto.map((e) => e.kbId)).toEqual([undefined]);
    expect(marked(text)).toContain('Greta Lindqvist');
  });

  it('stays with the full name that carries it', () => {
    const text = 'Otto Brenner fixed the roof in two days. The neighbours paid, and Otto went home.';
    expect(marks(text)).toContainEqual(['Otto Brenner', 'Otto']);
  });
});

describe('a place name that stands for an industry', () => {
  it('gets no card of the place in a story about film sets and emissions', () => {
    const text =
      'Hollywood has a carbon problem. Film sets burn diesel, Hollywood studios fly crews around the world, ' +
      'and climate groups want Hollywood to publish its emissions.';
    const cards = entities(text)
      .filter((e) => e.mentions.some((m) => m.text === 'Hollywood'))
      .map((e) => e.kbId);
    expect(cards.filter((id) => id?.startsWith('city-'))).toEqual([]);
  });
});

describe('an acronym of a name written in full', () => {
  it('joins that name’s mention and shares its card or lack of one', () => {
    const text =
      'Officers of the Marston Police Department closed the bridge on Sunday. MPD said the road would ' +
      'reopen by noon.';
    expect(marks(text)).toContainEqual(['Marston Police Department', 'MPD']);
  });
});
