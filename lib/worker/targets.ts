/** Which words of the page to mark for each entity: names, not descriptions or overlapping phrases. */
import type { AnalysisEntity } from '@/lib/contract/types';
import type { HighlightTarget } from '@/lib/contract/marks';

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

/**
 * Highlight targets for the entities a reader wants: each entity's own names as they appear in the text.
 * Left out: descriptions ('the party', lower-case), and mentions that overlap another entity's mention
 * ("Britain's spy agency GCHQ" holds Britain), so one word never belongs to two cards.
 */
export function highlightTargets(entities: AnalysisEntity[]): HighlightTarget[] {
  const overlaps = overlapping(entities);
  return entities.map((e, i) => {
    const surfaces = e.mentions
      .filter((m) => /^[\p{Lu}\p{N}]/u.test(m.text) && !/^(The|This|That|An?)\s+\p{Ll}/u.test(m.text))
      .filter((m) => !overlaps.has(`${i}:${m.start}`))
      .map((m) => m.text);
    return {
      entityId: e.id,
      surfaces: [...new Set(surfaces)],
      label: `${e.card?.title ?? e.name}: context card available`,
    };
  });
}
