/**
 * Mentions → entities: the surface variants one article uses for one thing ("National Cyber Security
 * centre" / "NCSC", "Jeremy Corbyn" / "Corbyn", "Labour Party" / "Labour", KB demonyms) become one group.
 */
import type { EntityType, Mention } from '../../contract/types';
import { findAcronymDefinitions, initialsOf } from './acronyms';
import { looksLikeDemonym, organisationKey, stripHonorifics } from './surface-forms';
import type { EntityGroup, MentionCandidate } from './types';
import { asNumber, countBelow } from '../sorted';

/**
 * Group mention candidates into entities, adding the acronym and expansion mentions the candidates
 * missed. Groups come out in order of first mention; each mention belongs to exactly one group.
 * `principals`: full names of the people the headline names, the story's subjects; a bare family name that
 * several people in the text share is theirs.
 */
export function groupEntities(
  text: string,
  candidates: MentionCandidate[],
  principals: readonly string[] = [],
): EntityGroup[] {
  const pool = withAcronymMentions(
    text,
    [...candidates].sort((a, b) => a.start - b.start),
  );
  const sets = new DisjointSets(pool.length);
  const shared = sharedFamilyNames(pool);

  const byKb = new Map<string, number>();
  const byOrgKey = new Map<string, number>();
  pool.forEach((c, i) => {
    const top = c.kbCandidates?.[0];
    // Same KB entry and same type: 'Russia' (a place) and 'Russian' (MISC) stay apart, as the tagger read them.
    if (top !== undefined) unionByKey(byKb, `${c.type}|${top}`, i, sets);
    if (c.type === 'person') unionByKey(byOrgKey, `person|${stripHonorifics(c.text).toLowerCase()}`, i, sets);
    else {
      const key = organisationKey(c.text);
      if (key.length >= 2) unionByKey(byOrgKey, `${c.type === 'other' ? '*' : c.type}|${key}`, i, sets);
    }
  });
  joinUntypedToTyped(pool, sets);
  joinAcronymPairs(pool, sets);
  joinInitialisms(pool, sets);
  joinSurnames(pool, sets, shared, principals);

  const members = new Map<number, MentionCandidate[]>();
  pool.forEach((c, i) => {
    const root = sets.find(i);
    const list = members.get(root) ?? [];
    list.push(c);
    members.set(root, list);
  });
  return [...members.values()].map(toGroup).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** An acronym definition: both spans become (or stay) candidates, tagged with the definition for pairing. */
interface PairedCandidate extends MentionCandidate {
  pair?: string;
}

/** The candidates plus every acronym, expansion and later use of the acronym the candidates did not cover. */
function withAcronymMentions(text: string, candidates: MentionCandidate[]): PairedCandidate[] {
  const definitions = findAcronymDefinitions(text);
  if (definitions.length === 0) return candidates;
  const sorted: PairedCandidate[] = candidates.map((c) => ({ ...c }));
  const removed = new Set<PairedCandidate>();
  const added: PairedCandidate[] = [];
  const typeOfAcronym = new Map<string, EntityType>();
  for (const def of definitions) {
    const near = [...overlapping(sorted, def.short), ...overlapping(sorted, def.long)].filter(
      (c) => !removed.has(c),
    );
    const type = typeOfAcronym.get(def.short.text) ?? near[0]?.type ?? 'organization';
    typeOfAcronym.set(def.short.text, type);
    for (const span of [def.long, def.short]) {
      const hits = overlapping(sorted, span).filter((c) => !removed.has(c));
      const exact = hits.find((c) => c.start === span.start && c.end === span.end);
      if (exact) {
        exact.pair = def.short.text;
        continue;
      }
      // The definition is better evidence than a partial span inside it ("National Cyber Security").
      if (hits.some((c) => c.start < span.start || c.end > span.end)) continue;
      const kbCandidates = hits.flatMap((c) => c.kbCandidates ?? []);
      hits.forEach((c) => removed.add(c));
      added.push({
        ...span,
        type,
        source: 'acronym',
        pair: def.short.text,
        ...(kbCandidates.length ? { kbCandidates } : {}),
      });
    }
  }
  const pool = [...sorted.filter((c) => !removed.has(c)), ...added].sort((a, b) => a.start - b.start);
  // Later uses of each acronym ("NCSC" alone) belong to the pair even when no finder spotted them.
  const uses = new RegExp(
    `(?<![\\w&.-])(?:${[...typeOfAcronym.keys()].map(escapeRegExp).join('|')})(?![\\w&-])`,
    'g',
  );
  const extra: PairedCandidate[] = [];
  for (let m = uses.exec(text); m; m = uses.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const hit = overlapping(pool, span)[0];
    if (hit) {
      if (hit.start === span.start && hit.end === span.end) hit.pair ??= m[0];
      continue;
    }
    extra.push({ ...span, type: typeOfAcronym.get(m[0]) ?? 'organization', source: 'acronym', pair: m[0] });
  }
  return [...pool, ...extra].sort((a, b) => a.start - b.start);
}

function joinAcronymPairs(pool: PairedCandidate[], sets: DisjointSets): void {
  const first = new Map<string, number>();
  pool.forEach((c, i) => {
    if (c.pair !== undefined) unionByKey(first, c.pair, i, sets);
  });
}

/**
 * 'BPD' in an article that writes 'Brookhaven Police Department' but never '(BPD)': an acronym of three or more
 * capitals whose letters are the initials of exactly one organisation the article names in full is that body.
 */
function joinInitialisms(pool: PairedCandidate[], sets: DisjointSets): void {
  const byInitials = new Map<string, number>();
  const ambiguous = new Set<string>();
  pool.forEach((c, i) => {
    if (c.type !== 'organization') return;
    const initials = initialsOf(c.text.replace(/^the\s+/i, ''));
    if (!initials || initials.length < 3) return;
    const seen = byInitials.get(initials);
    if (seen !== undefined && organisationKey(pool[seen].text) !== organisationKey(c.text))
      ambiguous.add(initials);
    else if (seen === undefined) byInitials.set(initials, i);
  });
  if (!byInitials.size) return;
  pool.forEach((c, i) => {
    if (c.pair !== undefined || (c.type !== 'organization' && c.type !== 'other')) return;
    if (!/^[A-Z]{3,6}$/.test(c.text) || ambiguous.has(c.text)) return;
    const full = byInitials.get(c.text);
    if (full !== undefined) sets.union(full, i);
  });
}

/** A 'MISC' span ("other") with the same key as a typed one is that entity ("Labour" tagged MISC). */
function joinUntypedToTyped(pool: MentionCandidate[], sets: DisjointSets): void {
  const typed = new Map<string, number>();
  pool.forEach((c, i) => {
    if (c.type !== 'other' && c.type !== 'person') typed.set(organisationKey(c.text), i);
  });
  pool.forEach((c, i) => {
    const other = c.type === 'other' ? typed.get(organisationKey(c.text)) : undefined;
    if (other !== undefined) sets.union(other, i);
  });
}

/** Family names that two or more people the text names in full share ('Mark Meadows', 'Debbie Meadows'). */
function sharedFamilyNames(pool: MentionCandidate[]): Set<string> {
  const people = new Map<string, Set<string>>();
  for (const c of pool) {
    if (c.type !== 'person') continue;
    const name = stripHonorifics(c.text);
    const tokens = name.split(/\s+/);
    if (tokens.length < 2) continue;
    const family = tokens[tokens.length - 1];
    const set = people.get(family) ?? new Set<string>();
    set.add(name);
    people.set(family, set);
  }
  return new Set([...people].filter(([, names]) => names.size > 1).map(([family]) => family));
}

/**
 * "Corbyn" after "Jeremy Corbyn" is him: the most recent full name with that surname (or first name); a
 * family name that several people share, the headline's person once the text has named them in full.
 */
function joinSurnames(
  pool: MentionCandidate[],
  sets: DisjointSets,
  shared: ReadonlySet<string>,
  principals: readonly string[],
): void {
  const principal = new Set(principals.map((p) => stripHonorifics(p).replace(/['’]s$/, '')));
  const bySurname = new Map<string, number[]>();
  const byFirstName = new Map<string, number[]>();
  pool.forEach((c, i) => {
    if (c.type !== 'person') return;
    const tokens = stripHonorifics(c.text).split(/\s+/);
    if (tokens.length < 2) return;
    pushTo(bySurname, tokens[tokens.length - 1], i);
    pushTo(byFirstName, tokens[0], i);
  });
  if (bySurname.size === 0) return;
  pool.forEach((c, i) => {
    if (c.type !== 'person' && c.type !== 'other') return;
    const tokens = stripHonorifics(c.text).split(/\s+/);
    if (tokens.length !== 1 || !/^[A-Z]/.test(tokens[0])) return;
    const full = bySurname.get(tokens[0]) ?? (c.type === 'person' ? byFirstName.get(tokens[0]) : undefined);
    if (!full) return;
    // A family name several people share is the headline's person's when the text has named them by now.
    const subject =
      principal.size && shared.has(tokens[0])
        ? full.find((f) => f < i && principal.has(stripHonorifics(pool[f].text)))
        : undefined;
    const before = subject ?? lastBelow(full, i); // else the most recent full name before this mention
    const chosen = before ?? (full.every((f) => pool[f].text === pool[full[0]].text) ? full[0] : undefined);
    if (chosen !== undefined) sets.union(chosen, i);
  });
}

/** The largest value of an ascending list below `limit`. */
function lastBelow(ascending: number[], limit: number): number | undefined {
  const lo = countBelow(ascending, limit, asNumber);
  return lo > 0 ? ascending[lo - 1] : undefined;
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function toGroup(members: MentionCandidate[]): EntityGroup {
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  for (const m of [...members].sort((a, b) => a.start - b.start)) {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  const names = [...new Set(members.map((m) => m.text))].sort((a, b) => nameRank(b) - nameRank(a));
  const kbVotes = new Map<string, number>();
  for (const m of members)
    m.kbCandidates?.forEach((id, rank) => kbVotes.set(id, (kbVotes.get(id) ?? 0) + 1 / (rank + 1)));
  const kbCandidates = [...kbVotes.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return {
    name: names[0],
    type: groupType(members),
    names,
    mentions,
    ...(kbCandidates.length ? { kbCandidates } : {}),
  };
}

/** The most complete name wins: longer, without a title, not a demonym, capitalised. */
function nameRank(name: string): number {
  let rank = name.length;
  if (looksLikeDemonym(name)) rank -= 100;
  if (stripHonorifics(name) !== name) rank -= 50;
  if (!/^[A-Z0-9]/.test(name)) rank -= 200;
  return rank;
}

/** The KB's type when any member came from it, else the commonest specific type. */
function groupType(members: MentionCandidate[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const m of members) {
    if (m.type === 'other') continue;
    votes.set(m.type, (votes.get(m.type) ?? 0) + (m.source === 'kb' ? 10 : 1));
  }
  let best: EntityType = 'other';
  let bestVotes = 0;
  for (const [type, n] of votes) if (n > bestVotes) [best, bestVotes] = [type, n];
  return best;
}

function unionByKey(firstByKey: Map<string, number>, key: string, index: number, sets: DisjointSets): void {
  const first = firstByKey.get(key);
  if (first === undefined) firstByKey.set(key, index);
  else sets.union(first, index);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Candidates of `sorted` (by start) overlapping `span`, by binary search; candidates are short. */
function overlapping<T extends { start: number; end: number }>(
  sorted: T[],
  span: { start: number; end: number },
): T[] {
  const lo = countBelow(sorted, span.end, (m) => m.start);
  const found: T[] = [];
  for (let i = lo - 1; i >= 0 && i >= lo - 32; i--) if (overlaps(sorted[i], span)) found.unshift(sorted[i]);
  return found;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Union–find over candidate indices. */
class DisjointSets {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
