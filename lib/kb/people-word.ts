/**
 * A people-word is not its place: 'Americans', 'Kenyans', 'AMERICANS' name a people, and the reader who meets
 * them meets no mention of the country. The KB's names of a place are its names and its demonym
 * ('American'); a near match that is one of those names with a plural ending added is the people, so the
 * fuzzy search must not take it for a spelling variant of the place.
 */
import { normaliseAlias } from './normalise';

/** Plural endings a people-word adds to a place's name or demonym: 'American' + s, 'America' + ns. */
const PLURAL_ENDINGS = ['s', 'es', 'ns'];

/** `query` is `alias` (a name of a place) with a plural ending: 'Americans' for 'American' or 'America'. */
export function isPeoplePluralOf(query: string, alias: string): boolean {
  const q = normaliseAlias(query);
  const a = normaliseAlias(alias);
  return PLURAL_ENDINGS.some((ending) => q === a + ending);
}
