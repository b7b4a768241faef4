import { describe, expect, it } from 'vitest';
import type { Span } from '../../../lib/contract/types';
import type { FoundAttribution } from '../../../lib/nlp/claims/attributions';
import { extractClaims } from '../../../lib/nlp/claims';
import { splitSentences } from '../../../lib/nlp/sentences';
import { placeMentions, resolveSpeaker } from '../../../lib/nlp/claims/speakers';
import { sourcePhrase } from '../../../lib/nlp/claims/tagged-source';
import { entities, model } from './claims-fixtures';

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

describe('sourcePhrase: a tagged source never runs over a sentence end', () => {
  it('keeps the part after the full stop when the source stands before its cue', () => {
    const text =
      'The story ran in the Springfield Gazette. The newspaper reported that the mayor met the families.';
    const t = {
      content: at(text, 'that the mayor met the families'),
      cue: at(text, 'reported'),
      source: at(text, 'the Springfield Gazette. The newspaper'),
    };
    expect(phraseText(text, t)).toBe('The newspaper');
  });

  it('keeps the part before the full stop when the source follows its cue', () => {
    const text = '"Wages will rise," said Ben Ruiz, an economist. Particularly in the north, prices fell.';
    const t = {
      content: at(text, '"Wages will rise,"'),
      cue: at(text, 'said'),
      source: at(text, 'Ben Ruiz, an economist. Particularly in the north'),
    };
    expect(phraseText(text, t)).toBe('Ben Ruiz, an economist');
  });

  it('does not cut at the stop of a title, an initial or an abbreviation', () => {
    const text = 'Sen. Ray P. Ortiz and U.S. Trade officials said the deal was done.';
    const t = {
      content: at(text, 'the deal was done'),
      cue: at(text, 'said'),
      source: at(text, 'Sen. Ray P. Ortiz and U.S. Trade officials'),
    };
    expect(phraseText(text, t)).toBe('Sen. Ray P. Ortiz and U.S. Trade officials');
  });
});

describe('resolveSpeaker: a description tied to a name keeps the article’s words', () => {
  it('shows a description around a name beside the organisation it refers to', () => {
    const text = 'The figures rose, the NCSC agency said in a report.';
    const ents = entities(text, [['National Cyber Security Centre', 'organization', ['NCSC']]]);
    const speaker = resolveSpeaker(text, at(text, 'the NCSC agency'), placeMentions(ents), {});
    expect(speaker?.name).toBe('National Cyber Security Centre (the NCSC agency)');
  });

  it('shows a description the entity stages linked to a name beside that name', () => {
    const text = 'The Water Board met on Monday. The agency said the figures rose.';
    const [board] = entities(text, [['Water Board', 'organization', ['Water Board']]]);
    const start = text.indexOf('The agency');
    board!.mentions.push({ start, end: start + 'The agency'.length, text: 'The agency' });
    const speaker = resolveSpeaker(text, at(text, 'The agency'), placeMentions([board!]), {});
    expect(speaker).toEqual({ name: 'Water Board (The agency)', entityId: board!.id });
  });

  it('keeps a name as it is when the description shares its head word', () => {
    const text = 'The Water Board met on Monday. The board said the figures rose.';
    const [board] = entities(text, [['Water Board', 'organization', ['Water Board']]]);
    const start = text.indexOf('The board');
    board!.mentions.push({ start, end: start + 'The board'.length, text: 'The board' });
    expect(resolveSpeaker(text, at(text, 'The board'), placeMentions([board!]), {})?.name).toBe(
      'Water Board',
    );
  });
});

describe('a report that goes on with a participle ("…, X said, adding that …")', () => {
  it('keeps the tagged source of the participle when a verb of its own follows it', () => {
    const text = 'Springfield kept the port open, a harbour official said, adding that the cranes were old.';
    const t = {
      content: at(text, 'that the cranes were old'),
      cue: at(text, 'adding'),
      source: at(text, 'a harbour official'),
    };
    expect(phraseText(text, t)).toBe('a harbour official');
  });

  it('still reads a participle after a place as the sentence subject’s', () => {
    const text = 'Ms. Ortiz spoke in Tulsa, Oklahoma, arguing that the cranes were old.';
    const t = {
      content: at(text, 'that the cranes were old'),
      cue: at(text, 'arguing'),
      source: at(text, 'Oklahoma,'),
    };
    expect(phraseText(text, t)).toBe('Ms. Ortiz');
  });

  it('gives the words before the inverted cue to its speaker', () => {
    const text =
      'Ferry news. The city did not object when the new ferry fares helped local traders, a harbour official said, adding that the cranes were old.';
    const claims = extractClaims(text, splitSentences(text), [], model);
    const first = claims.find((c) => c.text.includes('did not object'));
    expect(first?.text.startsWith('The city did not object')).toBe(true);
    expect(first?.speaker?.name).toBe('a harbour official');
  });
});

describe('sourcePhrase: a source in the sentence before is not the cue’s', () => {
  it('reads the cue’s own subject when the tagged source ends before its sentence', () => {
    const text =
      'Mayor Okafor needs to win the suburbs. Senator Whitcombe needs to explain the bridge costs.';
    const start = text.indexOf('Senator Whitcombe');
    const t = {
      content: at(text, 'the bridge costs'),
      cue: at(text, 'needs to explain'),
      source: at(text, 'Mayor Okafor'),
    };
    expect(phraseText(text, t, start)).toBe('Senator Whitcombe');
  });

  it('keeps a source in the cue’s own sentence', () => {
    const text = 'The vote is near. Senator Whitcombe needs to explain the bridge costs.';
    const start = text.indexOf('Senator Whitcombe');
    const t = {
      content: at(text, 'the bridge costs'),
      cue: at(text, 'needs to explain'),
      source: at(text, 'Senator Whitcombe'),
    };
    expect(phraseText(text, t, start)).toBe('Senator Whitcombe');
  });
});

describe('a transcript turn after a colon line', () => {
  it('goes to the label the quotation opens with, not to the colon clause', () => {
    const text =
      'Interview\n\nSenator Lowe spoke on Sunday. Partial transcript as follows:\n\n' +
      '"HARPER: Let us start with the news about the debate. Will you attend the event on Sunday night?\n\n' +
      '"LOWE: I will not attend the debate because the rules were changed at the last minute.\n';
    const claims = extractClaims(text, splitSentences(text), [], model);
    const speakerOf = (words: string) => claims.find((c) => c.text.includes(words))?.speaker?.name;
    expect(speakerOf('Let us start')).toBe('HARPER');
    expect(speakerOf('I will not attend')).toBe('LOWE');
  });
});

describe('an inverted report whose cue is followed by when or how it was said', () => {
  it('gives the words before "…, the company said on Tuesday." to the company', () => {
    const text =
      'Plant news. The Springfield plant will close in March and move its workers to the northern site, the company said on Tuesday.';
    const claims = extractClaims(text, splitSentences(text), [], model);
    const claim = claims.find((c) => c.text.includes('will close in March'));
    expect(claim?.kind).toBe('reported');
    expect(claim?.speaker?.name).toBe('the company');
  });

  it('still reads a clause after the cue as what was said', () => {
    const text =
      'Plant news. The company said on Tuesday that the plant will close in March and move its workers.';
    const claims = extractClaims(text, splitSentences(text), [], model);
    expect(claims.some((c) => c.text.startsWith('the plant will close in March'))).toBe(true);
  });
});
