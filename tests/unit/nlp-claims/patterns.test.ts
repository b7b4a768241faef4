import { describe, expect, it } from 'vitest';
import type { AnalysisEntity } from '../../../lib/contract/types';
import { extractClaims, type CheckworthinessModel } from '../../../lib/nlp/claims';
import { splitSentences } from '../../../lib/nlp/sentences';

import { entities, model } from './claims-fixtures';

const claimsOf = (text: string, ents: AnalysisEntity[] = [], m: CheckworthinessModel = model) =>
  extractClaims(text, splitSentences(text), ents, m);

describe('extractClaims patterns', () => {
  it('takes curly-quoted words without the marks, speaker after the quote', () => {
    const text = '“We will not raise taxes on working families,” Rachel Reeves told reporters.';
    const [c] = claimsOf(text, entities(text, [['Rachel Reeves', 'person', ['Rachel Reeves']]]));
    expect(c).toMatchObject({
      kind: 'quote',
      text: 'We will not raise taxes on working families',
      speaker: { name: 'Rachel Reeves', entityId: 'e1' },
    });
  });

  it('finds the speaker after an inverted cue ("said the minister")', () => {
    const text = '"The border will stay open for trade," said Simon Coveney on Friday.';
    const [c] = claimsOf(text, entities(text, [['Simon Coveney', 'person', ['Simon Coveney']]]));
    expect(c?.speaker).toEqual({ name: 'Simon Coveney', entityId: 'e1' });
  });

  it('joins a quote that runs over paragraphs and keeps the speaker for the next quote paragraph', () => {
    const text =
      'Ms Ardern said: "The first part of the plan is already working.\n\n"The second part starts in March and will cost less than we feared."\n\nShe left the room.';
    const ents = entities(text, [['Jacinda Ardern', 'person', ['Ardern']]]);
    const quotes = claimsOf(text, ents).filter((c) => c.kind === 'quote');
    expect(quotes.map((c) => c.text)).toEqual([
      'The first part of the plan is already working.',
      'The second part starts in March and will cost less than we feared.',
    ]);
    expect(quotes.map((c) => c.speaker?.name)).toEqual(['Jacinda Ardern', 'Jacinda Ardern']);
  });

  it('reads "according to X" at the end and at the start of a sentence', () => {
    const text =
      'Unemployment fell sharply in the north last year, according to the Office for National Statistics.\nAccording to Reuters, the trade deal collapsed overnight in Brussels.';
    const ents = entities(text, [
      ['Office for National Statistics', 'organization', ['Office for National Statistics']],
      ['Reuters', 'organization', ['Reuters']],
    ]);
    const [first, second] = claimsOf(text, ents);
    expect(first).toMatchObject({
      kind: 'reported',
      text: 'Unemployment fell sharply in the north last year',
      speaker: { entityId: 'e1' },
    });
    expect(second).toMatchObject({
      kind: 'reported',
      text: 'the trade deal collapsed overnight in Brussels',
      speaker: { entityId: 'e2' },
    });
  });

  it('takes the clause after "told X that" and after "said it was"', () => {
    const text =
      'The minister told MPs on Monday that the hospital would close in May. Acme Corp said it was reviewing the contract.';
    const ents = entities(text, [['Acme Corp', 'organization', ['Acme Corp']]]);
    const [first, second] = claimsOf(text, ents);
    expect(first).toMatchObject({
      kind: 'reported',
      text: 'the hospital would close in May',
      speaker: { name: 'The minister' },
    });
    expect(second).toMatchObject({
      kind: 'reported',
      text: 'it was reviewing the contract',
      speaker: { name: 'Acme Corp', entityId: 'e1' },
    });
  });

  it('resolves "a party spokesman" and "he added" to the party', () => {
    const text =
      'The Green Party launched its manifesto.\n"We will plant a billion trees by the end of the decade," a party spokesman said.\n"Every one of them will be native," he added.';
    const ents = entities(text, [['Green Party', 'organization', ['Green Party']]]);
    const quotes = claimsOf(text, ents).filter((c) => c.kind === 'quote');
    expect(quotes.map((c) => c.speaker?.entityId)).toEqual(['e1', 'e1']);
  });

  it('marks statistics and scores them', () => {
    const text =
      'Inflation rose to 4.2% in March, the highest since 2008.\nThe council spent £3.5m on the new bridge.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.kind)).toEqual(['statistic', 'statistic']);
    expect(claims[1]!.text).toBe('The council spent £3.5m on the new bridge.');
  });

  it('leaves out sentences that are neither quoted, reported, statistical nor check-worthy', () => {
    const never: CheckworthinessModel = { score: () => 0.1 };
    expect(claimsOf('The weather was pleasant. We walked to the park.', [], never)).toEqual([]);
    const always: CheckworthinessModel = { score: () => 0.9 };
    expect(claimsOf('The bridge was built by the army in the war.', [], always)).toMatchObject([
      { kind: 'other', checkworthiness: 0.9 },
    ]);
  });

  it('survives empty text, unbalanced quotes and a 1 MB article', () => {
    expect(claimsOf('')).toEqual([]);
    const broken =
      'He said "this never closes and goes on. Then “another one. And ’ stray ” marks" everywhere.';
    const claims = claimsOf(broken);
    for (const c of claims) expect(broken.slice(c.start, c.end)).toBe(c.text);
    const paragraph =
      'The NCSC said on Tuesday that the attack on the party had failed. "We acted swiftly on every report," a spokeswoman said. Prices rose 3% last year.\n';
    const big = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const ents = entities(big, [
      ['National Cyber Security Centre', 'organization', ['NCSC']],
      ['Britain', 'place', ['Britain']],
    ]);
    const many = claimsOf(big, ents);
    expect(many[0]?.speaker?.entityId).toBe('e1');
    expect(many.length).toBeGreaterThan(20000);
  });
});

describe('extractClaims cue edge cases', () => {
  const never: CheckworthinessModel = { score: () => 0.1 };

  it('reads inverted attributions after the clause', () => {
    const text =
      'The economy is growing faster than expected, the chancellor said.\nThe strike will go ahead next week, said Mick Lynch.';
    const ents = entities(text, [['Mick Lynch', 'person', ['Mick Lynch']]]);
    const claims = claimsOf(text, ents, never);
    expect(claims).toMatchObject([
      {
        kind: 'reported',
        text: 'The economy is growing faster than expected',
        speaker: { name: 'the chancellor' },
      },
      {
        kind: 'reported',
        text: 'The strike will go ahead next week',
        speaker: { name: 'Mick Lynch', entityId: 'e1' },
      },
    ]);
  });

  it('does not take nouns or names for speech verbs', () => {
    const text = 'The claims were false and misleading.\nThe United States sent two envoys to the region.';
    expect(claimsOf(text, [], never)).toEqual([]);
  });

  it('attributes "he said" to the last person when no one has spoken yet', () => {
    const text = 'Boris Johnson arrived late.\nHe said the talks would resume in the spring.';
    const ents = entities(text, [['Boris Johnson', 'person', ['Boris Johnson']]]);
    const [c] = claimsOf(text, ents, never);
    expect(c).toMatchObject({
      kind: 'reported',
      text: 'the talks would resume in the spring',
      speaker: { entityId: 'e1' },
    });
  });
});

describe('extractClaims with page hints', () => {
  const never: CheckworthinessModel = { score: () => 0.1 };

  it('treats a blockquote span without quote marks as a quote by the last speaker', () => {
    const text =
      'The NCSC said on Tuesday that the attack on the party had failed.\nWe acted swiftly and the incident is now closed.';
    const ents = entities(text, [['National Cyber Security Centre', 'organization', ['NCSC']]]);
    const start = text.indexOf('We acted');
    const claims = extractClaims(text, splitSentences(text), ents, never, {
      quotes: [{ start, end: text.length }],
    });
    expect(claims[1]).toMatchObject({
      kind: 'quote',
      text: 'We acted swiftly and the incident is now closed.',
      speaker: { entityId: 'e1' },
    });
  });

  it('gives "a spokeswoman" the organisation that spoke just before', () => {
    const text =
      'The NCSC said on Tuesday that the attack on the party had failed.\n"We acted swiftly on every report," a spokeswoman said.';
    const ents = entities(text, [['National Cyber Security Centre', 'organization', ['NCSC']]]);
    expect(claimsOf(text, ents, never)[1]).toMatchObject({ kind: 'quote', speaker: { entityId: 'e1' } });
  });
});

describe('extractClaims on text whose paragraphs were flattened', () => {
  it('continues the speaker for a cue-less quote sentence right after an attributed quote', () => {
    const text =
      '"The party followed the agreed procedures," an NCSC spokeswoman said. "The attack was not successful and the incident is now closed." Later, the website was down.';
    const ents = entities(text, [['National Cyber Security Centre', 'organization', ['NCSC']]]);
    const quotes = claimsOf(text, ents, { score: () => 0.1 }).filter((c) => c.kind === 'quote');
    expect(quotes.map((c) => c.speaker?.entityId)).toEqual(['e1', 'e1']);
  });
});
