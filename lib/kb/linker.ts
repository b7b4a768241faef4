/**
 * The linker: spots KB aliases in text, links a mention's names to one KB entry (or NIL) using the
 * article's context, and composes cards. Built once per KB; every query is a few Map lookups.
 */
import type { Card } from '../contract/types';
import { inferArticleCountry, type ArticleCountry } from './article-country';
import { composeCard, type LeadersOf } from './card';
import { characterRoleBefore, isScreenContext } from './character-role';
import { isoDay } from '@/lib/contract/calendar';
import { INITIALS_SKIP } from '@/lib/contract/words';
import { rolesAt } from './roles-at';
import { resolveGenericElection } from './elections';
import { NEAR_MISS_MIN_PRIOR } from './build-near-miss';
import { createFuzzyFinder } from './fuzzy';
import { acronymLetters, isAcronym, normaliseAlias } from './normalise';
import type { KnowledgeBase } from './parse-kb';
import { confidenceOf, scoreCandidate, type Candidate, type MatchKind, type Scored } from './rank';
import {
  bareName,
  containsWord,
  headOfGovernmentAfter,
  isFullName,
  isGenericName,
  spellingVariantOf,
  isSportsContext,
  otherTitleBefore,
  regionOrCityBefore,
  roleWordBefore,
  subnationalBefore,
} from './reading';
import { createPlaceReading } from './place-reading';
import { withoutUntiedNamesakes } from './world-place';
import { isPeoplePluralOf } from './people-word';
import { isTeamNicknameOutsideSport } from './team-nickname';
import { spotMentions } from './spot';
import type { EntityType, KbEntity, LinkContext, LinkResult, SpottedMention } from './types';

/** Spot, link and describe entities against one loaded KB. */
export interface Linker {
  /** Exact alias matches in `text`, linear in its length. */
  spot(text: string): SpottedMention[];
  /**
   * The KB entry that the names mean in this context, or undefined (NIL) when unsure. `type` is the
   * tagger's reading (only entries of a compatible type are candidates); `mentions` are where the article
   * names it, for the words around them ('President Obama', 'the Obama administration').
   */
  link(query: LinkQuery, context: LinkContext): LinkResult | undefined;
  /** The card for an entry, on the article's clock; carries the last link()'s reasons for it. */
  card(kbId: string, context: LinkContext): Card;
  get(kbId: string): KbEntity | undefined;
}

/** What link() is asked: a mention group's names, the tagger's type, and where the names are. */
export interface LinkQuery {
  names: string[];
  type?: EntityType;
  mentions?: ReadonlyArray<{ start: number; end: number }>;
}

/** Organisations that are also buildings or sites a tagger may read as places. */
const PLACE_LIKE_KIND = /residence|palace|building|headquarters|stadium|airport|museum|hospital|university/;

/** Below this confidence the linker answers NIL rather than risk a wrong card. */
const NIL_THRESHOLD = 0.35;
/** Candidates scoring closer than this are namesakes the context cannot separate: NIL. */
const TIE_MARGIN = 0.05;
/** A city below this prior (up to some 250,000 people) is a small town: its bare name needs its region in the text. */
const SMALL_TOWN_PRIOR = 0.4;

/**
 * The acronyms among a mention's names that another of its names spells out, word by word ("BPD" beside
 * "Brookhaven Police Department"): the article defined them.
 */
export function spelledOutAcronyms(names: string[]): Set<string> {
  const out = new Set<string>();
  const initials = new Set<string>();
  for (const name of names) {
    const words = name.split(/[\s-]+/).filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()));
    if (words.length < 2) continue;
    initials.add(acronymLetters(words.map((w) => w[0]).join('')));
  }
  if (!initials.size) return out;
  for (const name of names) {
    if (isAcronym(name) && initials.has(acronymLetters(name))) out.add(name);
  }
  return out;
}

/**
 * The initials of every run of two or more capitalised words in `text` ('Brookhaven Police Department' → BPD),
 * small words inside a run skipped: the acronyms the article could be using for a name it writes in full.
 */
export function initialsOfNamesIn(text: string): Set<string> {
  const out = new Set<string>();
  let run: string[] = [];
  const close = () => {
    if (run.length >= 2) out.add(run.join(''));
    run = [];
  };
  for (const word of text.split(/[\s\u2013\u2014-]+/)) {
    const bare = word.replace(/^[("'\u201c\u2018]+/, '');
    const lower = bare.toLowerCase();
    // An article ends a run and is no letter of the next ('Later the Department …', 'The Greenfield …').
    if (lower === 'the' || lower === 'a') {
      close();
      continue;
    }
    // 'of', 'and' inside a run are skipped.
    if (INITIALS_SKIP.has(lower)) {
      if (/[.,;:!?)"'\u201d\u2019]$/.test(bare)) close();
      continue;
    }
    if (/^\p{Lu}\p{Ll}/u.test(bare)) {
      run.push(bare[0].toUpperCase());
      if (/[.,;:!?)"'\u201d\u2019]$/.test(bare)) close();
    } else close();
  }
  close();
  return out;
}

/** Name variants worth an exact lookup: possessive dropped, leading 'the' dropped. */
function variants(name: string): string[] {
  const out = [name.trim()];
  const noPossessive = out[0].replace(/['’]s$|['’]$/u, '');
  out.push(noPossessive);
  for (const v of [...out]) if (/^the\s+/i.test(v)) out.push(v.replace(/^the\s+/i, ''));
  return [...new Set(out)].filter(Boolean);
}

/**
 * A near miss worth ranking: not an obscure entry (the KB holds tens of thousands of backbenchers and
 * towns), and for a person a full name whose surname is spelled like the query's ('Corbin' → 'Corbyn',
 * not 'Neil Gaiman' → 'Neil Simon', nor a lone 'Scott' → 'Rick Scott').
 */
function plausibleNearMiss(kb: KnowledgeBase, index: number, query: string, alias: string): boolean {
  if (kb.priorOf(index) < NEAR_MISS_MIN_PRIOR) return false;
  if (kb.entity(index).type !== 'person') return true;
  const words = normaliseAlias(query).split(' ');
  if (words.length < 2) return false;
  const last = (text: string) => trigramSet(text.split(' ').pop() ?? '');
  const a = last(words.join(' '));
  const b = last(normaliseAlias(alias));
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size || 1) >= 0.4;
}

function trigramSet(word: string): Set<string> {
  const w = `#${word}#`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3));
  return out;
}

/** Create a linker over a parsed KB. Auxiliary indexes are small and built here or on first use. */
export function createLinker(kb: KnowledgeBase): Linker {
  const fuzzy = createFuzzyFinder(kb);
  const entryOf = (id: string): KbEntity | undefined => {
    const i = kb.indexOf(id);
    return i === undefined ? undefined : kb.entity(i);
  };
  // Ranking asks for the same entries' relations for every candidate: read each once.
  const relatedMemo = new Map<string, ReadonlySet<string> | undefined>();
  const related = (id: string): ReadonlySet<string> | undefined => {
    if (relatedMemo.has(id)) return relatedMemo.get(id);
    const i = kb.indexOf(id);
    const list = i === undefined ? [] : kb.related(i);
    const value = list.length ? new Set(list.map((n) => kb.idOf(n))) : undefined;
    if (relatedMemo.size >= 5000) relatedMemo.clear();
    relatedMemo.set(id, value);
    return value;
  };
  /** True when a co-mentioned entry is related to `id` (Jeremy Corbyn to the Labour Party). */
  const relatedTo = (id: string, coMentioned: ReadonlySet<string>): boolean => {
    const rel = related(id);
    if (!rel) return false;
    for (const r of rel) if (coMentioned.has(r)) return true;
    return false;
  };
  const leadersOf: LeadersOf = (orgId) => {
    const i = kb.indexOf(orgId);
    return i === undefined ? [] : kb.leaders(i);
  };
  const lastWhy = new Map<string, string[]>();
  let spotCache: { text: string; spotted: SpottedMention[] } | undefined;
  let countryCache: { key: string; value: ArticleCountry | undefined } | undefined;

  const spot = (text: string): SpottedMention[] => {
    if (spotCache?.text !== text) spotCache = { text, spotted: spotMentions(kb, text) };
    return spotCache.spotted;
  };

  let mentionedCache: { text: string; value: ReadonlySet<string> } | undefined;
  /** Countries the text names outright (a country's name or demonym), from the spotted mentions. */
  const mentionedCountries = (text: string | undefined): ReadonlySet<string> => {
    if (!text) return new Set();
    if (mentionedCache?.text !== text) {
      const value = new Set<string>();
      for (const m of spot(text)) {
        if (!m.candidates[0]?.startsWith('country-')) continue;
        const i = kb.indexOf(m.candidates[0]);
        const code = i === undefined ? undefined : kb.entity(i).country;
        if (code) value.add(code);
      }
      mentionedCache = { text, value };
    }
    return mentionedCache.value;
  };

  const articleCountry = (ctx: LinkContext): ArticleCountry | undefined => {
    const key = `${ctx.country}|${ctx.url}|${ctx.publisher}|${ctx.text?.length}|${ctx.text?.slice(0, 200)}`;
    if (countryCache?.key !== key) {
      countryCache = {
        key,
        value: inferArticleCountry(kb, ctx, () => (ctx.text ? spot(ctx.text) : [])),
      };
    }
    return countryCache.value;
  };

  function exactCandidates(names: string[]): Candidate[] {
    const found = new Map<number, Candidate>();
    const rank: Record<MatchKind, number> = { name: 0, alias: 1, acronym: 2, fuzzy: 3 };
    for (const raw of names) {
      for (const v of variants(raw)) {
        const keys: Array<[string, boolean]> = [[normaliseAlias(v), false]];
        if (isAcronym(v) || (/^\p{Lu}\p{Ll}{3,7}$/u.test(v) && v.length >= 4))
          keys.unshift(['=' + acronymLetters(v), true]);
        for (const [key, acronym] of keys) {
          for (const index of kb.lookup(key) ?? []) {
            const e = kb.entity(index);
            const match: MatchKind = acronym ? 'acronym' : normaliseAlias(e.name) === key ? 'name' : 'alias';
            const prev = found.get(index);
            if (!prev || rank[match] < rank[prev.match]) found.set(index, { index, match, alias: v });
          }
        }
      }
    }
    return [...found.values()];
  }

  let initialsCache: { text: string; value: Set<string> } | undefined;
  const namedInFull = (text: string): Set<string> => {
    if (initialsCache?.text !== text) initialsCache = { text, value: initialsOfNamesIn(text) };
    return initialsCache.value;
  };

  let sportsCache: { text: string; value: boolean } | undefined;
  const sports = (text: string | undefined): boolean => {
    if (!text) return false;
    if (sportsCache?.text !== text) sportsCache = { text, value: isSportsContext(text) };
    return sportsCache.value;
  };

  let screenCache: { text: string; value: boolean } | undefined;
  const screen = (text: string | undefined): boolean => {
    if (!text) return false;
    if (screenCache?.text !== text) screenCache = { text, value: isScreenContext(text) };
    return screenCache.value;
  };

  const places = createPlaceReading({ kb, spot, exactCandidates, isSports: sports });

  /** Can an entry of this KB type be what a mention of `type` names? */
  const compatible = (e: KbEntity, type: EntityType | undefined, ctx: LinkContext): boolean => {
    switch (type) {
      case undefined:
        return true;
      case 'organization':
        // A country named as an actor ('Britain said') is the country, except in sports, where it is a team.
        return e.type === 'organization' || (e.kind === 'country' && !sports(ctx.text));
      case 'other':
        // MISC: nationalities ('British') and named events ('COP26').
        return e.type === 'event' || (e.type === 'place' && (e.kind === 'country' || e.kind === 'territory'));
      case 'place':
        // A building or seat named as a place is its institution ('the White House').
        return e.type === 'place' || (e.type === 'organization' && PLACE_LIKE_KIND.test(e.kind ?? ''));
      default:
        return e.type === type;
    }
  };

  /**
   * A bare surname ('Johnson') links only when the words around a mention point to an office holder the
   * entry is ('President Obama', 'the Obama administration'), or the entry held office in the story's
   * country at its date. Never by the surname alone.
   */
  const surnameHasContext = (
    e: KbEntity,
    surname: string,
    query: LinkQuery,
    ctx: LinkContext,
    country: string | undefined,
    day: string | undefined,
  ): string | undefined => {
    const words = normaliseAlias(e.name).split(' ');
    if (words[words.length - 1] !== normaliseAlias(surname)) return undefined;
    const text = ctx.text ?? '';
    const office = Boolean(e.roles?.length) || e.kind === 'politician';
    // 'Councillor Johnson', 'Detective Clinton': the article says who this is, and it is someone else.
    const titles = (e.roles ?? []).map((r) => r.title);
    if ((query.mentions ?? []).some((m) => otherTitleBefore(text, m.start, titles))) return undefined;
    if (
      query.names.some((n) =>
        otherTitleBefore(
          `${n.slice(0, Math.max(0, n.length - surname.length))}`,
          n.length - surname.length,
          titles,
        ),
      )
    )
      return undefined;
    for (const n of query.names) {
      const title = `${n.slice(0, Math.max(0, n.length - surname.length)).trim()} `;
      const role = roleWordBefore(title, title.length);
      if (role && office && n.endsWith(surname)) return `named as '${role} ${surname}'`;
    }
    for (const m of query.mentions ?? []) {
      const role = roleWordBefore(text, m.start);
      if (role && office) return `named as '${role} ${surname}'`;
      if (office && headOfGovernmentAfter(text, m.end)) return `'${surname} administration'`;
    }
    if (day && country && e.country === country && rolesAt(e.roles, day).length)
      return `in office in ${country} at the article date`;
    return undefined;
  };

  function link(query: LinkQuery, ctx: LinkContext): LinkResult | undefined {
    // Soft hyphens a page puts in long words ('Vladi\u00admir') are no part of the name.
    let names = query.names.map((n) => n.replace(/\u00ad/g, '')).filter((n) => n && n.trim());
    if (!names.length) return undefined;
    const country = articleCountry(ctx);
    const day = isoDay(ctx.publishedAt);
    if (query.type === undefined || query.type === 'event') {
      for (const n of names) {
        const hit = resolveGenericElection(kb, n, country?.country, ctx.publishedAt, ctx.text);
        if (hit) return remember({ kbId: kb.idOf(hit.index), confidence: hit.confidence, why: hit.why });
      }
    }
    // A person is read by the full name when the article gives one; a lone surname needs context.
    let surname: string | undefined;
    if (query.type === 'person') {
      // 'Who played Charlie Baker': a character's name; the real namesake is not who the article means.
      const text = ctx.text ?? '';
      if ((query.mentions ?? []).some((m) => characterRoleBefore(text, m.start, screen(ctx.text))))
        return undefined;
      const full = names.filter(isFullName);
      if (full.length) names = full;
      else {
        names = [...new Set(names.map((n) => bareName(n).bare))].filter(Boolean);
        if (names.length !== 1) return undefined;
        surname = names[0];
      }
    }
    // The most specific name decides: 'New York City' over the 'New York' of the same group.
    let candidates: Candidate[] = [];
    let known = false;
    // An acronym the article itself spells out ("Brookhaven Police Department (BPD)") names that body: an entry
    // found through the acronym alone ("Public Debt Bureau", also BPD) is another body with the same letters.
    const defined = spelledOutAcronyms(names);
    for (const n of [...names].sort((a, b) => b.length - a.length)) {
      if (defined.has(n)) continue;
      let exact = exactCandidates([n]);
      // An acronym whose letters spell a name the article writes in full elsewhere ('Brookhaven Police
      // Department' … 'BPD said') stands for that name, not for an entry that is only reached by the letters.
      const letters = acronymLetters(n);
      if (isAcronym(n) && ctx.text && namedInFull(ctx.text).has(letters))
        exact = exact.filter(
          (c) =>
            (c.match !== 'acronym' && !isAcronym(c.alias)) ||
            initialsOfNamesIn(kb.entity(c.index).name).has(letters),
        );
      known ||= exact.length > 0;
      candidates = exact.filter((c) => compatible(kb.entity(c.index), query.type, ctx));
      if (candidates.length) break;
    }
    // A name the KB holds exactly is no typo: no near misses for it.
    if (!candidates.length && !surname && !known) {
      const longest = [...names].sort((a, b) => b.length - a.length)[0];
      if (ctx.deferNearMiss) {
        ctx.deferNearMiss(longest);
        return undefined;
      }
      // fuse.js proposes; only a spelling variant of the whole name is accepted.
      const variant = spellingVariantOf(longest);
      candidates = fuzzy
        .find(
          longest,
          8,
          (h) =>
            variant(h.alias) &&
            plausibleNearMiss(kb, h.index, longest, h.alias) &&
            !(kb.entity(h.index).type === 'place' && isPeoplePluralOf(longest, h.alias)),
        )
        .map((h) => ({ index: h.index, match: 'fuzzy', alias: h.alias, fuzzyScore: h.score }));
    }
    // The tagger's type decides what kind of thing can be meant: a city named as an organisation is a team.
    candidates = candidates.filter(
      (c) =>
        compatible(kb.entity(c.index), query.type, ctx) &&
        !isTeamNicknameOutsideSport(kb.entity(c.index), c.alias, sports(ctx.text)),
    );
    // ... unless the words around read it as a place the KB holds ('around Sheffield and Leeds').
    const placeWhy = !candidates.length && known ? places.readAsPlace(names, query, ctx) : undefined;
    if (placeWhy) candidates = placeWhy.candidates;
    // 'Aberdeen, Scotland': the town of the region the text writes after it, not a namesake elsewhere.
    // 'Brooklyn, Iowa': an address naming another region of the town's country means a namesake the KB lacks.
    const { named: addressed, contradicted } = places.readAddresses(candidates, query, ctx);
    if (addressed.size) candidates = candidates.filter((c) => addressed.has(c.index));
    else if (contradicted.size) candidates = candidates.filter((c) => !contradicted.has(c.index));
    // 'The Senate', 'the Supreme Court', 'Labour': the institution of the story's country, or none.
    const subnational = (query.mentions ?? []).some((m) => subnationalBefore(ctx.text ?? '', m.start));
    const coMentioned = new Set(ctx.coMentionedIds ?? []);
    candidates = candidates.filter((c) => {
      const e = kb.entity(c.index);
      if (e.kind === 'country') return true;
      if (isGenericName(c.alias)) {
        // 'a regional Federal Reserve official' works for the national body: a federal or national name
        // is never the state's or the county's own.
        if (subnational && !/\b(?:federal|national)\b/i.test(c.alias)) return false;
        // An international body's generic name ('General Assembly') needs its parent in the story.
        if (!e.country) return Boolean(e.parent && coMentioned.has(e.parent));
        return e.country === country?.country || relatedTo(e.id, coMentioned);
      }
      // A short acronym of a minor foreign body ('G2') needs its country in the story.
      if (
        c.match === 'acronym' &&
        e.type === 'organization' &&
        (e.prior ?? 0) < 0.6 &&
        e.country &&
        e.country !== country?.country
      )
        return mentionedCountries(ctx.text).has(e.country);
      return true;
    });
    const contextWhy = new Map<number, string>();
    if (surname) {
      candidates = candidates.filter((c) => {
        const why = surnameHasContext(kb.entity(c.index), surname, query, ctx, country?.country, day);
        if (why) contextWhy.set(c.index, why);
        return Boolean(why);
      });
    }
    if (!candidates.length) return undefined;
    const own = new Set(candidates.map((c) => kb.idOf(c.index)));
    const rankCtx = {
      country: country?.country,
      countryWhy: country?.why,
      mentioned: mentionedCountries(ctx.text),
      day,
      // Every candidate left is of a type the mention can be: no penalty for 'British' being a country.
      type: undefined,
      // The mention's own namesakes are no evidence for each other ('New York' the city for the state).
      coMentioned: new Set((ctx.coMentionedIds ?? []).filter((id) => !own.has(id))),
      related,
    };
    const scored = candidates
      .map((c) => scoreCandidate(kb.entity(c.index), c, rankCtx))
      .map((s) => smallNamesake(s, candidates, rankCtx.mentioned))
      .map((s) => {
        const address = addressed.get(s.index);
        return address ? { ...s, score: s.score + 0.3, why: [...s.why, `written as '${address}'`] } : s;
      })
      .sort((a, b) => b.score - a.score || a.index - b.index);
    // 'London' with nothing said of Ontario: London, Ontario is no rival to the capital.
    const ranked = withoutUntiedNamesakes(scored, {
      entity: (i) => kb.entity(i),
      entry: entryOf,
      text: ctx.text ?? '',
      mentions: query.mentions ?? [],
      coMentioned: rankCtx.coMentioned,
      mentioned: rankCtx.mentioned,
      country: country?.country,
    });
    const pair = cityOrRegion(ranked, query, ctx);
    if (pair === 'both') return undefined;
    const [best, second] = pair ? [pair.pick, pair.other] : ranked;
    if (untiedSmallTown(best, candidates, ctx)) return undefined;
    const confidence = pair
      ? confidenceOf(Math.max(best.score, second.score), Math.min(best.score, second.score))
      : confidenceOf(best.score, second?.score);
    // Namesakes that nothing separates (two Springfields in a US article): no card rather than a coin toss.
    if (confidence < NIL_THRESHOLD || (!pair && second && best.score - second.score < TIE_MARGIN))
      return undefined;
    const why = pair ? [...best.why, pair.why] : [...best.why];
    if (placeWhy) why.push(placeWhy.why);
    const byContext = contextWhy.get(best.index);
    if (byContext) why.push(`surname only: ${byContext}`);
    if (second) why.push(`preferred over ${kb.entity(second.index).name} (${kb.idOf(second.index)})`);
    return remember({ kbId: kb.idOf(best.index), confidence, why });
  }

  /**
   * A small town that shares its name with a country, or a capital of a country the article names
   * ('Greece', New York; 'Warsaw', Indiana)
   * gets no lift from the story's country alone: with nothing in the text tying it in (its state, a related
   * entry), 'Greece' in an American story about debt is still the country.
   */
  function smallNamesake(s: Scored, candidates: Candidate[], mentioned: ReadonlySet<string>): Scored {
    const e = kb.entity(s.index);
    if (e.type !== 'place' || e.kind === 'country' || (e.prior ?? 0) >= 0.5) return s;
    if (s.why.some((w) => w.startsWith('co-mentioned'))) return s;
    const major = candidates.find((c) => {
      const m = kb.entity(c.index);
      if ((m.prior ?? 0) < 0.8) return false;
      // A capital counts when the article names its country ('the Polish capital'); London, Ontario stays
      // London in a Canadian story that never mentions Britain.
      return (
        m.kind === 'country' || (m.kind === 'capital city' && Boolean(m.country && mentioned.has(m.country)))
      );
    });
    if (!major || !s.why.some((w) => w.includes(' context'))) return s;
    return {
      ...s,
      score: s.score - 0.25,
      why: [
        ...s.why,
        `a small namesake of ${kb.entity(major.index).name}, with nothing in the text tying it in`,
      ],
    };
  }

  /**
   * A city and the state or province of the same name it lies in ('New York', 'Quebec') are one name for two
   * places: the words around a mention decide ('the gentleman from New York', 'Rochester, New York', 'the state
   * of New York': the state; 'the city of Quebec': the city); with nothing said, the better known of the two,
   * whatever the places co-mentioned (Brooklyn is evidence for both). 'both' when its mentions read as both (no
   * card); undefined when the two best are no such pair.
   */
  function cityOrRegion(
    scored: Scored[],
    query: LinkQuery,
    ctx: LinkContext,
  ): { pick: Scored; other: Scored; why: string } | 'both' | undefined {
    // Without the mentions' places there are no words to read: the ranking decides.
    if (scored.length < 2 || !query.mentions?.length) return undefined;
    const [a, b] = scored;
    const ea = kb.entity(a.index);
    const eb = kb.entity(b.index);
    const city =
      ea.kind?.includes('city') && ea.parent === eb.id
        ? a
        : eb.kind?.includes('city') && eb.parent === ea.id
          ? b
          : undefined;
    if (!city) return undefined;
    const region = city === a ? b : a;
    const cityEntry = kb.entity(city.index);
    const regionEntry = kb.entity(region.index);
    if (regionEntry.type !== 'place' || regionEntry.kind === 'country') return undefined;
    const text = ctx.text ?? '';
    const readings = new Set(
      (query.mentions ?? []).map(
        (m) =>
          regionOrCityBefore(text, m.start, m.end) ??
          (afterPlaceIn(regionEntry.id, text, m.start) ? 'region' : undefined),
      ),
    );
    // The article uses the name for both: one card would be wrong for some of its mentions.
    if (readings.has('region') && readings.has('city')) return 'both';
    const kind = regionEntry.kind ?? 'region';
    if (readings.has('region'))
      return { pick: region, other: city, why: `read as the ${kind} where it stands` };
    if (readings.has('city')) return { pick: city, other: region, why: 'read as the city where it stands' };
    return (cityEntry.prior ?? 0) >= (regionEntry.prior ?? 0)
      ? {
          pick: city,
          other: region,
          why: `the better known of the city and the ${regionEntry.kind ?? 'region'}`,
        }
      : {
          pick: region,
          other: city,
          why: `the better known of the ${regionEntry.kind ?? 'region'} and the city`,
        };
  }

  /** 'Rochester, New York': the name follows a place of that region and a comma, as an address writes a state. */
  function afterPlaceIn(regionId: string, text: string, start: number): boolean {
    return spot(text).some((s) => {
      if (s.end >= start || s.end < start - 4 || !/^,\s*$/.test(text.slice(s.end, start))) return false;
      return s.candidates.some((id) => {
        const i = kb.indexOf(id);
        return i !== undefined && kb.entity(i).parent === regionId;
      });
    });
  }

  /**
   * A small town named by its bare name ('Newton', 'Hammond', 'Temple') with nothing in the text tying it in:
   * neither its state or province nor another place of it is mentioned. Such a word is far likelier a
   * person's name or a word of another name ('Newton considered space…', 'In Hammond’s model') than the town
   * of a story that never says where it is: no card.
   */
  function untiedSmallTown(best: Scored, candidates: Candidate[], ctx: LinkContext): boolean {
    const e = kb.entity(best.index);
    if (e.type !== 'place' || e.kind !== 'city' || (e.prior ?? 0) >= SMALL_TOWN_PRIOR || !e.parent)
      return false;
    const c = candidates.find((x) => x.index === best.index);
    if (!c || c.match !== 'name' || /[\s,]/.test(c.alias)) return false;
    const parent = e.parent;
    for (const id of ctx.coMentionedIds ?? []) {
      if (id === parent) return false;
      const i = kb.indexOf(id);
      if (i !== undefined && id !== e.id && kb.entity(i).parent === parent) return false;
    }
    const region = kb.indexOf(parent);
    const regionName = region === undefined ? undefined : kb.entity(region).name;
    return !(regionName && containsWord(ctx.text ?? '', regionName));
  }

  function remember(result: LinkResult): LinkResult {
    lastWhy.set(result.kbId, result.why);
    return result;
  }

  return {
    spot,
    link,
    card(kbId, ctx) {
      const i = kb.indexOf(kbId);
      if (i === undefined)
        throw new Error(`No KB entry '${kbId}': pass an id that link() or spot() returned.`);
      return composeCard(kb, kb.entity(i), ctx, leadersOf, lastWhy.get(kbId));
    },
    get: entryOf,
  };
}
