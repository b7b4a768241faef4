/**
 * 'the Globe' on the California Globe's own page is the publisher, not the namesake paper the KB holds as
 * "The Globe". Sentences written for this test; the rule alone, then through analyze() with the shipped KB.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import type { Analyzer } from '@/lib/analysis/engine';
import { isPublisherShortName } from '@/lib/analysis/publisher-name';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

describe('isPublisherShortName', () => {
  it('is the end of the publisher’s name, with or without "the"', () => {
    expect(isPublisherShortName(['Globe'], 'California Globe')).toBe(true);
    expect(isPublisherShortName(['the Globe'], 'The Boston Globe')).toBe(true);
    expect(isPublisherShortName(['Times', 'the Times'], 'The New York Times')).toBe(true);
    expect(isPublisherShortName(['York Times'], 'The New York Times')).toBe(true);
    expect(isPublisherShortName(['Post'], 'The Washington Post')).toBe(true);
  });

  it('is not the whole name, another word, a one-word publisher or no publisher', () => {
    expect(isPublisherShortName(['California Globe'], 'California Globe')).toBe(false);
    expect(isPublisherShortName(['Boston'], 'The Boston Globe')).toBe(false);
    expect(isPublisherShortName(['Globe', 'Boston'], 'The Boston Globe')).toBe(false);
    expect(isPublisherShortName(['Reuters'], 'Reuters')).toBe(false);
    // A broadcaster named for its city: the dateline 'AUSTIN' is the city, not the station.
    expect(isPublisherShortName(['AUSTIN'], 'KXAN Austin')).toBe(false);
    expect(isPublisherShortName(['Globe'], undefined)).toBe(false);
    expect(isPublisherShortName([], 'The Boston Globe')).toBe(false);
  });
});

describe('the publisher named short, through analyze()', () => {
  let analyzer: Analyzer;
  beforeAll(async () => {
    analyzer = await nodeAnalyzer();
  }, 60_000);
  const globeStory =
    'The mayor declined to comment when reached by the Globe on Tuesday. A spokesman for the city told the ' +
    'Globe that the budget would be released next week.';
  const carded = (text: string, publisher?: string) =>
    analyzer
      .analyze(articleFromText(text, { publisher }), {})
      .entities.filter((e) => e.mentions.some((m) => m.text.endsWith('Globe')))
      .map((e) => (e.card ? e.kbId : undefined));

  it('gives the publisher’s own card when the KB has the publisher', () => {
    expect(carded(globeStory, 'The Boston Globe')).toEqual(['us-the-boston-globe']);
  });

  it('gives no namesake’s card when the KB lacks the publisher', () => {
    const story =
      'Evan Symon is the senior editor for the California Globe. Prior to the Globe, he reported for a weekly. ' +
      '"Most courts have said no," the lawyer told the Globe on Thursday.';
    for (const kbId of carded(story, 'California Globe')) expect(kbId).toBeUndefined();
  });

  it('takes the entry’s type when the tagger misread the short name', () => {
    const found = analyzer.analyze(
      articleFromText('The ruling was first reported by the Times. The Times said the judge would appeal.', {
        publisher: 'The New York Times',
      }),
      {},
    ).entities;
    const times = found.find((e) => e.kbId === 'us-the-new-york-times');
    expect(times?.type).toBe('organization');
  });
});
