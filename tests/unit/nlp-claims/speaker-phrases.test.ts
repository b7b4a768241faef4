import { describe, expect, it } from 'vitest';
import {
  isSpeakerPhrase,
  placeMentions,
  resolveSpeaker,
  withoutConnectives,
} from '../../../lib/nlp/claims/speakers';

const words = (s: string): string[] => s.split(/\s+/);

describe('isSpeakerPhrase: who, never when or how', () => {
  it('refuses adverbs, time phrases and lone verbs', () => {
    expect(isSpeakerPhrase(words('insistently'))).toBe(false);
    expect(isSpeakerPhrase(words('privately worry about the questions'))).toBe(false);
    expect(isSpeakerPhrase(words('last year'))).toBe(false);
    expect(isSpeakerPhrase(words('on Tuesday'))).toBe(false);
    expect(isSpeakerPhrase(words('kept'))).toBe(false);
    expect(isSpeakerPhrase(words('amid'))).toBe(false);
  });

  it('keeps names and honest descriptions, even of one word', () => {
    expect(isSpeakerPhrase(words('one senior Democrat'))).toBe(true);
    expect(isSpeakerPhrase(words('voters'))).toBe(true);
    expect(isSpeakerPhrase(words('those'))).toBe(true);
    expect(isSpeakerPhrase(words('family members'))).toBe(true);
    expect(isSpeakerPhrase(words('Gov. Chris Christie'))).toBe(true);
    expect(isSpeakerPhrase(words('early returns'))).toBe(true);
    expect(isSpeakerPhrase(words('likely voters'))).toBe(true);
  });
});

describe('resolveSpeaker: the part of a phrase that names the speaker', () => {
  it('skips a trailing adverb set off by commas and takes the name', () => {
    const text = 'Gov. Ada Ruiz, a close ally of the mayor, effectively acknowledged the mistake.';
    const phrase = { start: 0, end: text.indexOf(' acknowledged') };
    const speaker = resolveSpeaker(text, phrase, placeMentions([]), {});
    expect(speaker?.name).toBe('Gov. Ada Ruiz');
  });

  it('shows no one for a phrase that only says when', () => {
    const text = 'Members of the party, last year proposed a ban.';
    const start = text.indexOf('last year');
    expect(resolveSpeaker(text, { start, end: start + 9 }, placeMentions([]), {})).toBeUndefined();
  });
});

describe('withoutConnectives: a speaker phrase without "And …" and "…, who"', () => {
  const resolved = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    return resolveSpeaker(text, { start, end: start + phrase.length }, placeMentions([]), {})?.name;
  };

  it('drops a leading conjunction', () => {
    const text = 'And Pew finds that most readers skim.';
    expect(resolved(text, 'And Pew')).toBe('Pew');
  });

  it('drops a trailing relative pronoun and keeps the name before it', () => {
    const text = 'Ms. Okafor, who chairs the panel, said the vote would wait.';
    expect(resolved(text, 'Ms. Okafor, who')).toBe('Ms. Okafor');
    const text2 = 'Dan Pryce, a council member from Leeds, who backed the plan, said so.';
    expect(resolved(text2, 'Dan Pryce, a council member from Leeds, who')).toBe('Dan Pryce');
  });

  it('drops the conjunction that opens the part naming the speaker', () => {
    const text = 'Turnout is falling in both towns, and recent surveys show a tight race.';
    expect(resolved(text, 'both towns, and recent surveys')).toBe('recent surveys');
    const text3 = 'And although Gov. Ada Ruiz lamented the delay, the vote went ahead.';
    expect(resolved(text3, 'And although Gov. Ada Ruiz')).toBe('Gov. Ada Ruiz');
    const text4 = 'The plan passed, as many as 40 percent of members said.';
    expect(resolved(text4, 'as many as 40 percent of members')).toBe('as many as 40 percent of members');
  });

  it('drops an adverb between the subject and its verb', () => {
    const text = 'Gov. Ada Ruiz reportedly told aides that he sometimes called.';
    expect(resolved(text, 'Gov. Ada Ruiz reportedly')).toBe('Gov. Ada Ruiz');
    const start = text.indexOf('he sometimes');
    const last = { name: 'Omar Pell' };
    const speaker = resolveSpeaker(text, { start, end: start + 12 }, placeMentions([]), {
      lastSpeaker: last,
    });
    expect(speaker).toBe(last);
  });

  it('leaves a phrase that is nothing but the connective as it was', () => {
    const text = 'and who';
    expect(withoutConnectives(text, { start: 4, end: 7 })).toEqual({ start: 4, end: 7 });
  });
});

describe('resolveSpeaker: an organisation named by its acronym', () => {
  const text = 'The FEC has said that the rules are clear. The Federal Election Commission met on Monday.';
  const fec = {
    id: 'e1',
    name: 'Federal Election Commission',
    type: 'organization' as const,
    confidence: 1,
    mentions: [
      { start: 4, end: 7, text: 'FEC' },
      { start: 47, end: 74, text: 'Federal Election Commission' },
    ],
  };

  it('keeps the acronym as written beside the full name', () => {
    const speaker = resolveSpeaker(text, { start: 0, end: 7 }, placeMentions([fec]), {});
    expect(speaker).toEqual({ name: 'Federal Election Commission (FEC)', entityId: 'e1' });
  });

  it('shows the name alone when the article writes it out', () => {
    const speaker = resolveSpeaker(text, { start: 43, end: 74 }, placeMentions([fec]), {});
    expect(speaker).toEqual({ name: 'Federal Election Commission', entityId: 'e1' });
  });
});

describe('resolveSpeaker: an entity the article calls by another name', () => {
  it('keeps the name as written beside the entity name when they share no word', () => {
    const text = 'Birdsite reported that the outage was over.';
    const x = {
      id: 'e1',
      name: 'Xylo Networks',
      type: 'organization' as const,
      confidence: 1,
      mentions: [{ start: 0, end: 8, text: 'Birdsite' }],
    };
    expect(resolveSpeaker(text, { start: 0, end: 8 }, placeMentions([x]), {})?.name).toBe(
      'Xylo Networks (Birdsite)',
    );
  });
});

describe('resolveSpeaker: a description resolved to an organisation', () => {
  const text =
    'The Harbour Safety Authority closed the pier in May, and the agency fenced it off. In a later memo, the agency warned that the rails were loose.';
  const first = text.indexOf('the agency');
  const authority = {
    id: 'e1',
    name: 'Harbour Safety Authority',
    type: 'organization' as const,
    confidence: 1,
    mentions: [
      { start: 4, end: 28, text: 'Harbour Safety Authority' },
      { start: first, end: first + 10, text: 'the agency' },
    ],
  };
  const phrase = { start: text.indexOf('In a later'), end: text.indexOf(' warned') };

  it('keeps the words of the article beside the name it resolved to', () => {
    expect(resolveSpeaker(text, phrase, placeMentions([authority]), {})).toEqual({
      name: 'Harbour Safety Authority (the agency)',
      entityId: 'e1',
    });
  });

  it('shows the description as written when no organisation was called so', () => {
    expect(resolveSpeaker(text, phrase, placeMentions([]), {})?.name).toBe('the agency');
  });
});

describe('resolveSpeaker: a sentence adverb before the subject is not a name', () => {
  it('takes the description after "Overall," and not the adverb', () => {
    const text = 'Overall, the panel predicted that exports would grow.';
    const speaker = resolveSpeaker(
      text,
      { start: 0, end: text.indexOf(' predicted') },
      placeMentions([]),
      {},
    );
    expect(speaker?.name).toBe('the panel');
  });
});
