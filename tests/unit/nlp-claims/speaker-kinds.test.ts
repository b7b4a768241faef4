import { describe, expect, it } from 'vitest';
import type { AnalysisEntity } from '../../../lib/contract/types';
import { extractClaims } from '../../../lib/nlp/claims';
import { findQuotations } from '../../../lib/nlp/claims/quotes';
import { placeMentions, resolveSpeaker } from '../../../lib/nlp/claims/speakers';
import { phraseAfterCue } from '../../../lib/nlp/claims/tagged-source';
import { splitSentences } from '../../../lib/nlp/sentences';

import { entities, model } from './claims-fixtures';

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

describe('speakers the cue list does not know', () => {
  it('takes the name and verb right after a question: "“…?” Hannigan pressed."', () => {
    const text =
      'The council met on Monday.\n\n“Will the new depot be finished before the winter storms arrive?” Hannigan pressed.';
    expect(speakerOf(text, 'new depot')).toBe('Hannigan');
  });

  it('leaves a name that introduces the next quotation to that quotation', () => {
    const lead =
      'The host turned to the senator. “Has the story about the budget moved on?” Okafor countered';
    expect(speakerOf(`${lead}.`, 'story about the budget')).toBe('Okafor');
    expect(speakerOf(`${lead}, “It has moved on for good.”`, 'story about the budget')).not.toBe('Okafor');
  });

  it('gives a participle clause to the sentence subject: "X, who …, will …, saying …"', () => {
    const text =
      'Marta Lindqvist, who won the runoff on Sunday, will return the favour to Ortega, saying his plans for the harbour would cost thousands of jobs.';
    const ents = entities(text, [['Marta Lindqvist', 'person', ['Marta Lindqvist']]]);
    expect(speakerOf(text, 'plans for the harbour', ents)).toBe('Marta Lindqvist');
  });

  it('never takes a sentence opening like "One month after" as a speaker', () => {
    const text =
      'One month after announcing his support for the governor, the mayor still believes that the bridge should be rebuilt in steel.';
    const got = speakerOf(text, 'bridge should be rebuilt');
    expect(got === undefined || !/^One\b/.test(got)).toBe(true);
  });
});

describe('generic groups in the body', () => {
  it('keeps "Sources" as written instead of the person quoted next', () => {
    const text =
      'The mayor opened the new library on Monday. Officials praised the design.\n\n' +
      'Sources told the Gazette that the council had approved the budget in secret meetings last spring. ' +
      '"I never saw the budget before the vote," Councillor Ruth Amsel said.';
    const ents = entities(text, [['Ruth Amsel', 'person', ['Ruth Amsel']]]);
    expect(speakerOf(text, 'approved the budget', ents)).not.toBe('Ruth Amsel');
  });
});

describe('descriptions as written', () => {
  it('keeps the name before its appositions: "Name, director of X, a research group …"', () => {
    const text =
      'The plan drew criticism.\n\n“The harbour tax will drive the ferries out of business within a year,” said Ilse Morrow, director of the Coastal Trade Forum, a research group focused on shipping. “Nobody in the port wants the tax to pass this year.”';
    expect(speakerOf(text, 'Nobody in the port')).toBe('Ilse Morrow');
  });

  it('reads a share of a group as the speaker: "about half of voters say"', () => {
    const text =
      'The survey was taken on Tuesday. In all five counties, about half of voters say they would prefer a mayor who has never held office.';
    expect(speakerOf(text, 'prefer a mayor')).toMatch(/half of voters/);
  });
});

describe('two speakers in one sentence', () => {
  it('gives each its own claim: "While A pledged X, B insisted that Y"', () => {
    const text =
      'While Marta Lindqvist pledged to work with both parties in the assembly, Tomas Ortega insisted that real change will come only with a new constitution.';
    const ents = entities(text, [
      ['Marta Lindqvist', 'person', ['Marta Lindqvist']],
      ['Tomas Ortega', 'person', ['Tomas Ortega']],
    ]);
    expect(speakerOf(text, 'new constitution', ents)).toBe('Tomas Ortega');
  });
});

describe('speaker phrases the tagger ran on', () => {
  const resolve = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    return resolveSpeaker(text, { start, end: start + phrase.length }, placeMentions([]), {})?.name;
  };

  it('never takes a party label in brackets for the speaker', () => {
    const text = 'On the radio, Rep. Ruth Amsel (D-Ore.) discussed the bill she was introducing.';
    expect(resolve(text, 'Rep. Ruth Amsel (D-Ore.)')).toBe('Rep. Ruth Amsel');
  });

  it('drops a relative clause after the name: "Beck, who has in the past"', () => {
    const text = 'Beck, who has in the past opposed the levy, argued that it would hurt farms.';
    expect(resolve(text, 'Beck, who has in the past')).toBe('Beck');
  });

  it('takes the noun phrase before the verb of a run-on source', () => {
    const text = 'The Harbour Authority denies any wrongdoing and says that every contract was approved.';
    expect(resolve(text, 'The Harbour Authority denies any wrongdoing and')).toBe('The Harbour Authority');
  });

  it('gives "…, but said …" the source of the attribution before it in the sentence', () => {
    const text =
      'Last month, Police Chief Ruth Amsel called the audit "deeply flawed," but said the department would adopt all of its proposals.';
    const ents = entities(text, [['Ruth Amsel', 'person', ['Ruth Amsel']]]);
    expect(speakerOf(text, 'adopt all of its proposals', ents)).toBe('Ruth Amsel');
  });
});

describe('a line that introduces the quotation below it', () => {
  it('gives "Okafor continued:" on its own line to the next paragraph\'s quotation', () => {
    const text =
      'The debate ran late.\n\nOkafor continued:\n\n“You look at the questions they asked tonight and you see why nobody trusts the moderators.”';
    expect(speakerOf(text, 'nobody trusts')).toBe('Okafor');
  });

  it('takes no speaker from "More from the report:"', () => {
    const text =
      'The study was long.\n\nMore from the report:\n\n“The partisanship of the county population is a starting point for any forecast.”';
    expect(speakerOf(text, 'partisanship of the county')).toBeUndefined();
  });
});

describe('names with titles and initials after the verb', () => {
  it('reads "said Sen. Ruth P. Amsel Jr., a party elder" to the comma, not to the first full stop', () => {
    const text = '“We have to be careful,” said Sen. Ruth P. Amsel Jr., a party elder.';
    const cueEnd = text.indexOf('said') + 4;
    const phrase = phraseAfterCue(text, cueEnd)!;
    expect(text.slice(phrase.start, phrase.end)).toBe('Sen. Ruth P. Amsel Jr.');
  });
});

describe('transcript turns quoted whole', () => {
  it('gives a turn to the label in capitals it opens with', () => {
    const text =
      'The radio debate ran long, and the host pressed the mayor on the depot.\n\n' +
      '"KELLER: Will the new depot really open in the spring, as the council promised last year?\n\n' +
      '"MORROW: It will open in April, and the bus fares will fall by a third for every rider in the county.';
    const claims = claimsOf(text);
    const turn = claims.find((c) => c.text.includes('bus fares will fall'));
    expect(turn?.speaker?.name).toBe('MORROW');
  });
});
