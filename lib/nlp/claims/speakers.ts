/**
 * Who a speaker phrase refers to: an entity mention inside or overlapping the phrase ("an NCSC spokeswoman"
 * → NCSC), a head noun shared with an entity's mention ("a party spokesman" → the party), or a pronoun
 * ("he added") resolved to the last speaker or person.
 */
import type { AnalysisEntity, Claim, Span } from '../../analysis/types';
import { countBelow } from '../sorted';

/** A claim's speaker as the Analysis reports it. */
export type Speaker = NonNullable<Claim['speaker']>;

/** One entity mention with its entity, for lookups by position. */
export interface PlacedMention extends Span {
  entity: AnalysisEntity;
}

/** All mentions of all entities sorted by start, with each entity's head nouns ("the party" → "party"). */
export interface MentionIndex {
  sorted: PlacedMention[];
  heads: Map<AnalysisEntity, Set<string>>;
}

/** How far back (in characters) a pronoun or a shared noun may reach for its entity. */
const LOOKBACK_CHARS = 4000;
/** Longest mention we expect; bounds the backward walk when looking for overlaps. */
const LONGEST_MENTION = 200;

/** Indexes the entities' mentions once per article, so each lookup is logarithmic, not a scan. */
export function placeMentions(entities: AnalysisEntity[]): MentionIndex {
  const sorted: PlacedMention[] = [];
  const heads = new Map<AnalysisEntity, Set<string>>();
  for (const entity of entities) {
    const set = new Set<string>();
    for (const m of entity.mentions) {
      sorted.push({ start: m.start, end: m.end, entity });
      set.add(m.text.toLowerCase().split(/\s+/).pop() ?? '');
    }
    heads.set(entity, set);
  }
  sorted.sort((a, b) => a.start - b.start || b.end - a.end);
  return { sorted, heads };
}

/** Index of the first mention starting at or after `at`. */
const firstAtOrAfter = (sorted: PlacedMention[], at: number): number =>
  countBelow(sorted, at, (m) => m.start);

/** The nearest mention before `at` (within LOOKBACK_CHARS) whose entity `accept` allows. */
export function lastMentionBefore(
  index: MentionIndex,
  at: number,
  accept: (e: AnalysisEntity) => boolean,
): PlacedMention | undefined {
  for (let i = firstAtOrAfter(index.sorted, at) - 1; i >= 0; i--) {
    const m = index.sorted[i]!;
    if (m.start < at - LOOKBACK_CHARS) break;
    if (accept(m.entity)) return m;
  }
  return undefined;
}

/** Mentions overlapping a span. */
function overlapping(index: MentionIndex, span: Span): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (let i = firstAtOrAfter(index.sorted, span.end) - 1; i >= 0; i--) {
    const m = index.sorted[i]!;
    if (m.start < span.start - LONGEST_MENTION) break;
    if (m.end > span.start) out.push(m);
  }
  return out;
}

const PRONOUNS = /^(?:he|she|they|it|we|i)$/i;
/** Role nouns that name a speaker by job, not by who they are ("spokesman", "officials"). */
export const ROLE_WORDS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'official',
  'officials',
  'source',
  'sources',
  'statement',
  'representative',
  'representatives',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'leader',
  'chief',
  'executive',
  'director',
  'minister',
  'secretary',
  'member',
  'members',
  'staff',
  'authorities',
  'experts',
  'analysts',
  'police',
  'officers',
  'insiders',
  'people',
  'figures',
  'tabloid',
  'newspaper',
  'report',
]);
const GENERIC_GROUPS = /\b(?:officials|sources|authorities|experts|analysts|insiders|officers|figures)\b/i;

const speakerOf = (entity: AnalysisEntity): Speaker => ({ name: entity.name, entityId: entity.id });

/** Whether a speaker phrase is a generic group ("British security officials") that the story names later. */
export function isGenericGroup(text: string, phrase: Span): boolean {
  return GENERIC_GROUPS.test(text.slice(phrase.start, phrase.end));
}

/** Context a resolver needs beyond the phrase: the last speaker, for pronouns. */
export interface ResolveContext {
  lastSpeaker?: Speaker;
}

/** Resolves a speaker phrase to a speaker; undefined when the phrase names nobody we can tell. */
export function resolveSpeaker(
  text: string,
  phrase: Span,
  mentions: MentionIndex,
  context: ResolveContext,
): Speaker | undefined {
  const words = text.slice(phrase.start, phrase.end).trim();
  if (!words) return undefined;
  const firstWord = words.split(/\s+/)[0]!;
  if (PRONOUNS.test(words) || (PRONOUNS.test(firstWord) && words.split(/\s+/).length <= 2)) {
    const p = firstWord.toLowerCase();
    if ((p === 'he' || p === 'she') && context.lastSpeaker) return context.lastSpeaker;
    if (p === 'he' || p === 'she') {
      const person = lastMentionBefore(mentions, phrase.start, (e) => e.type === 'person');
      return person ? speakerOf(person.entity) : undefined;
    }
    if (p === 'it' || p === 'they' || p === 'we') {
      const org = lastMentionBefore(mentions, phrase.start, (e) => e.type === 'organization');
      return org ? speakerOf(org.entity) : context.lastSpeaker;
    }
    return context.lastSpeaker;
  }
  // A mention inside or overlapping the phrase: the one nearest the verb (the head: "Labour leader Jeremy Corbyn").
  const inside = overlapping(mentions, phrase).filter((m) => m.entity.type !== 'place');
  if (inside.length) {
    const people = inside.filter((m) => m.entity.type === 'person');
    const pick = (people.length ? people : inside).reduce((a, b) => (b.end > a.end ? b : a));
    return speakerOf(pick.entity);
  }
  // A head noun shared with an earlier mention: "a party spokesman" → the entity last called "the party".
  const nouns = words
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 2 && !ROLE_WORDS.has(w));
  // "a spokeswoman said" with no organisation named: the spokesperson of whoever spoke last.
  if (nouns.length === 0 && /\bspokes(?:man|woman|person)\b/i.test(words) && context.lastSpeaker)
    return context.lastSpeaker;
  for (const noun of nouns.reverse()) {
    const byNoun = lastMentionBefore(
      mentions,
      phrase.start,
      (e) => e.type !== 'place' && (mentions.heads.get(e)?.has(noun) ?? false),
    );
    if (byNoun) return speakerOf(byNoun.entity);
  }
  return { name: words };
}
