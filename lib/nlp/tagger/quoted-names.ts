/**
 * A name that opens a quotation keeps its first word: in '“Bear Stearns was the first to fall”' the tagger
 * reads the word after the opening quote as a sentence's first word, capitalised by its place, and keeps only
 * 'Stearns'. The same words read in running prose ('he said Bear Stearns was') decide: only the few spans
 * right after a quote mark and one capitalised word are read again, never the whole page.
 */
import type { TaggedSpan } from './create-tagger';

/** An opening quote mark, then one capitalised word and a space, right before a span. */
const QUOTE_THEN_WORD = /(?:^|[\s([{—–-])["“‘'«](\p{Lu}[\p{L}’'-]*) $/u;

/** Words that open a quotation and never a name ('“The …', '“But Smith …'). */
const OPENERS = new Set(
  'The A An And But Or So If In On At For To Of As By It He She We They I You This That These Those There Then When While Yes No Not'.split(
    ' ',
  ),
);

/** What the prose before the words says: they stand inside a sentence, not at its start. */
const PROSE = 'he said ';

/** `spans` with every cut name after an opening quote given back its first word (see the file comment). */
export function widenAfterQuotes(
  text: string,
  spans: TaggedSpan[],
  tag: (text: string) => TaggedSpan[],
): TaggedSpan[] {
  return spans.map((span) => {
    const m = QUOTE_THEN_WORD.exec(text.slice(Math.max(0, span.start - 40), span.start));
    if (!m || OPENERS.has(m[1])) return span;
    const start = span.start - m[1].length - 1;
    // The words from the quoted word to the end of the span's line (at most a sentence's worth).
    const lineEnd = text.indexOf('\n', span.end);
    const end = Math.min(lineEnd < 0 ? text.length : lineEnd, span.end + 200);
    const shift = start - PROSE.length;
    const again = tag(PROSE + text.slice(start, end)).find((s) => s.start === PROSE.length);
    if (!again || again.end + shift !== span.end) return span;
    return { ...again, start, end: span.end, text: text.slice(start, span.end) };
  });
}
