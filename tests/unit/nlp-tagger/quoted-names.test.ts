/** A name right after an opening quote keeps its first word (lib/nlp/tagger/quoted-names.ts); a fake tagger stands in. */
import { describe, expect, it } from 'vitest';
import type { TaggedSpan } from '@/lib/nlp/tagger';
import { widenAfterQuotes } from '@/lib/nlp/tagger/quoted-names';

/** A tagger that knows the names in `names` when they stand inside a sentence (after a lowercase word). */
function prose(names: Array<[string, TaggedSpan['type']]>) {
  return (text: string): TaggedSpan[] =>
    names.flatMap(([name, type]) => {
      const start = text.indexOf(name);
      if (start < 1 || !/[a-z] $/.test(text.slice(0, start))) return [];
      return [{ start, end: start + name.length, text: name, type, score: 1 }];
    });
}

const cut = (text: string, surface: string, type: TaggedSpan['type']): TaggedSpan => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, type, score: 0.6 };
};

describe('a name that opens a quotation', () => {
  it('gets its first word back when the same words in prose make one name', () => {
    for (const text of [
      '“Bear Stearns went first,” she said.',
      'He said "Bear Stearns went first."',
      "Traders called 'Bear Stearns' a warning.",
    ]) {
      const [span] = widenAfterQuotes(text, [cut(text, 'Stearns', 'PER')], prose([['Bear Stearns', 'ORG']]));
      expect(span.text).toBe('Bear Stearns');
      expect(text.slice(span.start, span.end)).toBe('Bear Stearns');
      expect(span.type).toBe('ORG');
    }
  });

  it('stays cut when prose reads the word apart, or the word only opens the sentence', () => {
    const text = '“Yesterday Smith resigned,” she said. “The Smiths left.”';
    const spans = [cut(text, 'Smith', 'PER')];
    expect(widenAfterQuotes(text, spans, prose([['Smith', 'PER']]))).toEqual(spans);
    const opener = '“But Jones knew.”';
    const jones = [cut(opener, 'Jones', 'PER')];
    expect(widenAfterQuotes(opener, jones, prose([['But Jones', 'PER']]))).toEqual(jones);
    // No quote mark before the word: the tagger's span stands.
    const plain = 'Bear Stearns went first.';
    const stearns = [cut(plain, 'Stearns', 'PER')];
    expect(widenAfterQuotes(plain, stearns, prose([['Bear Stearns', 'ORG']]))).toEqual(stearns);
  });
});
