/**
 * Where a name stands says it is a place: 'around Sheffield and Leeds', 'flights from Acapulco', 'Aberdeen,
 * Scotland'. Two readings the linker uses: a name the tagger called an organisation or a MISC name, for which
 * the KB holds only places, is the place when the words around it read so (outside sports, where a city is a
 * team); and a town written with its region or country after a comma ('Fort Worth, Texas') is the town of that
 * region, not a namesake elsewhere.
 */
import type { KnowledgeBase } from './parse-kb';
import type { Candidate } from './rank';
import type { EntityType, KbEntity, LinkContext, SpottedMention } from './types';

/** Words right before a name that put it on a map: 'in', 'around', 'from', 'near', 'across'. */
const PLACE_WORD_BEFORE =
  /\b(?:in|at|near|around|from|into|across|outside|throughout|towards?|via|between|beyond)\s+(?:the\s+)?$/i;

/** A place of the same list right before: 'in Sheffield and Leeds', 'from Liverpool, Leeds and York'. */
const LIST_BEFORE =
  /\b(?:in|at|near|around|from|into|across|between)\s+[\p{Lu}][\p{L}.'’ -]{1,40}(?:,|\s+and|\s+or)\s+$/u;

/**
 * The words before `start` read the name as a place ('in Leeds', 'around Sheffield and Leeds'). Only the
 * 60 characters before the name are read.
 */
export function placeWordBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return PLACE_WORD_BEFORE.test(before) || LIST_BEFORE.test(before);
}

/**
 * The spotted name written right after a comma that follows `end` ('Aberdeen, Scotland'; 'Fort Worth, Texas'),
 * as an address writes a town's region or country, or undefined. `spottedAt` finds a spotted name by its start.
 */
export function addressAfter(
  text: string,
  end: number,
  spottedAt: (start: number) => SpottedMention | undefined,
): SpottedMention | undefined {
  const m = /^,[ \t]?/.exec(text.slice(end, end + 2));
  return m ? spottedAt(end + m[0].length) : undefined;
}

/**
 * True when `entry` is a place that the address names: its region (the entry's parent) or, for a town, its
 * country. `entryOf` reads a spotted candidate's entry.
 */
export function addressNames(
  entry: KbEntity,
  address: SpottedMention,
  entryOf: (id: string) => KbEntity | undefined,
): boolean {
  if (entry.type !== 'place' || entry.kind === 'country' || entry.kind === 'territory') return false;
  return address.candidates.some((id) => {
    if (entry.parent && id === entry.parent) return true;
    const a = entryOf(id);
    return a?.kind === 'country' && Boolean(entry.country) && a.country === entry.country;
  });
}

/**
 * True when the address contradicts `entry`: it names another region of the same kind in the same country as
 * the entry's own region ('Brooklyn, Iowa' and the Brooklyn of New York State). Then the text means a namesake
 * the KB lacks, and the entry is not that place.
 */
export function addressContradicts(
  entry: KbEntity,
  address: SpottedMention,
  entryOf: (id: string) => KbEntity | undefined,
): boolean {
  if (entry.type !== 'place' || !entry.parent || !entry.country) return false;
  if (address.candidates.includes(entry.parent)) return false;
  const region = entryOf(entry.parent);
  if (!region?.kind) return false;
  return address.candidates.some((id) => {
    const a = entryOf(id);
    return a?.type === 'place' && a.kind === region.kind && a.country === entry.country;
  });
}

/** A place the tagger did not call one is read as that place only when it is this well known (a city of some 100,000). */
const RESCUE_MIN_PRIOR = 0.5;

/** What the place readings need of the linker: the KB, its spotted names, exact lookups and the sports test. */
export interface PlaceReadingDeps {
  kb: KnowledgeBase;
  spot: (text: string) => SpottedMention[];
  exactCandidates: (names: string[]) => Candidate[];
  isSports: (text: string) => boolean;
}

/** A mention group as the linker is asked about it: the tagger's type and where its names are. */
interface Query {
  type?: EntityType;
  mentions?: ReadonlyArray<{ start: number; end: number }>;
}

/** The two readings over one KB (see the file comment); spotted names are looked up by start, once per text. */
export function createPlaceReading({ kb, spot, exactCandidates, isSports }: PlaceReadingDeps) {
  let byStart: { text: string; value: Map<number, SpottedMention> } | undefined;
  const spottedAt = (text: string, start: number): SpottedMention | undefined => {
    if (byStart?.text !== text) byStart = { text, value: new Map(spot(text).map((s) => [s.start, s])) };
    return byStart.value.get(start);
  };
  const entryOf = (id: string): KbEntity | undefined => {
    const i = kb.indexOf(id);
    return i === undefined ? undefined : kb.entity(i);
  };

  return {
    /**
     * A name the tagger read as an organisation or a MISC name, which the KB holds only as places, is the
     * place when a mention stands where places stand ('in Leeds', 'around Sheffield and Leeds') or is written
     * with the place's region ('Aberdeen, Scotland'): the place candidates and why, or undefined. Never in a
     * sports story, where 'from Liverpool' is the club.
     */
    readAsPlace(
      names: string[],
      query: Query,
      ctx: LinkContext,
    ): { candidates: Candidate[]; why: string } | undefined {
      const text = ctx.text;
      if ((query.type !== 'organization' && query.type !== 'other') || !text || isSports(text))
        return undefined;
      const longest = [...names].sort((a, b) => b.length - a.length);
      const n = longest.find((x) => exactCandidates([x]).length);
      if (!n) return undefined;
      // Only a known place: a hamlet that shares a word with a body ('Notre Dame') is likelier the body.
      const places = exactCandidates([n]).filter((c) => {
        const e = kb.entity(c.index);
        return c.match !== 'acronym' && e.type === 'place' && (e.prior ?? 0) >= RESCUE_MIN_PRIOR;
      });
      if (!places.length) return undefined;
      for (const m of query.mentions ?? []) {
        const address = addressAfter(text, m.end, (at) => spottedAt(text, at));
        if (address && places.some((c) => addressNames(kb.entity(c.index), address, entryOf)))
          return { candidates: places, why: `read as a place: '${text.slice(m.start, address.end)}'` };
        if (placeWordBefore(text, m.start))
          return {
            candidates: places,
            why: `read as a place: '${text.slice(Math.max(0, m.start - 12), m.end).trimStart()}'`,
          };
      }
      return undefined;
    },

    /**
     * What the addresses after the mentions say of the candidates, in one pass ('Aberdeen, Scotland'):
     * `named`, the candidates an address names, with those words; `contradicted`, the candidates an address
     * puts in another region of their own country ('Brooklyn, Iowa' with only New York's Brooklyn in the KB).
     */
    readAddresses(
      candidates: Candidate[],
      query: Query,
      ctx: LinkContext,
    ): { named: Map<number, string>; contradicted: Set<number> } {
      const named = new Map<number, string>();
      const contradicted = new Set<number>();
      const text = ctx.text;
      if (!text || !candidates.length) return { named, contradicted };
      for (const m of query.mentions ?? []) {
        const address = addressAfter(text, m.end, (at) => spottedAt(text, at));
        if (!address) continue;
        for (const c of candidates) {
          const entry = kb.entity(c.index);
          if (addressNames(entry, address, entryOf)) named.set(c.index, text.slice(m.start, address.end));
          else if (addressContradicts(entry, address, entryOf)) contradicted.add(c.index);
        }
      }
      return { named, contradicted };
    },
  };
}
