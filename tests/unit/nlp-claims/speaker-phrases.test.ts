import { describe, expect, it } from 'vitest';
import { isSpeakerPhrase, placeMentions, resolveSpeaker } from '../../../lib/nlp/claims/speakers';

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
