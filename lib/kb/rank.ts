/**
 * Disambiguation: scores each candidate entry for a mention from how it was matched, its prior, the
 * article's country, co-mentioned entries and the publication date, keeping the reasons.
 */
import { isoDay } from '@/lib/contract/calendar';
import { isWithin, rolesAt } from './roles-at';
import type { KbEntity, EntityType } from './types';

/** How a candidate was found: exact name, alias, acronym, or a fuzzy near-miss (with fuse.js score). */
export type MatchKind = 'name' | 'alias' | 'acronym' | 'fuzzy';

/** One candidate under consideration. */
export interface Candidate {
  index: number;
  match: MatchKind;
  /** The alias that matched, for the reasons. */
  alias: string;
  fuzzyScore?: number;
}

/** What the ranking knows about the article. */
export interface RankContext {
  country?: string;
  countryWhy?: string;
  /** Countries the article names (country names and demonyms it spells out). */
  mentioned?: ReadonlySet<string>;
  day?: string;
  type?: EntityType;
  coMentioned: ReadonlySet<string>;
  related: (id: string) => ReadonlySet<string> | undefined;
}

/** A scored candidate with its reasons. */
export interface Scored {
  index: number;
  score: number;
  why: string[];
}

const MATCH_SCORE: Record<MatchKind, number> = { name: 1, alias: 0.9, acronym: 0.85, fuzzy: 0.85 };

/** Score one candidate; higher is better, reasons say what counted. */
export function scoreCandidate(e: KbEntity, c: Candidate, ctx: RankContext): Scored {
  const why: string[] = [];
  let score = MATCH_SCORE[c.match];
  if (c.match === 'fuzzy') {
    score -= c.fuzzyScore ?? 0.3;
    why.push(`near match to '${c.alias}'`);
  } else why.push(`matched ${c.match === 'name' ? 'name' : c.match} '${c.alias}'`);
  score += 0.3 * (e.prior ?? 0.2);

  if (ctx.type && ctx.type !== e.type) {
    // A country named as an actor ('Britain said') is still the country; a city named as an
    // organisation is usually a team or a company ('Leicestershire beat Somerset'): no card.
    const actorCountry = ctx.type === 'organization' && e.type === 'place' && e.kind === 'country';
    score -= actorCountry ? 0.1 : 0.6;
    why.push(`the mention reads as ${ctx.type}, the entry is ${e.type}`);
  }
  if (ctx.country && e.country) {
    if (e.country === ctx.country) {
      score += 0.25;
      why.push(`${ctx.country} context${ctx.countryWhy ? ` (${ctx.countryWhy})` : ''}`);
    } else if (e.kind !== 'country') {
      // A minor foreign namesake ('Man' the Ivorian city in a New Zealand story) needs its country in the text.
      if ((e.prior ?? 0) < 0.6 && !ctx.mentioned?.has(e.country)) {
        score -= 0.5;
        why.push(`an entry of ${e.country}, which the article does not mention`);
      } else score -= 0.05;
    }
  }
  const rel = ctx.related(e.id);
  if (rel && ctx.coMentioned.size) {
    for (const id of rel) {
      if (ctx.coMentioned.has(id)) {
        score += 0.3;
        why.push(`co-mentioned with ${id}`);
        break;
      }
    }
  }
  if (ctx.day) {
    const founded = isoDay(e.founded);
    if (founded && founded > ctx.day && e.type !== 'person') {
      score -= 0.6;
      why.push(`founded after the article (${e.founded})`);
    }
    if (e.dissolved && !isWithin(ctx.day, undefined, e.dissolved)) {
      score -= 0.3;
      why.push(`dissolved before the article (${e.dissolved})`);
    }
    if (e.type === 'person' && e.roles?.length) {
      const held = rolesAt(e.roles, ctx.day);
      if (held.length) {
        score += 0.1;
        why.push(`${held[0].title} at the article date`);
      }
    }
  }
  return { index: c.index, score, why };
}

/** Confidence 0..1 from the best score and its margin over the runner-up. */
export function confidenceOf(best: number, runnerUp: number | undefined): number {
  const margin = runnerUp === undefined ? 0.5 : best - runnerUp;
  const strength = Math.min(1, Math.max(0, (best - 0.3) / 1.1));
  const separation = Math.min(1, Math.max(0, 0.45 + margin * 2));
  return Math.round(strength * separation * 100) / 100;
}
