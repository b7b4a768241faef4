/**
 * Reads CoNLL-2003 files (token POS chunk NER, IOB1) into documents: text joined with single spaces,
 * one sentence per line, and the gold ORG/PER/LOC spans with offsets. For the KB evaluation and bench.
 */
import { readFileSync } from 'node:fs';

/** One gold entity span. */
export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  label: 'ORG' | 'PER' | 'LOC' | 'MISC';
}

/** A CoNLL document as the analysis pipeline would see it. */
export interface ConllDocument {
  text: string;
  spans: GoldSpan[];
  /** The dateline date when the document has one (CoNLL stories are from 1996–97). */
  date?: string;
}

/** Parse a CoNLL file into documents. */
export function readConll(path: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let sentences: Array<Array<[string, string]>> = [];
  let sentence: Array<[string, string]> = [];
  const flush = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const finish = () => {
    flush();
    if (sentences.length) docs.push(toDocument(sentences));
    sentences = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) finish();
    else if (!line.trim()) flush();
    else {
      const cols = line.split(' ');
      sentence.push([cols[0], cols[cols.length - 1]]);
    }
  }
  finish();
  return docs;
}

function toDocument(sentences: Array<Array<[string, string]>>): ConllDocument {
  let text = '';
  const spans: GoldSpan[] = [];
  for (const s of sentences) {
    if (text) text += '\n';
    let open: GoldSpan | undefined;
    s.forEach(([token, tag], i) => {
      if (i) text += ' ';
      const start = text.length;
      text += token;
      const label = tag === 'O' ? undefined : (tag.slice(2) as GoldSpan['label']);
      const begins = tag.startsWith('B-') || (label && open?.label !== label);
      if (open && (!label || begins)) {
        spans.push(open);
        open = undefined;
      }
      if (label && !open) open = { start, end: text.length, text: token, label };
      else if (label && open) {
        open.end = text.length;
        open.text = text.slice(open.start, open.end);
      }
    });
    if (open) spans.push(open);
  }
  const date = text.match(/\b(199\d-\d\d-\d\d)\b/)?.[1];
  return { text, spans, ...(date ? { date } : {}) };
}
