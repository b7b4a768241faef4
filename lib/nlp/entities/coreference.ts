/**
 * Light coreference for definite descriptions: "the party" is the party last named, "The agency" the
 * agency last named, "Britain's spy agency GCHQ" describes GCHQ. Pronouns are left alone; a description
 * never attaches to an entity of the wrong kind, and a tie attaches to nothing.
 */
import type { AnalysisEntity, Mention } from '../../contract/types';
import {
  APPOSITION_BEFORE_NAME,
  DEFINITE_DESCRIPTION,
  canDescribe,
  modifiersFit,
  pointsAway,
} from './descriptions';
import { asNumber, countBelow } from '../sorted';

/**
 * Add description mentions (text = the description as written, e.g. 'The agency') to the entities they
 * refer to. Returns new entity objects; the input is not modified.
 */
export function resolveCoreference(
  text: string,
  entities: AnalysisEntity[],
  kindOf: (kbId: string) => string | undefined,
): AnalysisEntity[] {
  const describedBy = entities.map((e) => `${(e.kbId && kindOf(e.kbId)) || ''} | ${e.name}`);
  const added: Mention[][] = entities.map(() => []);
  const taken = sortedSpans(entities.flatMap((e) => e.mentions));
  const sentenceOf = sentenceIndexer(text);

  entities.forEach((entity, i) => {
    for (const mention of entity.mentions) {
      const apposition = appositionBefore(text, mention, describedBy[i]);
      if (apposition) added[i].push(apposition);
    }
  });

  const starts = entities.map((e, i) =>
    [...e.mentions, ...added[i]].map((m) => m.start).sort((a, b) => a - b),
  );
  DEFINITE_DESCRIPTION.lastIndex = 0;
  for (let match = DEFINITE_DESCRIPTION.exec(text); match; match = DEFINITE_DESCRIPTION.exec(text)) {
    const span = { start: match.index, end: match.index + match[0].length, text: match[0] };
    if (pointsAway(match[1]) || overlapsAny(taken, span)) continue;
    if (/^\s+(?:of\b|[A-Z])/.test(text.slice(span.end, span.end + 3))) continue; // "the party of …", "the agency GCHQ"
    const target = antecedent(match[2], match[1], span.start, entities, describedBy, starts, sentenceOf);
    if (target !== undefined) added[target].push(span);
  }

  return entities.map((entity, i) => {
    if (added[i].length === 0) return { ...entity, mentions: [...entity.mentions] };
    const seen = new Set(entity.mentions.map((m) => `${m.start}:${m.end}`));
    const extra = added[i].filter((m) => !seen.has(`${m.start}:${m.end}`));
    return {
      ...entity,
      mentions: [...entity.mentions, ...extra].sort((a, b) => a.start - b.start || a.end - b.end),
    };
  });
}

/** "Britain's spy agency GCHQ": a descriptive phrase right before a name, when its noun fits the entity. */
function appositionBefore(text: string, mention: Mention, describedBy: string): Mention | undefined {
  const window = text.slice(Math.max(0, mention.start - 80), mention.start);
  const before = window.slice(window.lastIndexOf('\n') + 1); // same line, at most 80 chars back
  const match = APPOSITION_BEFORE_NAME.exec(before);
  if (!match || pointsAway(match[1]) || !canDescribe(match[2], describedBy)) return undefined;
  const start = mention.start - before.length + match.index;
  return { start, end: mention.end, text: text.slice(start, mention.end) };
}

/**
 * The entity a description at `at` refers to: the compatible one (its noun and modifiers fit) named most
 * recently, unless tied.
 */
function antecedent(
  head: string,
  modifiers: string,
  at: number,
  entities: AnalysisEntity[],
  describedBy: string[],
  starts: number[][],
  sentenceOf: (offset: number) => number,
): number | undefined {
  const ranked: Array<{ index: number; last: number }> = [];
  entities.forEach((_, i) => {
    if (!canDescribe(head, describedBy[i]) || !modifiersFit(modifiers, head, describedBy[i])) return;
    ranked.push({ index: i, last: lastBefore(starts[i], at) });
  });
  if (ranked.length === 0) return undefined;
  ranked.sort((a, b) => b.last - a.last);
  const [best, second] = ranked;
  if (best.last < 0) return ranked.length === 1 ? best.index : undefined; // named only later: only if it is the sole one
  if (second && second.last >= 0 && sentenceOf(second.last) === sentenceOf(best.last)) return undefined;
  return best.index;
}

function lastBefore(sortedStarts: number[], at: number): number {
  const lo = countBelow(sortedStarts, at, asNumber);
  return lo > 0 ? sortedStarts[lo - 1] : -1;
}

function sortedSpans(spans: Mention[]): Mention[] {
  return [...spans].sort((a, b) => a.start - b.start);
}

function overlapsAny(sorted: Mention[], span: { start: number; end: number }): boolean {
  const lo = countBelow(sorted, span.end, (m) => m.start);
  for (let i = lo - 1; i >= 0 && i >= lo - 16; i--) if (sorted[i].end > span.start) return true;
  return false;
}

/** Sentence number of an offset: a cheap split on end punctuation and line breaks, built once. */
function sentenceIndexer(text: string): (offset: number) => number {
  const ends: number[] = [];
  const boundary = /[.!?]["'”’)]*\s+|\n+/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) ends.push(m.index + m[0].length);
  return (offset) => countBelow(ends, offset, asNumber, true);
}
