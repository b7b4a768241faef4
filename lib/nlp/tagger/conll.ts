/**
 * CoNLL-2003 data as the tagger sees it: sentences of words with IOB1 entity tags, the sentence text the
 * evaluation feeds the tagger (words joined by single spaces), and span-level scoring per entity type.
 */
import { runsFromIob1, type EntityLabel } from './tags';

/** One sentence: words and their entity tags; `document` counts -DOCSTART- lines. */
export interface ConllSentence {
  words: string[];
  tags: string[];
  document: number;
}

/** Parses `token POS chunk NER` lines (blank line between sentences); only the first and last columns are kept. */
export function parseConll(source: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let document = 0;
  let current: ConllSentence = { words: [], tags: [], document };
  const flush = (): void => {
    if (current.words.length) sentences.push(current);
    current = { words: [], tags: [], document };
  };
  for (const line of source.split(/\r?\n/u)) {
    const cols = line.trim().split(/\s+/u);
    if (cols[0] === '-DOCSTART-') {
      flush();
      document++;
      current.document = document;
      continue;
    }
    if (cols.length < 2) {
      flush();
      continue;
    }
    current.words.push(cols[0]!);
    current.tags.push(cols[cols.length - 1]!);
  }
  flush();
  return sentences;
}

/** An entity span in a text, by character offsets. */
export interface LabelledSpan {
  start: number;
  end: number;
  type: EntityLabel;
}

/** The sentence as text (words joined by single spaces) and its gold entity spans in that text. */
export function sentenceText(sentence: ConllSentence): { text: string; spans: LabelledSpan[] } {
  const starts: number[] = [];
  let at = 0;
  for (const w of sentence.words) {
    starts.push(at);
    at += w.length + 1;
  }
  const spans = runsFromIob1(sentence.tags).map((run) => ({
    start: starts[run.first]!,
    end: starts[run.last]! + sentence.words[run.last]!.length,
    type: run.label,
  }));
  return { text: sentence.words.join(' '), spans };
}

/** Counts of exact span matches for one type. */
export interface SpanCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Adds the exact-match counts of one text's predicted spans against its gold spans, per type in `types`. */
export function countMatches(
  gold: LabelledSpan[],
  predicted: LabelledSpan[],
  types: readonly EntityLabel[],
  into: Map<EntityLabel, SpanCounts>,
): void {
  const key = (s: LabelledSpan): string => `${s.type}:${s.start}:${s.end}`;
  const goldKeys = new Set(gold.filter((s) => types.includes(s.type)).map(key));
  const predKeys = new Set(predicted.filter((s) => types.includes(s.type)).map(key));
  for (const type of types)
    if (!into.has(type)) into.set(type, { truePositives: 0, falsePositives: 0, falseNegatives: 0 });
  for (const k of predKeys) {
    const counts = into.get(k.split(':')[0] as EntityLabel)!;
    if (goldKeys.has(k)) counts.truePositives++;
    else counts.falsePositives++;
  }
  for (const k of goldKeys) if (!predKeys.has(k)) into.get(k.split(':')[0] as EntityLabel)!.falseNegatives++;
}

/** Precision, recall and F1 of counts (0 when undefined). */
export function prf(c: SpanCounts): { precision: number; recall: number; f1: number } {
  const precision = c.truePositives / (c.truePositives + c.falsePositives) || 0;
  const recall = c.truePositives / (c.truePositives + c.falseNegatives) || 0;
  const f1 = (2 * precision * recall) / (precision + recall) || 0;
  return { precision, recall, f1 };
}

/** Sum of counts over types: the micro average. */
export function microCounts(counts: Iterable<SpanCounts>): SpanCounts {
  const total = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const c of counts) {
    total.truePositives += c.truePositives;
    total.falsePositives += c.falsePositives;
    total.falseNegatives += c.falseNegatives;
  }
  return total;
}
