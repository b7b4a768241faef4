import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/nlp/sentences';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps titles, initialisms, month and number abbreviations inside the sentence', () => {
    expect(
      sentencesOf('Mr. Smith met Dr. Jones in the U.S. on Dec. 12. The U.K. said No. 10 was ready.'),
    ).toEqual(['Mr. Smith met Dr. Jones in the U.S. on Dec. 12.', 'The U.K. said No. 10 was ready.']);
  });

  it('ends a sentence after an initialism when the next word opens a new sentence', () => {
    expect(sentencesOf('Prices rose in the U.S. The Fed said so.')).toEqual([
      'Prices rose in the U.S.',
      'The Fed said so.',
    ]);
  });

  it('keeps initials and decimals', () => {
    expect(sentencesOf('J. K. Rowling earned 3.5 million. George W. Bush did not.')).toEqual([
      'J. K. Rowling earned 3.5 million.',
      'George W. Bush did not.',
    ]);
  });

  it('keeps a closing quote with the full stop before it', () => {
    expect(sentencesOf('He said: "It failed." Then he left. ‘Fine.’ She agreed?! Yes.')).toEqual([
      'He said: "It failed."',
      'Then he left.',
      '‘Fine.’',
      'She agreed?!',
      'Yes.',
    ]);
  });

  it('does not split before a lowercase continuation', () => {
    expect(sentencesOf('"Stop!" he shouted at the crowd.')).toEqual(['"Stop!" he shouted at the crowd.']);
  });

  it('always ends a sentence at a line break, even without a full stop', () => {
    expect(sentencesOf("'Very serious'\nLabour leader Jeremy Corbyn spoke\n\n\nIt ended.")).toEqual([
      "'Very serious'",
      'Labour leader Jeremy Corbyn spoke',
      'It ended.',
    ]);
  });

  it('returns trimmed spans whose offsets index the original text', () => {
    const text = '  First one.   Second one.  ';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 2, end: 12 },
      { start: 15, end: 26 },
    ]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });

  it('splits the seed article paragraph into its two sentences', () => {
    const text = readFileSync(
      new URL('../../../fixtures/nlp-claims/labour-cyber-attack-2019.txt', import.meta.url),
      'utf8',
    );
    const all = sentencesOf(text);
    expect(all).toContain(
      'However, The Sun tabloid reported that GCHQ sources said there was no evidence to suggest any state-sponsored attack, and suggested the incident involved low-level hacking.— AFP',
    );
    expect(all).toContain('The party did not have an immediate comment.');
    expect(all).toContain(
      '"These attempts failed due to our robust security systems. The integrity of all our platforms was maintained and we are confident that no data breach occurred," he added.'.split(
        ' The integrity',
      )[0],
    );
  });

  it('splits 1 MB of text (its speed is in npm run bench -- growth)', () => {
    const text = 'Mr. Smith said the U.S. economy grew 3.5% in Dec. 2019. "It was good," he added.\n'.repeat(
      13000,
    );
    const spans = splitSentences(text);
    expect(spans.length).toBe(26000);
  });
});
