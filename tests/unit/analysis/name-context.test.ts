/**
 * Names read where they stand (lib/analysis/name-context): every pattern from sentences written for it, and
 * two pages of business and sport boilerplate through analyze().
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import {
  afterPersonTitle,
  beginsLongerName,
  isCitationLabel,
  isLanguageUse,
  namesSomethingElse,
  readNamesInContext,
  standsForOrganisation,
} from '@/lib/analysis/name-context';
import type { Analysis } from '@/lib/contract/types';
import type { MentionCandidate } from '@/lib/nlp/entities/types';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

const at = (text: string, name: string, nth = 0) => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(name, start + 1);
  if (start < 0) throw new Error(`'${name}' not in '${text}'`);
  return { start, end: start + name.length };
};
const language = (text: string, name: string, nth = 0) => {
  const { start, end } = at(text, name, nth);
  return isLanguageUse(text, start, end);
};
const citation = (text: string, name: string) => {
  const { start, end } = at(text, name);
  return isCitationLabel(text, start, end);
};

describe('nationality adjectives used as language names', () => {
  it('are languages after in/into, when spoken, in a sentence about languages, and before -speaking', () => {
    expect(language('The minister answered in German and then in English.', 'German')).toBe(true);
    expect(language('She spoke Portuguese and French fluently and some Japanese.', 'French')).toBe(true);
    expect(language('She spoke Portuguese and French fluently and some Japanese.', 'Japanese')).toBe(true);
    expect(language('He taught himself some Icelandic, Italian, and Spanish.', 'Italian')).toBe(true);
    expect(language('In the city Spanish is widely spoken at markets.', 'Spanish')).toBe(true);
    expect(language('The word comes from Greek, which means bird.', 'Greek')).toBe(true);
    expect(language("'Vogel' comes from German, which means bird.", 'German')).toBe(true);
    expect(language('Its name derives from Latin, meaning a small hill.', 'Latin')).toBe(true);
    expect(language('Turnout was high in Russian-speaking districts.', 'Russian')).toBe(true);
    expect(language('The leaflet was translated into Polish last week.', 'Polish')).toBe(true);
  });

  it('stay nationalities on a noun, and in sentences that are not about languages', () => {
    expect(language('German forces crossed the river at dawn.', 'German')).toBe(false);
    expect(language('The Spanish court ruled on Tuesday.', 'Spanish')).toBe(false);
    expect(language('Shares in the French carmaker rose.', 'French')).toBe(false);
    expect(language('The deal was welcomed by the Chinese, officials said.', 'Chinese')).toBe(false);
  });
});

describe('citation labels, agency tags and boilerplate lines', () => {
  it('drops a caption’s agency credit, et al., and labelled lines', () => {
    expect(citation('Traders on the floor in Lagos. (Reuters)\nNigeria raised rates.', 'Reuters')).toBe(true);
    expect(citation('Senators leave the chamber [AFP]', 'AFP')).toBe(true);
    expect(citation('as shown by Okafor et al. in a trial', 'Okafor')).toBe(true);
    expect(citation('Rates rose.\nCite this: Bloomberg, 2026.', 'Bloomberg')).toBe(true);
    expect(citation('Rates rose.\nTrending: Toyota recalls cars', 'Toyota')).toBe(true);
    expect(citation('Rates rose.\nMost read: Arsenal sign striker', 'Arsenal')).toBe(true);
  });

  it('keeps the same names in the story', () => {
    expect(citation('Reuters reported that talks had stalled.', 'Reuters')).toBe(false);
    expect(citation('LAGOS (Reuters) - Nigeria raised rates.', 'Reuters')).toBe(false); // the dateline's agency
    expect(citation('The bank (Barclays) said it would appeal.', 'Barclays')).toBe(false);
    expect(citation('Toyota recalled 40,000 cars on Monday.', 'Toyota')).toBe(false);
  });
});

describe('a name inside a longer name, a title before a name, a place that stands for a team or school', () => {
  it('a place that only begins a longer name gets no card of its own', () => {
    const text = 'She graduated from Kenwood High School and lived on Fulton Street near Lagos Airport.';
    expect(beginsLongerName(text, at(text, 'Kenwood').end)).toBe(true);
    expect(beginsLongerName(text, at(text, 'Fulton').end)).toBe(true);
    expect(beginsLongerName(text, at(text, 'Lagos').end)).toBe(true);
    const plain = 'She moved to Lagos in 2019. Lagos is big.';
    expect(beginsLongerName(plain, at(plain, 'Lagos').end)).toBe(false);
  });

  it('a body or city that names a law, a treaty or a campus gets no card of its own', () => {
    const text =
      'The Senate passed Senate Bill 4 under the Kyoto Protocol, said a researcher at the University of Texas, Austin.';
    const other = (name: string, nth = 0) => {
      const { start, end } = at(text, name, nth);
      return namesSomethingElse(text, start, end);
    };
    expect(other('Senate')).toBe(false);
    expect(other('Senate', 1)).toBe(true);
    expect(other('Kyoto')).toBe(true);
    expect(other('Austin')).toBe(true);
    expect(other('Texas')).toBe(false);
  });

  it('a name after a person’s title is a person', () => {
    const text = 'Vice President Ford met Mayor Austin and Det. Lincoln; Ford cars sold well in Austin.';
    expect(afterPersonTitle(text, at(text, 'Ford').start)).toBe(true);
    expect(afterPersonTitle(text, at(text, 'Austin').start)).toBe(true);
    expect(afterPersonTitle(text, at(text, 'Lincoln').start)).toBe(true);
    expect(afterPersonTitle(text, at(text, 'Ford', 1).start)).toBe(false);
    expect(afterPersonTitle(text, at(text, 'Austin', 1).start)).toBe(false);
  });

  it('in a sports story a city the article names as a team is the team; a school after "at" is the school', () => {
    const sport = 'The Leeds Rhinos beat Hull 30-12. Smith joined Leeds in May.';
    const leeds = at(sport, 'Leeds', 1);
    expect(standsForOrganisation(sport, leeds.start, leeds.end, ['Leeds Rhinos'], true)).toBe(true);
    const school =
      'She attended Tufts University. At Tufts she studied law, and she later moved to Tufts Hill.';
    const tufts = at(school, 'Tufts', 1);
    expect(standsForOrganisation(school, tufts.start, tufts.end, ['Tufts University'], false)).toBe(true);
    const city = 'She attended Boston University and lived in Boston for years.';
    const boston = at(city, 'Boston', 1);
    expect(standsForOrganisation(city, boston.start, boston.end, ['Boston University'], false)).toBe(false);
    const news = 'The New York Times reported that New York would tax cars.';
    const ny = at(news, 'New York', 1);
    expect(standsForOrganisation(news, ny.start, ny.end, ['New York Times'], false)).toBe(false);
  });

  it('readNamesInContext drops, retypes and leaves without a card as one pass', () => {
    const text = 'LIMA - Vice President Ford spoke in Quechuan and visited Cusco Cathedral. (AFP)';
    const c = (name: string, type: MentionCandidate['type']): MentionCandidate => ({
      ...at(text, name),
      text: name,
      type,
      source: 'tagger',
    });
    const read = readNamesInContext(
      text,
      [
        c('LIMA', 'place'),
        c('AFP', 'organization'),
        c('Ford', 'organization'),
        c('Quechuan', 'other'),
        c('Cusco', 'place'),
      ],
      (m) => m.text === 'Quechuan',
    );
    expect(read.candidates.map((m) => `${m.text}:${m.type}`)).toEqual([
      'LIMA:place',
      'Ford:person',
      'Cusco:place',
    ]);
    expect([...read.noCard]).toEqual([at(text, 'Cusco').start]);
  });
});

describe('business and sport boilerplate pages through analyze()', () => {
  const dir = resolve(import.meta.dirname, '../../fixtures/name-context');
  const read = (name: string) => readFileSync(resolve(dir, name), 'utf8');
  let business: Analysis;
  let sport: Analysis;
  beforeAll(async () => {
    const analyzer = await nodeAnalyzer();
    const opts = { publishedAt: '2026-05-12T10:00' };
    business = analyzer.analyze(articleFromText(read('business-boilerplate.txt'), opts));
    sport = analyzer.analyze(articleFromText(read('sport-boilerplate.txt'), opts));
  });
  const cardsFor = (a: Analysis, surface: string) =>
    a.entities.filter((e) => e.card && e.mentions.some((m) => m.text === surface)).map((e) => e.kbId);
  const named = (a: Analysis, surface: string) =>
    a.entities.some((e) => e.mentions.some((m) => m.text === surface));

  it('business: no agency from the credit, citation or source lines, no country for the language, the story’s names kept', () => {
    expect(named(business, 'EPA')).toBe(false);
    // The dateline's agency stays; the caption's credit is no mention of it.
    const text = read('business-boilerplate.txt');
    expect(
      business.entities.flatMap((e) => e.mentions.filter((m) => m.text === 'Reuters').map((m) => m.start)),
    ).toEqual([text.indexOf('Reuters')]);
    expect(named(business, 'Bloomberg')).toBe(false);
    expect(named(business, 'Eurostat')).toBe(false);
    expect(
      business.entities.filter((e) => e.kbId === 'country-de').flatMap((e) => e.mentions.map((m) => m.start)),
    ).toEqual([read('business-boilerplate.txt').indexOf('German market')]);
    expect(cardsFor(business, 'Brighton')).toEqual([]);
    expect(cardsFor(business, 'Volkswagen')).toHaveLength(1);
    expect(cardsFor(business, 'China')).toEqual(['country-cn']);
  });

  it('sport: the city that is the team has no city card, the trending line no card, the title makes a person', () => {
    expect(cardsFor(sport, 'Indianapolis')).toEqual([]);
    expect(named(sport, 'Jane Doe')).toBe(false);
    expect(
      sport.entities.filter((e) => e.mentions.some((m) => m.text === 'Ford')).map((e) => e.type),
    ).toEqual(['person']);
    expect(cardsFor(sport, 'Ford')).toEqual([]);
    expect(named(sport, 'Spanish')).toBe(false);
  });
});
