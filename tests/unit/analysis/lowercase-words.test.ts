/**
 * A capitalised phrase whose every word the article also writes in lowercase, met only where its place gives
 * it a capital (a sentence or heading start), is those words, not a name. Sentences written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import type { Analyzer } from '@/lib/analysis/engine';
import { writtenInLowercase } from '@/lib/analysis/not-a-name';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

describe('writtenInLowercase', () => {
  const text = 'Our collective knowledge grows. The opening hours change in winter.';
  it('is true when every word appears in lowercase as a whole word', () => {
    expect(writtenInLowercase(text, 'Knowledge')).toBe(true);
    expect(writtenInLowercase(text, 'Opening Hours')).toBe(true);
  });
  it('is false for a word only inside another word, a word never in lowercase, acronyms and long names', () => {
    expect(writtenInLowercase('The shopkeepers agreed.', 'Shop')).toBe(false);
    expect(writtenInLowercase(text, 'Winter Hours')).toBe(true);
    expect(writtenInLowercase(text, 'Summer Hours')).toBe(false);
    expect(writtenInLowercase('the nato plan', 'NATO')).toBe(false);
    expect(writtenInLowercase(text, 'The Opening Hours Knowledge')).toBe(false);
  });
});

describe('through analyze()', () => {
  let analyzer: Analyzer;
  beforeAll(async () => {
    analyzer = await nodeAnalyzer();
  }, 60_000);
  const names = (t: string) => analyzer.analyze(articleFromText(t), {}).entities.map((e) => e.name);

  it('a sentence-start word the article writes in lowercase is not marked', () => {
    const t =
      'We connect researchers whose collective knowledge and ability we bring to consulting.\n\n' +
      'Knowledge is practical, visible and feasible for us, and we share it widely.';
    expect(names(t)).not.toContain('Knowledge');
  });

  it('a word after an opening credit in brackets starts the sentence', () => {
    const t =
      'ROME (Reuters)People across the region were told to stay indoors, officials said.\n\n' +
      'Older people were most at risk.';
    expect(names(t)).not.toContain('People');
    expect(names(t)).toContain('Reuters');
  });

  it('a person whose name is also a word stays, by the words the text never writes in lowercase', () => {
    const t = 'Rose Byrne said the film would open in May. Ticket prices rose sharply this year.';
    expect(names(t)).toContain('Rose Byrne');
  });
});
