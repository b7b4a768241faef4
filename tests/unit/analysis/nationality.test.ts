/**
 * Nationality words that describe rather than name the country (lib/analysis/nationality), from sentences
 * written for it, and through analyze(): 'the American actor X' gets no United States card.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import { isLanguageUse, isPeopleNoun } from '@/lib/analysis/name-context';
import { describesSomeone, isPeoplePlural, opensLongerName } from '@/lib/analysis/nationality';
import type { Analysis } from '@/lib/contract/types';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

const endOf = (text: string, word: string) => text.indexOf(word) + word.length;
const describes = (text: string, word: string) => describesSomeone(text, endOf(text, word));
const opens = (text: string, word: string) => opensLongerName(text, endOf(text, word));
const language = (text: string, word: string) => isLanguageUse(text, text.indexOf(word), endOf(text, word));

describe('a nationality that describes a person or a work', () => {
  it('describes before a walk of life, a work, or -born, with a few words between', () => {
    expect(describes('Lena Ortiz is an American professional tennis player from Ohio.', 'American')).toBe(
      true,
    );
    expect(describes('The exhibition honours the Dutch abstract painter Kees Molen.', 'Dutch')).toBe(true);
    expect(describes('As Canadian physicist Ruth Adair put it, time bends.', 'Canadian')).toBe(true);
    expect(describes('She starred in the Irish - British crime drama Low Tide.', 'Irish')).toBe(true);
    expect(describes('The Polish-born engineer moved to Leeds.', 'Polish')).toBe(true);
    expect(describes('He played in the quirky Swedish comedy “Ferry”.', 'Swedish')).toBe(true);
  });

  it('does not describe the state’s own people and bodies, nor a noun in another phrase', () => {
    expect(describes('Russian President Vladimir Putin spoke on Monday.', 'Russian')).toBe(false);
    expect(describes('Israeli soldiers stood at the gate.', 'Israeli')).toBe(false);
    expect(describes('The French government fell.', 'French')).toBe(false);
    expect(describes('Turkish troops killed a Kurdish journalist, the group said.', 'Turkish')).toBe(false);
    expect(describes('Under Japanese law, the artist was paid.', 'Japanese')).toBe(false);
    expect(describes('Mexican officials said the film was banned.', 'Mexican')).toBe(false);
  });
});

describe('a people in the plural', () => {
  it('is the people, not the country', () => {
    expect(isPeoplePlural('Americans')).toBe(true);
    expect(isPeoplePlural('Norwegians')).toBe(true);
    expect(isPeoplePlural('Iraqis')).toBe(true);
    expect(isPeoplePlural('American')).toBe(false);
    expect(isPeoplePlural('Swiss')).toBe(false);
  });
});

describe('a nationality that opens a longer name', () => {
  it('opens a capitalised name, but not a state office', () => {
    expect(opens('Fishing is hard in the Norwegian Arctic in winter.', 'Norwegian')).toBe(true);
    expect(opens('They sailed to the Spanish Main.', 'Spanish')).toBe(true);
    expect(opens('Brazilian President Ana Lima arrived.', 'Brazilian')).toBe(false);
    expect(opens('The Greek Prime Minister resigned.', 'Greek')).toBe(false);
    expect(opens('Greek ships arrived.', 'Greek')).toBe(false);
  });
});

describe('more language uses', () => {
  it('reads a pronunciation, a label before its own script, and an amount of a language', () => {
    expect(language('Ana Vogel (German pronunciation: [ˈfoːɡl̩]) was a chemist.', 'German')).toBe(true);
    expect(language('Saint Basil (Greek: Βασίλειος) wrote letters.', 'Greek')).toBe(true);
    expect(language('She learned Latin and some Greek, though little else.', 'Greek')).toBe(true);
    expect(language('He read Russian literature at night.', 'Russian')).toBe(true);
    expect(language('Greek ships arrived at dawn.', 'Greek')).toBe(false);
  });
});

describe('a language named by its stage, and what is said in it', () => {
  it('reads a stage or register before the word, and talk or lessons after it', () => {
    expect(language('She studied Biblical Hebrew in Leeds for two years.', 'Hebrew')).toBe(true);
    expect(language('Her thesis was on New Testament Greek in 1950.', 'Greek')).toBe(true);
    expect(language('The poem is written in Old English, not Latin.', 'English')).toBe(true);
    expect(language('At the base he listened to Polish conversations on the radio.', 'Polish')).toBe(true);
    expect(language('She took Italian lessons every Tuesday.', 'Italian')).toBe(true);
    // A stage word before a nationality that goes on to a noun: no language.
    expect(language('Modern Greek ships are faster.', 'Greek')).toBe(false);
  });
});

describe('a people named as "the <nationality>"', () => {
  const people = (text: string, word: string) =>
    isPeopleNoun(text, text.indexOf(word), text.indexOf(word) + word.length);
  it('is the people when a phrase ends or a verb follows', () => {
    expect(people('The ships came before the arrival of the Dutch.', 'Dutch')).toBe(true);
    expect(people('Then the Portuguese, who held the port, left.', 'Portuguese')).toBe(true);
    expect(people('By 1700 the French were trading furs here.', 'French')).toBe(true);
  });
  it('is not a people before a noun, nor without "the"', () => {
    expect(people('Talks with the French government resumed.', 'French')).toBe(false);
    expect(people('French troops arrived.', 'French')).toBe(false);
    expect(people('They won against the Dutch side.', 'Dutch')).toBe(false);
  });
});

describe('through analyze()', () => {
  let analyse: (text: string) => Analysis;
  beforeAll(async () => {
    const analyzer = await nodeAnalyzer();
    analyse = (text) => analyzer.analyze(articleFromText(text));
  });
  const cards = (a: Analysis) => a.entities.flatMap((e) => (e.card && e.kbId ? [e.kbId] : []));

  it('gives no country card to a nationality describing a person', () => {
    const a = analyse(
      'Dana Kell is an American professional baseball pitcher. The Canadian researcher Ola Brun studied her throws.',
    );
    expect(cards(a)).not.toContain('country-us');
    expect(cards(a)).not.toContain('country-ca');
  });

  it('keeps the country card where the nationality speaks of the state', () => {
    const a = analyse(
      'Russian President Vladimir Putin met officials. Russian forces crossed the border on Monday.',
    );
    expect(cards(a)).toContain('country-ru');
  });
});
