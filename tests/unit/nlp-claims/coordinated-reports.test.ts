import { describe, expect, it } from 'vitest';
import type { AnalysisEntity } from '../../../lib/contract/types';
import { extractClaims } from '../../../lib/nlp/claims';
import { splitSentences } from '../../../lib/nlp/sentences';
import { entities, model } from './claims-fixtures';

const claimsOf = (text: string, ents: AnalysisEntity[] = []) =>
  extractClaims(text, splitSentences(text), ents, model);
const claimWith = (text: string, words: string, ents: AnalysisEntity[] = []) =>
  claimsOf(text, ents).find((c) => c.text.includes(words));

describe('a second report coordinated inside a reported claim', () => {
  it('becomes a claim of its own by its own subject, and the first claim ends before it', () => {
    const text =
      'The vote is on Friday. Most council members said they would back the new budget, while several residents said they feared much higher taxes next year.';
    const second = claimWith(text, 'feared much higher taxes');
    expect(second?.speaker?.name).toBe('several residents');
    const first = claimWith(text, 'back the new budget');
    expect(first?.text).not.toContain('feared');
    expect(first?.speaker?.name).toMatch(/council members/);
  });
});

describe('a quotation introduced by "Name verb:" after another speaker\'s report', () => {
  it('belongs to the name before the colon, not to the earlier speaker', () => {
    const text =
      'Ms. Alvarez said the plan was sound and affordable, to which Mr. Brandt interjected: “That is simply not true at all.”';
    const ents = entities(text, [
      ['Lucia Alvarez', 'person', ['Ms. Alvarez']],
      ['Piet Brandt', 'person', ['Mr. Brandt']],
    ]);
    expect(claimWith(text, 'simply not true', ents)?.speaker?.name).toBe('Piet Brandt');
  });

  it('goes to the subject of a clause ending in a colon, after a dash, whatever word ends it', () => {
    const text =
      'The hearing dragged on — Senate Majority Leader Ada Brook Quinlan, R-Ky., delivered a blunt message to Trump: "It is time to stop attacking the people you competed with."';
    const ents = entities(text, [['Ada Brook Quinlan', 'person', ['Ada Brook Quinlan']]]);
    expect(claimWith(text, 'stop attacking', ents)?.speaker?.name).toBe('Ada Brook Quinlan');
  });
});

describe('a quotation in the paragraph after a clause ending in a colon', () => {
  it("belongs to that clause's subject, not to the speaker before", () => {
    const text =
      '“The bridge is a disgrace and we need it fixed before winter,” said Mara Quill, a retired teacher.\n\n19-year-old Tomas Vey echoed:\n\n“Nobody in this town trusts the council to spend the money well.”';
    expect(claimWith(text, 'Nobody in this town')?.speaker?.name).toBe('19-year-old Tomas Vey');
  });

  it('finds the subject after an opening phrase, however long the clause', () => {
    const text =
      'The storm closed the port.\n\nIn response to the sudden loss of jobs at the harbour, Harbour Commissioner Ada Brook Quinlan issued the following statement:\n\n“Our thoughts are with every family that depends on this port.”';
    const ents = entities(text, [['Ada Brook Quinlan', 'person', ['Ada Brook Quinlan']]]);
    expect(claimWith(text, 'Our thoughts are with', ents)?.speaker?.name).toBe('Ada Brook Quinlan');
  });
});

describe('a headline quotation followed by "Name Says"', () => {
  it('belongs to the name before the Title Case verb', () => {
    const text =
      'Rail Fares Are ‘The Biggest Scandal Of Our Time,’ Mara Quill Tells Transport Conference\nFares rose again this year.';
    expect(claimWith(text, 'Biggest Scandal')?.speaker?.name).toBe('Mara Quill');
  });
});

describe('a pronoun agrees with its antecedent', () => {
  it('gives "he" to the last man named, not to the last speaker when she is a woman', () => {
    const text =
      'Mr. Brandt arrived late to the hearing. Ms. Alvarez said the plan was sound and affordable. "It is simply not true at all," he said.';
    const ents = entities(text, [
      ['Piet Brandt', 'person', ['Brandt']],
      ['Lucia Alvarez', 'person', ['Alvarez']],
    ]);
    expect(claimWith(text, 'simply not true', ents)?.speaker?.name).toBe('Piet Brandt');
    expect(claimWith(text, 'plan was sound', ents)?.speaker?.name).toBe('Lucia Alvarez');
  });

  it('keeps the last speaker when the text does not tell their gender', () => {
    const text =
      'Kim Brandt arrived late to the hearing. Robin Alvarez said the plan was sound and affordable. "It is simply not true at all," he said.';
    const ents = entities(text, [
      ['Kim Brandt', 'person', ['Kim Brandt']],
      ['Robin Alvarez', 'person', ['Robin Alvarez']],
    ]);
    expect(claimWith(text, 'simply not true', ents)?.speaker?.name).toBe('Robin Alvarez');
  });
});
