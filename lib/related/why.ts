/** The short reason a report is listed as related: "shares NCSC, Labour, cyber attack; 1 day apart". */
import { normaliseName } from './names';
import { describeDaysApart } from './time-proximity';
import type { RememberedArticle } from './types';

/** A shared feature and how much it contributed to the score. */
export interface SharedFeature {
  key: string;
  contribution: number;
}

function nameFor(key: string, a: RememberedArticle, b: RememberedArticle): string {
  const value = key.slice(2);
  if (key.startsWith('t:')) return value;
  for (const article of [a, b]) {
    const i = article.entityIds.indexOf(value);
    const name = i >= 0 ? article.entityNames?.[i] : undefined;
    if (name) return name;
  }
  return value;
}

/**
 * Up to `max` shared things, most telling first, with words already inside a chosen name or phrase
 * left out ("Labour" then not "labour"); then how far apart the two were published, when known.
 */
export function explain(
  shared: SharedFeature[],
  query: RememberedArticle,
  other: RememberedArticle,
  days: number | undefined,
  extra: string[] = [],
  max = 3,
): string {
  const chosen: string[] = [];
  const covered = new Set<string>();
  const ranked = [...shared].sort((x, y) => y.contribution - x.contribution);
  // Names first, but keep a place for the best shared term ("cyber attack") when there is one.
  const entityPlaces = ranked.some((f) => f.key.startsWith('t:')) ? max - 1 : max;
  let entities = 0;
  for (const feature of ranked) {
    if (chosen.length >= max) break;
    const isEntity = feature.key.startsWith('e:');
    if (isEntity && entities >= entityPlaces) continue;
    const name = nameFor(feature.key, other, query);
    const words = normaliseName(name).split(' ');
    if (words.every((w) => covered.has(w))) continue;
    chosen.push(name);
    if (isEntity) entities++;
    for (const w of words) covered.add(w);
  }
  const parts: string[] = [];
  if (chosen.length) parts.push(`shares ${chosen.join(', ')}`);
  parts.push(...extra);
  if (days !== undefined) parts.push(describeDaysApart(days));
  return parts.join('; ');
}
