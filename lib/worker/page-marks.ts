/**
 * What the content script needs to mark a page, computed in the worker: the entities (without their many
 * mentions), a label per entity, and one anchor per mention to mark (see TextAnchor in lib/contract/marks).
 * Small on purpose: the reply is copied onto the page's main thread.
 */
import { ANCHOR_CONTEXT, type MentionMark, type PageMarks } from '@/lib/contract/marks';
import type { Analysis, AnalysisEntity, Span } from '@/lib/contract/types';

export type { PageMarks };

/** Marks a page is worth at most. */
const MAX_MARKS = 400;

/**
 * Mentions that overlap a mention of another entity, as "entity index:start" keys. One pass over the
 * mentions sorted by start: an overlapping pair is found from its earlier member, so the work grows
 * with the mentions plus the overlaps, not with their square (a long article has thousands).
 */
function overlapping(entities: AnalysisEntity[]): Set<string> {
  const all = entities
    .flatMap((e, i) => e.mentions.map((m) => ({ entity: i, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = new Set<string>();
  for (let i = 0; i < all.length; i++) {
    const a = all[i];
    for (let j = i + 1; j < all.length && all[j].start < a.end; j++) {
      const b = all[j];
      if (b.entity === a.entity) continue;
      out.add(`${a.entity}:${a.start}`);
      out.add(`${b.entity}:${b.start}`);
    }
  }
  return out;
}

/** Is this mention a name (not a description such as 'the party' or 'This company')? */
const isName = (text: string) => /^[\p{Lu}\p{N}]/u.test(text) && !/^(The|This|That|An?)\s+\p{Ll}/u.test(text);

/**
 * `text` with each whitespace run collapsed to one space, and where each original offset lands in it
 * (`at[i]` for i in 0..text.length), so anchors do not depend on how the page broke its lines.
 */
export function collapseWhitespace(text: string): { text: string; at: Uint32Array } {
  const at = new Uint32Array(text.length + 1);
  let out = '';
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    at[i] = out.length;
    const space = /\s/u.test(text[i]);
    if (space) {
      if (!inSpace) out += ' ';
      inSpace = true;
    } else {
      out += text[i];
      inSpace = false;
    }
  }
  at[text.length] = out.length;
  return { text: out, at };
}

/**
 * The mentions to mark: names only, not a word that also belongs to another entity's mention
 * ("Britain's spy agency GCHQ" holds Britain), and each entity once per paragraph, at its first
 * mention there (a paragraph full of marks on one name reads badly). In article order, at most `max`.
 */
export function mentionsToMark(
  analysis: Pick<Analysis, 'entities'> & { article: { text: string } },
  paragraphs: Span[],
  max = MAX_MARKS,
): MentionMark[] {
  const { text } = analysis.article;
  const collapsed = collapseWhitespace(text);
  const overlaps = overlapping(analysis.entities);
  const paraOf = (start: number) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].end <= start) lo = mid + 1;
      else if (paragraphs[mid].start > start) hi = mid - 1;
      else return mid;
    }
    return -1 - lo;
  };
  const chosen = analysis.entities
    .flatMap((e, i) =>
      e.mentions
        .filter((m) => isName(m.text) && !overlaps.has(`${i}:${m.start}`))
        .map((m) => ({ entityId: e.id, start: m.start, end: m.end })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Set<string>();
  const out: MentionMark[] = [];
  for (const m of chosen) {
    if (out.length >= max) break;
    const key = `${m.entityId}@${paraOf(m.start)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const start = collapsed.at[m.start];
    const end = collapsed.at[m.end];
    const exact = collapsed.text.slice(start, end).trim();
    if (exact.length < 2) continue;
    out.push({
      entityId: m.entityId,
      anchor: {
        exact,
        prefix: collapsed.text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
        suffix: collapsed.text.slice(end, end + ANCHOR_CONTEXT),
        start,
      },
    });
  }
  return out;
}

/** Page marks for an analysis (its settings already applied) of an article with these paragraphs. */
export function marksForPage(analysis: Analysis, paragraphs: Span[]): PageMarks {
  const entities = analysis.entities.map(({ mentions: _mentions, ...rest }) => rest);
  const labels: Record<string, string> = {};
  for (const e of analysis.entities) labels[e.id] = `${e.card?.title ?? e.name}: context card available`;
  return { entities, labels, mentions: mentionsToMark(analysis, paragraphs) };
}
