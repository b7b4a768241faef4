/**
 * A sports team's one-word short name outside a sports story is a word of the story, not the team: 'Celtic
 * tribes', 'the Rangers patrolled the park', 'the Giants of legend', 'the Heat'. The KB holds thousands of
 * clubs whose short names are adjectives, peoples and ordinary nouns; only a text that reads as a sports
 * report (lib/kb/reading's isSportsContext) or the team's full name ('Celtic FC', 'Boston Red Sox') makes
 * such a name the team.
 */
import { normaliseAlias } from './normalise';
import type { KbEntity } from './types';

/** KB kinds of sports teams: 'football club', 'baseball team', 'National Hockey League team'. */
const TEAM_KIND = /\bteam\b|\b(?:football|fotbal|futbol|soccer|sports?|ball|hockey|rugby|cricket)\s+club\b/i;

/** `e` is a sports team reached through `alias`, a one-word short name, in a text that is no sports report. */
export function isTeamNicknameOutsideSport(e: KbEntity, alias: string, sportsText: boolean): boolean {
  if (sportsText || !TEAM_KIND.test(e.kind ?? '')) return false;
  const short = normaliseAlias(alias);
  return !short.includes(' ') && short !== normaliseAlias(e.name);
}
