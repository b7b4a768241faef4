/**
 * A person the article names in full only in its headline ("Mark Meadows to retire") and by title and
 * surname in the text ("Congressman Meadows", "Meadows"): the text's group takes the headline's full name,
 * so it is grouped, named and linked as the person, not as a bare surname.
 */
import { stripHonorifics } from './surface-forms';
import type { EntityGroup } from './types';

/**
 * `groups` with each surname-only person group given the one full name among `headlinePeople` (the people
 * the tagger found in the headline) that ends in its surname. Two full names with that surname in the
 * headline, or a group that already has a full name, leave the group as it was.
 */
export function withHeadlineNames(groups: EntityGroup[], headlinePeople: string[]): EntityGroup[] {
  const full = new Map<string, Set<string>>();
  for (const raw of headlinePeople) {
    const name = stripHonorifics(raw).replace(/['’]s$/, '');
    const tokens = name.split(/\s+/);
    // A given name and a surname, each capitalised: "Mark Meadows", "Alexandria Ocasio-Cortez".
    if (tokens.length < 2 || tokens.length > 4 || !tokens.every((t) => /^\p{Lu}/u.test(t))) continue;
    const surname = tokens[tokens.length - 1];
    const set = full.get(surname) ?? new Set<string>();
    set.add(name);
    full.set(surname, set);
  }
  if (full.size === 0) return groups;
  const named = new Set(groups.flatMap((g) => g.names.map((n) => stripHonorifics(n))));
  return groups.map((group) => {
    if (group.type !== 'person') return group;
    const surnames = new Set(group.names.map((n) => stripHonorifics(n)));
    if (surnames.size !== 1) return group;
    const [surname] = surnames;
    if (/\s/.test(surname)) return group;
    const found = full.get(surname);
    if (!found || found.size !== 1) return group;
    const [name] = found;
    // Another group is that person already (named in full in the text): grouping has decided.
    if (named.has(name)) return group;
    return { ...group, name, names: [name, ...group.names] };
  });
}
