/** Which words of the page to mark for each entity: names, not descriptions or overlapping phrases. */
import type { AnalysisEntity } from '@/lib/analysis/types';
import type { HighlightTarget } from './highlight';

/**
 * Highlight targets for the entities a reader wants: each entity's own names as they appear in the text.
 * Left out: descriptions ('the party', lower-case), and mentions that overlap another entity's mention
 * ("Britain's spy agency GCHQ" holds Britain), so one word never belongs to two cards.
 */
export function highlightTargets(entities: AnalysisEntity[]): HighlightTarget[] {
  const all = entities.flatMap((e) => e.mentions.map((m) => ({ entityId: e.id, ...m })));
  return entities.map((e) => {
    const surfaces = e.mentions
      .filter((m) => /^[\p{Lu}\p{N}]/u.test(m.text) && !/^(The|This|That|An?)\s+\p{Ll}/u.test(m.text))
      .filter((m) => !all.some((o) => o.entityId !== e.id && o.start < m.end && m.start < o.end))
      .map((m) => m.text);
    return {
      entityId: e.id,
      surfaces: [...new Set(surfaces)],
      label: `${e.card?.title ?? e.name}: context card available`,
    };
  });
}
