import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions, groupEntities, type MentionCandidate } from '@/lib/nlp/entities';
import { occurrences } from '../../fixtures/nlp-entities/seed-finders';

/** Candidates as mergeMentions hands them over: every occurrence, minus those inside a longer one. */
function candidates(
  text: string,
  list: Array<[string, MentionCandidate['type'], string?]>,
): MentionCandidate[] {
  const all = list.flatMap(([surface, type, kb]) =>
    occurrences(text, surface).map((o) => ({
      ...o,
      type,
      source: kb ? ('kb' as const) : ('tagger' as const),
      ...(kb ? { kbCandidates: [kb] } : {}),
    })),
  );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return all.filter((c) => {
    const nested = c.end <= reach;
    reach = Math.max(reach, c.end);
    return !nested;
  });
}

describe('acronym definitions', () => {
  it.each([
    ['The National Cyber Security centre (NCSC) said.', 'NCSC', 'National Cyber Security centre'],
    [
      'Agents of the Federal Bureau of Investigation (FBI) arrived.',
      'FBI',
      'Federal Bureau of Investigation',
    ],
    ['The NCSC (National Cyber Security Centre) said.', 'NCSC', 'National Cyber Security Centre'],
    ['GCHQ (Government Communications Headquarters) said.', 'GCHQ', 'Government Communications Headquarters'],
  ])('%s', (text, short, long) => {
    const [def] = findAcronymDefinitions(text);
    expect(def.short.text).toBe(short);
    expect(def.long.text).toBe(long);
    expect(text.slice(def.long.start, def.long.end)).toBe(long);
  });

  it('does not pair words whose letters do not spell the acronym', () => {
    expect(findAcronymDefinitions('The report was released on Monday (AFP) and later (BBC News).')).toEqual(
      [],
    );
  });
});

describe('groupEntities', () => {
  it('makes one group of an acronym, its expansion and its later uses, named by the expansion', () => {
    const text = 'The National Cyber Security centre (NCSC) said. Labour told the NCSC.';
    const groups = groupEntities(
      text,
      candidates(text, [
        ['National Cyber Security', 'organization'],
        ['Labour', 'organization'],
      ]),
    );
    const ncsc = groups.find((g) => g.names.includes('NCSC'));
    expect(ncsc?.name).toBe('National Cyber Security centre');
    expect(ncsc?.names).toEqual(['National Cyber Security centre', 'NCSC']);
    expect(ncsc?.mentions.map((m) => m.start)).toEqual([4, 36, 64]);
    expect(groups).toHaveLength(2);
  });

  it('groups the FBI with "the Federal Bureau of Investigation" (without "the")', () => {
    const text = 'Agents of the Federal Bureau of Investigation (FBI) arrived. The FBI declined to comment.';
    const groups = groupEntities(
      text,
      candidates(text, [
        ['Federal Bureau of Investigation', 'organization'],
        ['FBI', 'organization'],
      ]),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0].name).toBe('Federal Bureau of Investigation');
    expect(groups[0].mentions).toHaveLength(3);
  });

  it('joins a surname to the full name before it, and not to a different person', () => {
    const text = 'Jeremy Corbyn spoke. Boris Johnson replied. Corbyn said no. Johnson left.';
    const groups = groupEntities(
      text,
      candidates(text, [
        ['Jeremy Corbyn', 'person'],
        ['Boris Johnson', 'person'],
        ['Corbyn', 'person'],
        ['Johnson', 'person'],
      ]),
    );
    expect(groups.map((g) => [g.name, g.mentions.length])).toEqual([
      ['Jeremy Corbyn', 2],
      ['Boris Johnson', 2],
    ]);
  });

  it('attaches a shared surname to the most recently named of two namesakes', () => {
    const text = 'Boris Johnson spoke. Jo Johnson resigned. Johnson said he was proud.';
    const groups = groupEntities(
      text,
      candidates(text, [
        ['Boris Johnson', 'person'],
        ['Jo Johnson', 'person'],
        ['Johnson', 'person'],
      ]),
    );
    expect(groups.find((g) => g.name === 'Jo Johnson')?.mentions.map((m) => m.text)).toEqual([
      'Jo Johnson',
      'Johnson',
    ]);
  });

  it("gives a family name several people share to the headline's person, once the text has named them", () => {
    const text =
      'Rep. Dana Holt will retire. A launch followed by Kim Lowe, a friend of Sue Holt, his wife. ' +
      'Holt announced it on Monday. Sue Holt said nothing.';
    const cands = candidates(text, [
      ['Dana Holt', 'person'],
      ['Kim Lowe', 'person'],
      ['Sue Holt', 'person'],
      ['Holt', 'person'],
    ]);
    const bare = text.indexOf('Holt announced');
    const holder = (groups: ReturnType<typeof groupEntities>) =>
      groups.find((g) => g.mentions.some((m) => m.start === bare))?.name;
    expect(holder(groupEntities(text, cands, ['Dana Holt']))).toBe('Dana Holt');
    // Without the headline, the most recent full name (the earlier rule).
    expect(holder(groupEntities(text, cands))).toBe('Sue Holt');
  });

  it('joins "Labour Party" and "Labour" by name, and KB demonyms by their shared KB id', () => {
    const text = 'The Labour Party said British voters in Britain back Labour.';
    const groups = groupEntities(
      text,
      candidates(text, [
        ['Labour Party', 'organization'],
        ['Labour', 'organization'],
        ['British', 'place', 'uk'],
        ['Britain', 'place', 'uk'],
      ]),
    );
    expect(groups.map((g) => [g.name, g.names])).toEqual([
      ['Labour Party', ['Labour Party', 'Labour']],
      ['Britain', ['Britain', 'British']],
    ]);
    expect(groups[1].kbCandidates).toEqual(['uk']);
  });

  it('keeps different organisations apart', () => {
    const text = 'Labour and the Conservative Party clashed with Reform UK.';
    const groups = groupEntities(
      text,
      candidates(text, [
        ['Labour', 'organization'],
        ['Conservative Party', 'organization'],
        ['Reform UK', 'organization'],
      ]),
    );
    expect(groups).toHaveLength(3);
  });

  it('returns no groups for no candidates', () => {
    expect(groupEntities('', [])).toEqual([]);
  });

  it('groups a 1 MB article (its growth is in npm run bench -- growth)', () => {
    const sentence =
      'The National Cyber Security centre (NCSC) told Jeremy Corbyn that Corbyn and Labour were safe. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const list = candidates(text, [
      ['Jeremy Corbyn', 'person'],
      ['Corbyn', 'person'],
      ['Labour', 'organization'],
    ]);
    const groups = groupEntities(text, list);
    expect(groups.map((g) => g.name)).toEqual(['National Cyber Security centre', 'Jeremy Corbyn', 'Labour']);
  });
});
