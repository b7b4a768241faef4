/**
 * Repairs of the tagger's spans (lib/nlp/entities/span-repair.ts) on hand-made spans over sentences written
 * for this test: what the tagger gave is written out, so each case fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { groupEntities, type MentionCandidate, type TaggedSpanLike } from '@/lib/nlp/entities';
import { isCompassWord, repairTaggedSpans } from '@/lib/nlp/entities/span-repair';

/** A span over the `nth` occurrence of `surface` in `text`. */
function span(
  text: string,
  surface: string,
  type: TaggedSpanLike['type'],
  nth = 0,
  score = 1,
): TaggedSpanLike {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`"${surface}" is not in the text`);
  return { start, end: start + surface.length, text: surface, type, score };
}

const shown = (spans: TaggedSpanLike[]) => spans.map((s) => `${s.text}/${s.type}`);

describe('a body named after a place', () => {
  it('joins an organisation ending in Bank or University to the place after "of"', () => {
    const text =
      'She heads the Federal Reserve Bank of Kansas City and teaches at Western University of Ohio.';
    const out = repairTaggedSpans(text, [
      span(text, 'Federal Reserve Bank', 'ORG'),
      span(text, 'Kansas City', 'LOC'),
      span(text, 'Western University', 'ORG'),
      span(text, 'Ohio', 'LOC'),
    ]);
    expect(shown(out)).toEqual(['Federal Reserve Bank of Kansas City/ORG', 'Western University of Ohio/ORG']);
  });

  it('takes "Port of" and "<Place> Police Department" round a place the tagger read alone', () => {
    const text =
      'The Port of Tacoma said so. Later the Lakewood Police Department and the Dover School District agreed.';
    const out = repairTaggedSpans(text, [
      span(text, 'Tacoma', 'LOC'),
      span(text, 'Lakewood', 'LOC'),
      span(text, 'Dover', 'LOC'),
    ]);
    expect(shown(out)).toEqual([
      'Port of Tacoma/ORG',
      'Lakewood Police Department/ORG',
      'Dover School District/ORG',
    ]);
  });

  it('leaves a place after other words alone ("President of France", "a suburb of Tacoma")', () => {
    const text =
      'The President of France visited a suburb of Tacoma with the Governor of Ohio. Jim Police said no.';
    const spans = [
      span(text, 'France', 'LOC'),
      span(text, 'Tacoma', 'LOC'),
      span(text, 'Ohio', 'LOC'),
      span(text, 'Jim', 'PER'),
    ];
    expect(repairTaggedSpans(text, spans)).toEqual(spans);
  });
});

describe('a shouted label before a name', () => {
  it('is cut off and leaves the type a guess; alone it is no name', () => {
    const text = 'READ Hoenig’s letter here. VIDEO Mayor Ruiz speaks. Reed Hastings spoke. MORE';
    const out = repairTaggedSpans(text, [
      span(text, 'READ Hoenig', 'ORG'),
      span(text, 'Reed Hastings', 'PER'),
      span(text, 'MORE', 'ORG'),
    ]);
    expect(out.map((s) => [s.text, s.type, s.score])).toEqual([
      ['Hoenig', 'ORG', 0.5],
      ['Reed Hastings', 'PER', 1],
    ]);
  });
});

describe('a shop named for its owner', () => {
  it('is one organisation when a shop’s noun follows the possessive', () => {
    const text = 'We ate at Marco’s Bar & Grill, then went to Aisha’s Salon and Spa.';
    const out = repairTaggedSpans(text, [
      span(text, 'Marco', 'PER'),
      span(text, 'Grill', 'ORG'),
      span(text, 'Aisha’s Salon', 'PER'),
      span(text, 'Spa', 'ORG'),
    ]);
    expect(shown(out)).toEqual(['Marco’s Bar & Grill/ORG', 'Aisha’s Salon and Spa/ORG']);
  });

  it('leaves a possessive before other capitalised words alone', () => {
    const text = 'Britain’s Labour and Conservative parties agreed.';
    const spans = [
      span(text, 'Britain', 'LOC'),
      span(text, 'Labour', 'ORG'),
      span(text, 'Conservative', 'ORG'),
    ];
    expect(repairTaggedSpans(text, spans)).toEqual(spans);
  });
});

describe('compass words', () => {
  it('are told apart from named regions and countries', () => {
    for (const word of ['North', 'South', 'Southeast', 'North-West', 'Back East', 'Down South'])
      expect(isCompassWord(word)).toBe(true);
    for (const word of ['North Korea', 'Midwest', 'East Asia', 'Deep South', 'Westfield'])
      expect(isCompassWord(word)).toBe(false);
  });
});

describe('an acronym of a name written in full, never in brackets', () => {
  const candidate = (text: string, surface: string, type: MentionCandidate['type']): MentionCandidate => ({
    ...span(text, surface, 'ORG'),
    type,
    source: 'tagger',
  });

  it('joins the one organisation whose initials it spells', () => {
    const text = 'The Marston Police Department closed the road. MPD said it would reopen.';
    const groups = groupEntities(text, [
      candidate(text, 'Marston Police Department', 'organization'),
      candidate(text, 'MPD', 'organization'),
    ]);
    expect(groups.map((g) => g.mentions.map((m) => m.text))).toEqual([['Marston Police Department', 'MPD']]);
  });

  it('stays apart when two bodies share the initials, or the letters are a person’s', () => {
    const text =
      'The Marston Police Department and the Milford Police Department met. MPD said. Mary P. Dunn left.';
    const groups = groupEntities(text, [
      candidate(text, 'Marston Police Department', 'organization'),
      candidate(text, 'Milford Police Department', 'organization'),
      candidate(text, 'MPD', 'organization'),
    ]);
    expect(groups).toHaveLength(3);
  });
});

describe('two names a verb or "or" joins', () => {
  it('splits the span at the sentence’s words, the second part as a guess', () => {
    const text = 'Priya Raman tells Harbor Weekly she left. Send it by Signal or Telegram, said Ortiz.';
    const out = repairTaggedSpans(text, [
      span(text, 'Priya Raman tells Harbor Weekly', 'PER'),
      span(text, 'Signal or Telegram', 'ORG'),
    ]);
    expect(shown(out)).toEqual(['Priya Raman/PER', 'Harbor Weekly/PER', 'Signal/ORG', 'Telegram/ORG']);
    expect(out.map((s) => s.score)).toEqual([1, 0.5, 1, 0.5]);
  });

  it('keeps a name whose lowercase words are its particles', () => {
    const text = 'Ana Lopes de Almeida joined the Bank of Lisbon and wrote Rage against the Tide.';
    const spans = [
      span(text, 'Ana Lopes de Almeida', 'PER'),
      span(text, 'Bank of Lisbon', 'ORG'),
      span(text, 'Rage against the Tide', 'MISC'),
    ];
    expect(shown(repairTaggedSpans(text, spans))).toEqual(shown(spans));
  });
});
