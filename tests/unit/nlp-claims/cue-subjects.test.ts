import { describe, expect, it } from 'vitest';
import type { Span } from '../../../lib/contract/types';
import type { FoundAttribution } from '../../../lib/nlp/claims/attributions';
import { sourcePhrase } from '../../../lib/nlp/claims/tagged-source';

/** The span of `words` in `text`. */
function at(text: string, words: string): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the test sentence`);
  return { start, end: start + words.length };
}

const phraseText = (text: string, t: FoundAttribution, sentenceStart = 0): string | undefined => {
  const p = sourcePhrase(text, t, sentenceStart);
  return p && text.slice(p.phrase.start, p.phrase.end);
};

describe('sourcePhrase: a participle clause opening the sentence', () => {
  it('gives "Citing …, Name verb" to the main clause’s subject', () => {
    const text =
      'Citing a report from the state auditor, Mayor Linda Okafor accused the county of hiding debts.';
    const t = { content: at(text, 'a report from the state auditor'), cue: at(text, 'Citing') };
    expect(phraseText(text, t)).toBe('Mayor Linda Okafor');
  });

  it('reads past a preposition before the participle ("In defending …")', () => {
    const text = 'The vote is close. In defending his budget, Okafor offered a rare look at the accounts.';
    const start = text.indexOf('In defending');
    const t = { content: at(text, 'his budget'), cue: at(text, 'In defending') };
    expect(phraseText(text, t, start)).toBe('Okafor');
  });

  it('finds no speaker when the main clause opens without a name', () => {
    const text = 'Citing a report from the state auditor, the county was accused of hiding debts.';
    const t = { content: at(text, 'a report from the state auditor'), cue: at(text, 'Citing') };
    expect(phraseText(text, t)).toBeUndefined();
  });

  it('leaves a participle inside the sentence to the other rules', () => {
    const text = 'Okafor spoke for an hour, citing a report from the state auditor, Mr. Bell said.';
    const t = { content: at(text, 'a report from the state auditor'), cue: at(text, 'citing') };
    expect(phraseText(text, t)).not.toBe('Mr. Bell');
  });
});

describe('sourcePhrase: a cue that holds its speaker', () => {
  it('takes the name of an inverted "Said Name:" before a quotation', () => {
    const text = 'Said Whitcombe: "The bridge will be finished by the end of next year."';
    const t = {
      content: at(text, '"The bridge will be finished by the end of next year."'),
      cue: at(text, 'Said Whitcombe:'),
    };
    expect(phraseText(text, t)).toBe('Whitcombe');
  });

  it('keeps a title with its name ("Added Mr. Ruiz:")', () => {
    const text = 'Added Mr. Ruiz: "We will not wait for the council to act."';
    const t = {
      content: at(text, '"We will not wait for the council to act."'),
      cue: at(text, 'Added Mr. Ruiz:'),
    };
    expect(phraseText(text, t)).toBe('Mr. Ruiz');
  });
});
