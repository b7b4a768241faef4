import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalysisEntity, Span } from '../../../lib/contract/types';
import type { FoundAttribution } from '../../../lib/nlp/claims/attributions';
import { extractClaims, parseClaimsModel } from '../../../lib/nlp/claims';
import { phraseAfterCue, sentenceSubject, sourcePhrase } from '../../../lib/nlp/claims/tagged-source';
import { splitSentences } from '../../../lib/nlp/sentences';

/** The span of the n-th occurrence (0-based) of `words` in `text`. */
function at(text: string, words: string, n = 0): Span {
  let start = -1;
  for (let k = 0; k <= n; k++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in the test sentence`);
  return { start, end: start + words.length };
}

const phraseText = (text: string, t: FoundAttribution): string | undefined => {
  const p = sourcePhrase(text, t, 0);
  return p && text.slice(p.phrase.start, p.phrase.end);
};

describe('sourcePhrase: the speaker phrase of a tagged attribution', () => {
  it('takes the name after an inverted cue when the tagged source is the tail of the quotation', () => {
    const text = "''Nobody works the corridors any more,'' said Representative Ann Pell, Democrat of Ohio.";
    const t = {
      content: at(text, "''Nobody works the corridors any more,''"),
      cue: at(text, 'said'),
      source: at(text, "any more,''"),
    };
    expect(phraseText(text, t)).toBe('Representative Ann Pell');
    expect(sourcePhrase(text, t, 0)?.afterCue).toBe(true);
  });

  it('keeps a tagged source that ends in a comma when no name follows the cue', () => {
    const text = 'The rules will change, Mr. Dorn, who led the panel, said.';
    const t = {
      content: at(text, 'The rules will change'),
      cue: at(text, 'said'),
      source: at(text, 'Mr. Dorn,'),
    };
    expect(phraseText(text, t)).toBe('Mr. Dorn,');
  });

  it('cuts a source that runs on from a programme title at the closing quote mark', () => {
    const text = 'Speaking on “Morning Desk,” Sen. Ray Ortiz described the bill as reckless.';
    const t = {
      content: at(text, 'the bill as reckless'),
      cue: at(text, 'described'),
      source: at(text, 'Morning Desk,” Sen. Ray Ortiz'),
    };
    expect(phraseText(text, t)).toBe('Sen. Ray Ortiz');
  });

  it('finds the name after "said" when the tagger found no source', () => {
    const text = '"Prices will fall by spring," said Dana Whitfield, an economist at the bank.';
    const t = { content: at(text, '"Prices will fall by spring,"'), cue: at(text, 'said') };
    expect(phraseText(text, t)).toBe('Dana Whitfield');
  });

  it('takes the subject before a cue the tagger found without a source, without a trailing adverb', () => {
    const text = 'The Senate unanimously passed a bill that bans the sale of the drug.';
    const t = { content: at(text, 'a bill that bans the sale of the drug'), cue: at(text, 'passed') };
    expect(phraseText(text, t)).toBe('The Senate');
  });

  it('goes back to the sentence subject when the source is only "and"', () => {
    const text = 'Governor Lee toured the flooded towns on Monday, and said the state would pay for repairs.';
    const t = {
      content: at(text, 'the state would pay for repairs'),
      cue: at(text, 'said'),
      source: at(text, 'and'),
    };
    expect(phraseText(text, t)).toBe('Governor Lee');
  });

  it('goes back to the sentence subject when the source is the end of a first conjunct ("… and")', () => {
    const text = 'Mayor Lena Ortiz is campaigning on road repairs and promising lower fares for commuters.';
    const t = {
      content: at(text, 'lower fares for commuters'),
      cue: at(text, 'promising'),
      source: at(text, 'road repairs and'),
    };
    expect(phraseText(text, t)).toBe('Mayor Lena Ortiz');
  });

  it('keeps a source after its cue even when it ends on "and"', () => {
    const text = '“Where is the money?” asked the clerk, who had waited all day and';
    const t = {
      content: at(text, '“Where is the money?”'),
      cue: at(text, 'asked'),
      source: at(text, 'the clerk, who had waited all day and'),
    };
    expect(phraseText(text, t)).not.toMatch(/^Where/);
  });

  it('gives a verb coordinated by "but" the subject the sentence opens with', () => {
    const text =
      'Mayor Lena Ortiz (left) did not name her rival in the debate on Tuesday night but argued that the city needs a new budget.';
    const t = { content: at(text, 'the city needs a new budget'), cue: at(text, 'argued') };
    expect(phraseText(text, t)).toBe('Mayor Lena Ortiz');
  });

  it('takes no date for the subject of a coordinated verb', () => {
    const text = 'Last October, the governor changed course and decided to keep the hospital open.';
    const t = { content: at(text, 'to keep the hospital open'), cue: at(text, 'decided') };
    expect(phraseText(text, t) ?? '').not.toMatch(/October/);
  });

  it('keeps the source before "told": the phrase after it is who listened', () => {
    const text =
      "''We stopped asking riddles in interviews,'' the firm's hiring chief, Dana Pell, told The Daily Ledger in 2019.";
    const t = {
      content: at(text, "''We stopped asking riddles in interviews,''"),
      cue: at(text, 'told'),
      source: at(text, "the firm's hiring chief, Dana Pell,"),
    };
    expect(phraseText(text, t)).toBe("the firm's hiring chief, Dana Pell,");
    const bare = { content: t.content, cue: t.cue };
    expect(sourcePhrase(text, bare, 0)).toBeUndefined();
  });

  it('takes the name after an object relative pronoun ("both of which Mrs. Pell praised")', () => {
    const text =
      'The union and the mayor, both of which Mrs. Pell praised for their patience, signed the deal.';
    const t = {
      content: at(text, 'for their patience'),
      cue: at(text, 'praised'),
      source: at(text, 'both of which Mrs. Pell'),
    };
    expect(phraseText(text, t)).toBe('Mrs. Pell');
  });

  it('names no one when neither source nor a speaker-like phrase is near the cue', () => {
    const text = '"We are ready," she said on Tuesday.';
    expect(phraseAfterCue(text, at(text, 'said').end)).toBeUndefined();
    const t = { content: at(text, '"We are ready,"'), cue: at(text, 'said') };
    expect(sourcePhrase(text, t, 0)).toBeUndefined();
  });
});

describe('sentenceSubject', () => {
  it('reads the capitalised name a sentence opens with, past a leading "But"', () => {
    const text = 'But Mrs. Carter would do well to listen, and said so.';
    const s = sentenceSubject(text, 0, text.indexOf('and said'));
    expect(s && text.slice(s.start, s.end)).toBe('Mrs. Carter');
  });

  it('finds nothing when the sentence opens with a lowercase word', () => {
    expect(sentenceSubject('and then they left.', 0, 10)).toBeUndefined();
  });
});

describe('extractClaims: a quotation introduced by "Name verb:"', () => {
  const model = parseClaimsModel(
    new Uint8Array(readFileSync(new URL('../../../assets/models/claims.bin', import.meta.url))),
  );
  it('gives the quotation to the subject of the clause the colon ends', () => {
    const text =
      'Debate night\n\nMarsh pressed on: “The questions in this debate show why people do not trust the networks at all.”';
    const marsh: AnalysisEntity = {
      id: 'e1',
      name: 'Eliza Marsh',
      type: 'person',
      confidence: 1,
      mentions: [{ ...at(text, 'Marsh'), text: 'Marsh' }],
    };
    const claims = extractClaims(text, splitSentences(text), [marsh], model);
    const quote = claims.find((c) => c.kind === 'quote');
    expect(quote?.speaker).toEqual({ name: 'Eliza Marsh', entityId: 'e1' });
  });
});

describe('sourcePhrase: a participle after a comma', () => {
  it('gives "…, arguing" to the sentence subject, not to the place before the comma', () => {
    const text =
      'Mayor Ines Duarte spoke on Friday about the flood in Leeds, Yorkshire, arguing that the barrier came too late.';
    const t = {
      content: at(text, 'the barrier came too late'),
      cue: at(text, 'arguing'),
      source: at(text, 'Yorkshire,'),
    };
    expect(phraseText(text, t)).toBe('Mayor Ines Duarte');
  });

  it('gives "…, citing" to the source of the report before it in the sentence', () => {
    const text = '"The plan works," Okafor said in March 2019, citing the fall in fares.';
    const previous = {
      content: at(text, '"The plan works,"'),
      cue: at(text, 'said'),
      source: at(text, 'Okafor'),
    };
    const t = {
      content: at(text, 'the fall in fares'),
      cue: at(text, 'citing'),
      source: at(text, 'March 2019,'),
    };
    const p = sourcePhrase(text, t, 0, previous);
    expect(p && text.slice(p.phrase.start, p.phrase.end)).toBe('Okafor');
  });

  it('gives "X, speaking to a group, said" to X, not to the group', () => {
    const text =
      'Mayor Ines Duarte, speaking to a group of farmers in Leeds, said the barrier came too late.';
    const t = {
      content: at(text, 'the barrier came too late'),
      cue: at(text, 'said'),
      source: at(text, 'a group of farmers in Leeds,'),
    };
    expect(phraseText(text, t)).toBe('Mayor Ines Duarte');
  });

  it('keeps a source at the start of its sentence', () => {
    const text = 'Duarte, arguing that the barrier came too late, asked for an inquiry.';
    const t = {
      content: at(text, 'the barrier came too late'),
      cue: at(text, 'arguing'),
      source: at(text, 'Duarte,'),
    };
    expect(phraseText(text, t)).toBe('Duarte,');
  });
});

describe('extractClaims: a cue right after the words ties them to its speaker', () => {
  const model = parseClaimsModel(
    new Uint8Array(readFileSync(new URL('../../../assets/models/claims.bin', import.meta.url))),
  );
  const entity = (id: string, name: string, type: AnalysisEntity['type'], text: string, surface: string) => ({
    id,
    name,
    type,
    confidence: 1,
    mentions: [{ ...at(text, surface), text: surface }],
  });
  it('keeps "one senior Democrat" for a quote the tagger hangs on a looser cue and another source', () => {
    const text =
      'Foundation questions\n\nThe Rovers signed the team captain. The new stories about the charity may be harder to answer, because the candidate has so far left the answers to Bill Clinton and the press team tasked with pushing back. “The campaign has been really reluctant to jump in on the charity,” one senior Democrat said.';
    const ents: AnalysisEntity[] = [
      entity('e1', 'Rovers F.C.', 'organization', text, 'the team'),
      entity('e2', 'Bill Clinton', 'person', text, 'Bill Clinton'),
    ];
    const claims = extractClaims(text, splitSentences(text), ents, model);
    const quote = claims.find((c) => c.text.startsWith('The campaign has been really reluctant'));
    expect(quote?.speaker?.name).toBe('one senior Democrat');
  });
});
