import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalysisEntity } from '../../../lib/contract/types';
import { extractClaims, parseClaimsModel } from '../../../lib/nlp/claims';
import { findQuotations } from '../../../lib/nlp/claims/quotes';
import { splitSentences } from '../../../lib/nlp/sentences';

const model = parseClaimsModel(
  new Uint8Array(readFileSync(new URL('../../../assets/models/claims.bin', import.meta.url))),
);

/** Entities whose mentions are every occurrence of the given names. */
function entities(text: string, specs: Array<[string, AnalysisEntity['type'], string[]]>): AnalysisEntity[] {
  return specs.map(([name, type, surfaces], k) => ({
    id: `e${k + 1}`,
    name,
    type,
    confidence: 1,
    mentions: surfaces.flatMap((s) =>
      [...text.matchAll(new RegExp(`\\b${s}\\b`, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + s.length,
        text: s,
      })),
    ),
  }));
}

const claimsOf = (text: string, ents: AnalysisEntity[] = []) =>
  extractClaims(text, splitSentences(text), ents, model);
const speakerOf = (text: string, words: string, ents: AnalysisEntity[] = []) =>
  claimsOf(text, ents).find((c) => c.text.includes(words))?.speaker?.name;

describe('quotation marks typed the wrong way', () => {
  it('closes a curly quote that runs into the next word', () => {
    const text = 'Intro. “The bridge will open in the spring of next year,”Ms Alvarez said.';
    const [q] = findQuotations(text);
    expect(text.slice(q!.inner.start, q!.inner.end)).toBe('The bridge will open in the spring of next year,');
  });

  it('closes with an opening mark typed after a comma', () => {
    const text = '“The budget is balanced for the third year,“ said Tomas Berg, a council member.';
    const [q] = findQuotations(text);
    expect(text.slice(q!.inner.start, q!.inner.end)).toBe('The budget is balanced for the third year,');
  });

  it('still opens a quote after a dash or a colon', () => {
    const text = 'She said:“We will build it.” Then—“Soon,” she added.';
    expect(findQuotations(text).map((q) => text.slice(q.inner.start, q.inner.end))).toEqual([
      'We will build it.',
      'Soon,',
    ]);
  });
});

describe('speakers after the verb', () => {
  it('reads a description that opens with a number: "said a 2012 campaign veteran"', () => {
    const text =
      'The mayor rehearsed for weeks. “He never liked the format of those debates,” said a 2012 campaign veteran.';
    expect(speakerOf(text, 'never liked')).toBe('a 2012 campaign veteran');
  });

  it('reads the name before its job after a wrongly typed mark', () => {
    const text =
      'Fees were paid by the hosts. “It is an unusual way to pay for a tour,“ said Tomas Berg, a lawyer in Leeds.';
    expect(speakerOf(text, 'unusual way', entities(text, [['Tomas Berg', 'person', ['Tomas Berg']]]))).toBe(
      'Tomas Berg',
    );
  });
});

describe('a tagged source beats a speaker carried over', () => {
  it('gives a question to the interviewer named after it, not the answerer before', () => {
    const text =
      '“We will lower the fees for every family in the county,” Mayor Dana Whitfield said.\n\n' +
      '“Would that include the families who moved here last year?” Hannigan pressed.';
    const ents = entities(text, [['Dana Whitfield', 'person', ['Dana Whitfield']]]);
    expect(speakerOf(text, 'lower the fees', ents)).toBe('Dana Whitfield');
    expect(speakerOf(text, 'moved here last year', ents)).toBe('Hannigan');
  });
});
