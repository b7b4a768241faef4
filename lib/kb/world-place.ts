/**
 * A world-famous place and its small namesakes ('London' and London, Ontario; 'Warsaw' and Warsaw, Indiana;
 * 'Washington' the capital and the state): a bare name means the famous one unless the text ties the small one
 * in: its state or province named, a place of it or in it co-mentioned, a mention that reads as it ('the state
 * of Washington', 'Rep. Ann Lee of Washington'), or a story local to its country that never mentions the famous
 * one's. Without such a sign the namesake is no rival: it does not cut the famous place's confidence.
 */
import { containsWord, regionOrCityBefore } from './reading';
import type { Scored } from './rank';
import type { KbEntity } from './types';

/** A place at least this well known (a capital, a world city) is what a bare mention of its name means… */
export const WORLD_PLACE_PRIOR = 0.75;
/** …over a namesake at least this much less known. */
const NAMESAKE_GAP = 0.2;

/** What the reading needs: the KB's entries, the text, its co-mentioned entries and the countries it names. */
export interface NamesakeContext {
  entity: (index: number) => KbEntity;
  entry: (id: string) => KbEntity | undefined;
  text: string;
  mentions: ReadonlyArray<{ start: number; end: number }>;
  coMentioned: ReadonlySet<string>;
  /** Countries the text names outright. */
  mentioned: ReadonlySet<string>;
  /** The story's country, when known. */
  country?: string;
}

/** Does anything in the text tie the small namesake `e` in (see the file comment)? */
function tiedIn(e: KbEntity, s: Scored, famous: KbEntity, ctx: NamesakeContext): boolean {
  if (s.why.some((w) => w.startsWith('co-mentioned') || w.startsWith('written as'))) return true;
  if (
    e.kind !== 'city' &&
    ctx.mentions.some((m) => regionOrCityBefore(ctx.text, m.start, m.end) === 'region')
  )
    return true;
  const parent = e.parent ? ctx.entry(e.parent) : undefined;
  if (parent && parent.kind !== 'country' && containsWord(ctx.text, parent.name)) return true;
  for (const id of ctx.coMentioned) {
    if (id === e.id) continue;
    if (id === e.parent) return true;
    const other = ctx.entry(id);
    if (!other?.parent || other.type !== 'place') continue;
    // A place in it ('Seattle' for the state), or beside it in the same state ('Fort Wayne' for Warsaw, Indiana).
    if (other.parent === e.id || (e.parent && other.parent === e.parent && parent?.kind !== 'country'))
      return true;
  }
  // A story of the namesake's country that never names the famous place's: London, Ontario in a Canadian story.
  return (
    Boolean(e.country) &&
    e.country === ctx.country &&
    famous.country !== ctx.country &&
    !(famous.country && ctx.mentioned.has(famous.country))
  );
}

/**
 * The ranked candidates without the small namesakes of a world-famous best candidate that nothing in the text
 * ties in; unchanged when the best is no such place.
 */
export function withoutUntiedNamesakes(scored: Scored[], ctx: NamesakeContext): Scored[] {
  const best = scored[0];
  if (!best || scored.length < 2) return scored;
  const famous = ctx.entity(best.index);
  const prior = famous.prior ?? 0;
  if (famous.type !== 'place' || !famous.kind?.includes('city') || prior < WORLD_PLACE_PRIOR) return scored;
  // 'The London West Hollywood', 'The Manhattan' mid-sentence: a hotel or a bar named after the city.
  if (
    ctx.mentions.length &&
    ctx.mentions.every((m) => /[^\s.!?]\s+The\s+$/.test(ctx.text.slice(Math.max(0, m.start - 30), m.start)))
  )
    return scored;
  return scored.filter((s, i) => {
    if (i === 0) return true;
    const e = ctx.entity(s.index);
    // The city's own state ('New York') is the city-or-region reading's to weigh.
    if (e.type !== 'place' || e.kind === 'country' || e.id === famous.parent) return true;
    if ((e.prior ?? 0) > prior - NAMESAKE_GAP) return true;
    return tiedIn(e, s, famous, ctx);
  });
}
