import { describe, expect, it } from 'vitest';
import { groupSentences, tokenize } from '../../../lib/nlp/tagger/tokenize';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('splits possessives, brackets and dashes the way CoNLL news text is tokenised', () => {
    expect(words("The National Cyber Security centre (NCSC) - part of Britain's spy agency GCHQ.")).toEqual([
      'The',
      'National',
      'Cyber',
      'Security',
      'centre',
      '(',
      'NCSC',
      ')',
      '-',
      'part',
      'of',
      'Britain',
      "'s",
      'spy',
      'agency',
      'GCHQ',
      '.',
    ]);
    expect(words('LONDON—British officials')).toEqual(['LONDON', '—', 'British', 'officials']);
    expect(words('Monday’s hack, “large-scale”')).toEqual([
      'Monday',
      '’s',
      'hack',
      ',',
      '“',
      'large-scale',
      '”',
    ]);
  });

  it('keeps abbreviations and initials whole but splits a sentence-final full stop', () => {
    expect(words('The U.S. team met Mr. Smith of Acme Inc. in Washington.')).toEqual([
      'The',
      'U.S.',
      'team',
      'met',
      'Mr.',
      'Smith',
      'of',
      'Acme',
      'Inc.',
      'in',
      'Washington',
      '.',
    ]);
    expect(words('He works for the UK.')).toEqual(['He', 'works', 'for', 'the', 'UK', '.']);
  });

  it('splits a closing bracket run into a capitalised word, as a credit styled apart is printed', () => {
    expect(words('WASHINGTON (Reuters)Officials said on Friday')).toEqual([
      'WASHINGTON',
      '(',
      'Reuters',
      ')',
      'Officials',
      'said',
      'on',
      'Friday',
    ]);
    expect(words('friend(s) and [sic]text stay (a)b')).toEqual([
      'friend(s',
      ')',
      'and',
      '[',
      'sic]text',
      'stay',
      '(',
      'a)b',
    ]);
  });

  it('leaves already tokenised text as it is', () => {
    const line =
      "Germany 's representative to the European Union 's veterinary committee Werner Zwingmann said on Wednesday";
    expect(words(line)).toEqual(line.split(' '));
  });

  it('gives offsets that slice the input back to each token', () => {
    const text = '  😀 Jeremy  Corbyn’s\tparty (Labour).';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text)[1]).toEqual({ text: 'Jeremy', start: 5, end: 11 });
  });

  it('groups sentences at full stops and line breaks, not after abbreviations', () => {
    const text = 'Mr. Corbyn spoke in Blackpool. Labour said so.\nLONDON — A headline';
    const sentences = groupSentences(text, tokenize(text)).map((s) => s.map((t) => t.text).join(' '));
    expect(sentences).toEqual(['Mr. Corbyn spoke in Blackpool .', 'Labour said so .', 'LONDON — A headline']);
  });

  it('splits a 200,000-character run of dashes or brackets without overflowing the stack', () => {
    const dashes = `a${'—'.repeat(200_000)}b`;
    const tokens = tokenize(dashes);
    expect(tokens).toHaveLength(200_002);
    expect(tokens[200_001]).toEqual({ text: 'b', start: 200_001, end: 200_002 });
    const brackets = `${'('.repeat(200_000)}x${')'.repeat(200_000)}`;
    const inner = tokenize(brackets);
    expect(inner).toHaveLength(400_001);
    expect(inner[200_000]).toEqual({ text: 'x', start: 200_000, end: 200_001 });
    expect(inner[400_000]).toEqual({ text: ')', start: 400_000, end: 400_001 });
  });
});
