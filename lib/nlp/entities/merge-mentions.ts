/**
 * One list of mention candidates from two finders: the KB alias index knows names, the tagger finds
 * names the KB lacks. Overlaps keep the longer span; junk (pronouns, lone lowercase words, headline
 * capitals) never becomes a mention.
 */
import type { EntityType } from '../../analysis/types';
import { datelinePlace, isAllCapsLine, isTitleCaseLine, layoutLines } from './line-layout';
import { isPronounOrFunctionWord, trimPossessive } from './surface-forms';
import type { MentionCandidate, SpottedMention, TaggedSpanLike } from './types';
import { countBelow } from '../sorted';

const TAG_TYPES: Record<TaggedSpanLike['type'], EntityType> = {
  ORG: 'organization',
  PER: 'person',
  LOC: 'place',
  MISC: 'other',
};

/** Who wins between spans of equal length: a known name beats a guess. */
const SOURCE_RANK: Record<MentionCandidate['source'], number> = {
  kb: 0,
  dateline: 1,
  acronym: 2,
  tagger: 3,
  coref: 4,
};

/**
 * Combine KB alias spots and tagger spans into non-overlapping mention candidates, in text order.
 * Types come from the KB (first candidate) when known, else from the tagger's label.
 */
export function mergeMentions(
  text: string,
  spotted: SpottedMention[],
  tagged: TaggedSpanLike[],
  kbTypeOf: (kbId: string) => EntityType | undefined,
): MentionCandidate[] {
  const lines = layoutLines(text);
  const lineKind = new Map<number, 'title' | 'caps' | 'body'>();
  const kindOfLine = (offset: number): { kind: 'title' | 'caps' | 'body'; start: number; end: number } => {
    const line = lines.lineAt(offset);
    let kind = lineKind.get(line.start);
    if (!kind) {
      const content = text.slice(line.start, line.end);
      kind = isAllCapsLine(content) ? 'caps' : isTitleCaseLine(content) ? 'title' : 'body';
      lineKind.set(line.start, kind);
    }
    return { kind, ...line };
  };

  const pool: MentionCandidate[] = [];
  for (const spot of spotted) {
    if (!isValidSpan(text, spot)) continue;
    const span = cleanSpan(text, spot.start, spot.end);
    const type = spot.candidates.map(kbTypeOf).find((t): t is EntityType => t !== undefined) ?? 'other';
    if (isJunk(span.text, 'kb')) continue;
    pool.push({ ...span, type, source: 'kb', kbCandidates: [...spot.candidates] });
  }
  for (const tag of tagged) {
    if (!isValidSpan(text, tag)) continue;
    const span = cleanSpan(text, tag.start, tag.end);
    if (isJunk(span.text, 'tagger')) continue;
    if (kindOfLine(span.start).kind !== 'body') continue; // headline capitals and shouting are not names
    pool.push({ ...span, type: TAG_TYPES[tag.type], source: 'tagger' });
  }
  for (const line of datelineLines(text)) {
    const place = datelinePlace(text.slice(line.start, line.end));
    if (place)
      pool.push({
        start: line.start + place.start,
        end: line.start + place.end,
        text: place.text,
        type: 'place',
        source: 'dateline',
      });
  }

  return resolveOverlaps(text.length, pool);
}

/** Keep the longest span of each overlapping cluster (ties: KB, then dateline, then tagger). */
function resolveOverlaps(textLength: number, pool: MentionCandidate[]): MentionCandidate[] {
  const order = [...pool].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
      a.start - b.start,
  );
  const taken = new Uint8Array(textLength + 1);
  const kept: MentionCandidate[] = [];
  for (const candidate of order) {
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  // A tagger span that swallowed a KB name of the same type keeps the KB's candidates ("Jeremy Corbyn" ⊃ "Corbyn").
  const kbSpans = pool.filter((p) => p.source === 'kb').sort((a, b) => a.start - b.start);
  for (const candidate of kept) {
    if (candidate.source === 'kb' || candidate.source === 'dateline') continue;
    const inner = kbInside(kbSpans, candidate);
    if (inner?.kbCandidates) candidate.kbCandidates = [...inner.kbCandidates];
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The span without surrounding spaces or a trailing possessive. */
function cleanSpan(text: string, start: number, end: number): { start: number; end: number; text: string } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return trimPossessive(text.slice(s, e), s, e);
}

/** The first KB span of the same type inside `outer` (binary search: spans sorted by start). */
function kbInside(sorted: MentionCandidate[], outer: MentionCandidate): MentionCandidate | undefined {
  for (
    let i = countBelow(sorted, outer.start, (s) => s.start);
    i < sorted.length && sorted[i].start < outer.end;
    i++
  ) {
    const inner = sorted[i];
    if (inner.end <= outer.end && inner.type === outer.type) return inner;
  }
  return undefined;
}

function isValidSpan(text: string, span: { start: number; end: number }): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= text.length &&
    span.end > span.start
  );
}

/** Pronouns, function words, lone lowercase words, and (for the tagger) any all-lowercase span. */
function isJunk(surface: string, source: 'kb' | 'tagger'): boolean {
  const trimmed = surface.trim();
  if (!/[A-Za-z0-9]/.test(trimmed)) return true;
  if (isPronounOrFunctionWord(trimmed)) return true;
  const hasCapital = /[A-Z]/.test(trimmed);
  if (!hasCapital && (!/\s/.test(trimmed) || source === 'tagger')) return true;
  return false;
}

/** Lines that may open with a dateline: the first few non-empty lines and every line after a blank line. */
function* datelineLines(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (/^[ \t]*[A-Z][A-Z]/.test(text.slice(start, Math.min(end, start + 4)))) yield { start, end };
    if (nl === -1) break;
    start = nl + 1;
  }
}
