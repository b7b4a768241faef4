/**
 * A nationality word read in its place as no mention of its country ('Spanish' in 'the Spanish Netherlands',
 * 'Portuguese' in 'the Portuguese Gold Coast') carries no card, even when the same word elsewhere in the
 * article earned the country one ('the Spanish persecution'). Such a word is not the country, nor a name of
 * its own (it is part of a longer one): it leaves the linked entity, and the card is shown only where the word
 * means the country. A place's own name inside a longer name ('Berkeley' in 'University of California,
 * Berkeley') still names the place and keeps its card.
 */
import type { AnalysisEntity, Mention } from '../contract/types';

const isApart = (m: Mention, noCardAt: ReadonlySet<number>): boolean =>
  m.form === 'nationality' && noCardAt.has(m.start);

/**
 * `entities` without the nationality mentions that start in `noCardAt`, for linked entities that keep other
 * mentions. Entities whose mentions are all or none of those are returned as they are.
 */
export function dropNoCardNationalities(
  entities: AnalysisEntity[],
  noCardAt: ReadonlySet<number>,
): AnalysisEntity[] {
  return entities.map((e) => {
    if (!e.kbId) return e;
    const kept = e.mentions.filter((m) => !isApart(m, noCardAt));
    return kept.length && kept.length < e.mentions.length ? { ...e, mentions: kept } : e;
  });
}
