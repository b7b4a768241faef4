/**
 * Who a speaker phrase refers to: an entity mention inside or overlapping the phrase ("an NCSC spokeswoman"
 * → NCSC), a head noun shared with an entity's mention ("a party spokesman" → the party), or a pronoun
 * ("he added") resolved to the last speaker or person.
 */
import type { AnalysisEntity, Claim, Span } from '../../contract/types';
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
  byId: Map<string, AnalysisEntity>;
  /** Each person's gender as the text states it, filled in when first asked (speakers.ts genderOf). */
  genders: Map<AnalysisEntity, Gender | undefined>;
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
  return { sorted, heads, byId: new Map(entities.map((e) => [e.id, e])), genders: new Map() };
}

/** Index of the first mention starting at or after `at`. */
const firstAtOrAfter = (sorted: PlacedMention[], at: number): number =>
  countBelow(sorted, at, (m) => m.start);

/** The nearest mention before `at` (within LOOKBACK_CHARS) whose entity `accept` allows. */
function lastMentionBefore(
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
const ROLE_WORDS = new Set([
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

/** A name as the article writes it: one to four capitalised words or an acronym ("FEC", "U.N.", "the Fed"). */
const WRITTEN_FORM = /^\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3}$/u;

/**
 * An entity the article calls by a name that shares no word with the entity's own ("The FEC", "the Fed",
 * "Twitter" for X) keeps that name beside its full one ("Federal Election Commission (FEC)"): the reader sees
 * the article's words, and a wrong expansion shows for what it is.
 */
function withWrittenForm(speaker: Speaker, written: string): Speaker {
  const form = written
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/['’]s?$/, '');
  if (!WRITTEN_FORM.test(form)) return speaker;
  const words = (s: string): string[] =>
    s
      .toLowerCase()
      .replace(/\./g, '')
      .split(/[^\p{L}\p{N}]+/u);
  const own = new Set(words(speaker.name));
  return words(form).some((w) => w && own.has(w))
    ? speaker
    : { ...speaker, name: `${speaker.name} (${form})` };
}

/**
 * A speaker found through a description ("the agency", "the spokesman") keeps the article's words beside the
 * name it resolved to ("Congressional Budget Office (the agency)"), unless they share a word: the reader sees
 * how the name was reached, and a wrong resolution shows for what it is.
 */
function withDescription(speaker: Speaker, description: string): Speaker {
  const own = new Set(speaker.name.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const words = description.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return words.some((w) => w.length > 3 && own.has(w))
    ? speaker
    : { ...speaker, name: `${speaker.name} (${description})` };
}

/** Whether two names share a word other than an article ("The Sun" and "the Sun tabloid"). */
function sharesWord(a: string, b: string): boolean {
  const words = (s: string): string[] =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !/^(?:the|a|an|of)$/.test(w));
  const own = new Set(words(a));
  return words(b).some((w) => own.has(w));
}

/** A mention that describes rather than names: a determiner and a lowercase noun ("the newspaper", "the agency"). */
const DESCRIBED = /^(?:the|a|an|this|that)\s+\p{Ll}/iu;

/** Whether a speaker phrase is a generic group ("British security officials") that the story names later. */
export function isGenericGroup(text: string, phrase: Span): boolean {
  return GENERIC_GROUPS.test(text.slice(phrase.start, phrase.end));
}

/** Context a resolver needs beyond the phrase: the last speaker, for pronouns. */
export interface ResolveContext {
  lastSpeaker?: Speaker;
  /** Where the last speaker's claim started (for pronouns: was a person named since?). */
  lastSpeakerAt?: number;
  /** The phrase follows its cue ("…, said Mr Smith, the minister"). */
  afterCue?: boolean;
}

/** Longest speaker phrase shown as written, in words; longer phrases are cut at their first comma or dropped. */
const MAX_PHRASE_WORDS = 12;
/** Words a speaker phrase never starts with: conjunctions, adverbs, verbs — the marks of a sentence fragment. */
const FRAGMENT_START =
  /^(?:who|whom|whose|there|here|and|but|or|so|when|while|because|if|that|which|whether|as|then|also|basically|perhaps|maybe|even|just|still|yet|however|although|though|after|before|since|until|claiming|saying|adding|noting|repeatedly|later|earlier|again|said|says|told|in|on|at|of|for|to|from|with|by|about|into|is|was|are|were|has|had|have|not|never)$/i;
/** Words a speaker phrase never ends with. */
const FRAGMENT_END =
  /^(?:after|before|when|while|since|until|the|a|an|of|and|or|but|to|in|on|at|for|with|by|who|which|that|his|her|its|their|said|has|had|have|was|is)$/i;
const HE = /^(?:he|him|his)$/i;
const SHE = /^(?:she|her)$/i;
const PERSONISH = /^(?:he|she|him|her|his|i)$/i;
/** Words that mark a description as a person ("the senator", "his spokeswoman") when its head is a role noun. */
const ORG_HEADS =
  /^(?:party|campaign|agency|committee|department|ministry|government|company|firm|group|organisation|organization|newspaper|paper|network|channel|tabloid|centre|center|office|service|council|union|bank|court|board|administration|team|police)$/i;

/** A manner adverb ("insistently", "famously"); not the few nouns that end in -ly ("family", "ally"). */
const ADVERB =
  /^(?!(?:family|ally|assembly|supply|rally|italy|early|likely|elderly|daily|weekly|monthly|quarterly)$)\p{Ll}{2,}ly$/u;
/** Words of a time phrase ("last year", "on Tuesday"): when, not who. */
const TIME_WORD =
  /^(?:last|this|next|on|in|early|late|earlier|later|week|weeks|year|years|month|months|day|days|night|morning|evening|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ago)$/i;
/** Lowercase words that are never a speaker alone: prepositions and adverbs the cue patterns leave behind. */
const NEVER_ALONE = /^(?:such|amid|among|thus|always|perhaps|unless|across|besides|kept|got|went|did)$/i;

/** Whether the words say when or how (adverbs, a time phrase), not who: "effectively", "last year". */
const onlyWhenOrHow = (words: string[]): boolean =>
  words.every((w) => ADVERB.test(w) || TIME_WORD.test(w.replace(/[,.]$/, '')));

/** The lead of a share of a group: "about", "at least", "nearly" before a number or "half". */
const QUANTITY_LEAD =
  /^(?:as many as|as few as|about|at least|nearly|almost|roughly|around|more than|fewer than|less than|over|only|just|some)(?= (?:\d+|half|a third|a quarter|a majority|one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;

/**
 * Whether a phrase reads as a speaker (a name or a description), not a fragment of a sentence: not led by a
 * conjunction, preposition, verb or adverb, not a time phrase, not a lone verb ("kept").
 */
export function isSpeakerPhrase(words: string[]): boolean {
  if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return false;
  // "about half of voters", "at least 4 in 10": a share of a group, led by a word that otherwise marks a fragment.
  const share = QUANTITY_LEAD.exec(words.slice(0, 4).join(' '));
  if (share && words.length > share[0].split(' ').length) words = words.slice(share[0].split(' ').length);
  if (FRAGMENT_START.test(words[0]!) || FRAGMENT_END.test(words[words.length - 1]!)) return false;
  if (ADVERB.test(words[0]!) || onlyWhenOrHow(words)) return false;
  // "those", "each", "voters" are honest descriptions as written; a lone verb or preposition is not.
  if (words.length === 1 && (NEVER_ALONE.test(words[0]!) || /^\p{Ll}+ed$/u.test(words[0]!))) return false;
  return words.some((w) => /\p{L}{2,}/u.test(w));
}

/** Where a speaker phrase splits into parts: commas, spaced dashes, brackets. */
const PHRASE_BREAK = /,|\s[—–-]\s|\s[—–-]$|^[—–-]\s|\(|\)|—|–/g;

/**
 * The part of a speaker phrase that names the speaker: of "In a speech in Blackpool, Corbyn" or "LONDON —
 * officials" the last part (next to the verb); of "Hillary Clinton, a member of …," or a phrase after the
 * verb ("said Mr Smith, the minister") the first; never a relative clause ("Reid, who …").
 */
function headPhrase(text: string, phrase: Span, afterCue: boolean): Span {
  const raw = text.slice(phrase.start, phrase.end);
  const parts: Span[] = [];
  /** Parts inside brackets ("(R-Ky.)", "(NCSC)"): a label beside the speaker, never the speaker alone. */
  const bracketed = new Set<Span>();
  let from = 0;
  let opened = false;
  for (const m of raw.matchAll(PHRASE_BREAK)) {
    const part = { start: from, end: m.index };
    parts.push(part);
    if (opened) bracketed.add(part);
    opened = m[0] === '(' ? true : m[0] === ')' ? false : opened;
    from = m.index + m[0].length;
  }
  const tail = { start: from, end: raw.length };
  parts.push(tail);
  if (opened) bracketed.add(tail);
  // A part that only says when or how ("…, effectively", "…, last year") is no candidate.
  const usable = parts.filter((p) => {
    const part = raw.slice(p.start, p.end);
    // Nor a relative clause ("Beck, who has in the past"): it says more about the speaker, not who.
    return (
      /\p{L}{2,}/u.test(part) &&
      !onlyWhenOrHow(part.split(/\s+/).filter(Boolean)) &&
      !(p.start > 0 && RELATIVE_PART.test(part)) &&
      !bracketed.has(p)
    );
  });
  if (usable.length === 0) return { start: phrase.start, end: phrase.start };
  // "Ruiz, a close ally of the mayor, effectively": a dropped last part leaves the phrase closed by its comma.
  const lastPart = parts[parts.length - 1]!;
  // (A closing bracket does not close it: "Mitch McConnell (R-Ky.)" ends on its party label.)
  const closed =
    /[,—–-]\s*$/.test(raw) ||
    (parts.length > 1 &&
      !usable.includes(lastPart) &&
      /\p{L}/u.test(raw.slice(lastPart.start, lastPart.end)));
  let pick =
    afterCue || closed || isNameThenApposition(raw, usable) ? usable[0]! : usable[usable.length - 1]!;
  const rel = /\s(?:who|which|that)\s/i.exec(raw.slice(pick.start, pick.end));
  if (rel && rel.index > 0) pick = { start: pick.start, end: pick.start + rel.index };
  let s = phrase.start + pick.start;
  let e = phrase.start + pick.end;
  while (s < e && /[\s"“”'‘’,;:(—–-]/.test(text[s]!)) s++;
  while (e > s && /[\s"“”'‘’,;:)—–-]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** A name as written: one to four capitalised words (initials and titles allowed), not a dateline in capitals. */
const WRITTEN_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}$/u;
/** An apposition: "a policy institute", "the city manager", "executive director of the foundation". */
const APPOSITION = /^(?:(?:a|an|the)\s\p{Ll}|\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*){0,3}\sof\s)/u;

/**
 * Whether a phrase is a name followed by appositions ("Mark Dubowitz, executive director of the foundation, a
 * policy institute"): then the name is who speaks, not the last description.
 */
function isNameThenApposition(raw: string, parts: Span[]): boolean {
  if (parts.length < 2) return false;
  const first = raw.slice(parts[0]!.start, parts[0]!.end).trim();
  if (!WRITTEN_NAME.test(first) || first === first.toUpperCase()) return false;
  if (NOT_A_NAME.test(first.split(/\s/)[0]!)) return false;
  return parts.slice(1).every((p) => APPOSITION.test(raw.slice(p.start, p.end).trim()));
}
/** Capitalised words that open a clause without naming anyone. */
const NOT_A_NAME =
  /^(?:the|a|an|in|on|at|after|before|when|while|if|as|since|for|with|by|from|during|despite|unlike|like|but|and|so|then|also|still|yet|now|however|meanwhile|instead|overall|indeed|separately|similarly|likewise|moreover|nonetheless|nevertheless|finally|ultimately|last|this|that|one)$/i;

/** A part of a phrase that is a relative clause. */
const RELATIVE_PART = /^\s*(?:who|whom|whose|which|that)\b/i;

/** Words that end the noun phrase a clause opens with: auxiliaries and reporting or stative verbs. */
const CLAUSE_VERB =
  /^(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|must|did|does|do|denies|says|crafts|claims|argues|insists|wants|believes|thinks|plans|hopes|expects|calls|sees|knows|feels|finds|shows|suggests|notes|adds|warns|compared|attempted|\p{Ll}+ed)$/u;

/** Whether a word is an auxiliary or a reporting or past-tense verb: where a clause's subject ends. */
export const isClauseVerb = (word: string): boolean => CLAUSE_VERB.test(word);

/**
 * The noun phrase a clause opens with, when the tagger's source ran on over its verb ("The Clinton campaign
 * denies any wrongdoing and", "Giles attempted to re-engage the campaign and"): the words before the first verb.
 */
export function leadingNounPhrase(words: string[]): string[] | undefined {
  const at = words.findIndex((w, i) => i > 0 && CLAUSE_VERB.test(w));
  if (at <= 0 || at > 6) return undefined;
  const lead = words.slice(0, at);
  return isSpeakerPhrase(lead) ? lead : undefined;
}

/** A conjunction before a speaker phrase ("And Gallup finds"). */
const LEADING_CONJUNCTION = /^(?:and|but|so|yet|or|which|whose|what)\s+(?=\S)/i;
/** A relative pronoun after it ("O'Malley, who interjected"): the clause it opens is not part of who. */
const TRAILING_RELATIVE = /,?\s(?:who|which|that)$/i;

/** A speaker phrase without the conjunction before it and the relative pronoun after it, when a name remains. */
export function withoutConnectives(text: string, phrase: Span): Span {
  const raw = text.slice(phrase.start, phrase.end);
  const lead = LEADING_CONJUNCTION.exec(raw);
  const start = phrase.start + (lead ? lead[0].length : 0);
  const tail = TRAILING_RELATIVE.exec(raw);
  // The comma stays: "Dan Pryce, a council member," is closed by it, so its first part names the speaker.
  const end =
    tail && tail.index > 0 ? phrase.start + tail.index + (tail[0].startsWith(',') ? 1 : 0) : phrase.end;
  return end > start ? { start, end } : phrase;
}

/** Words that open a clause before its subject: "and recent polls", "although former governor Martin O'Malley". */
const CLAUSE_OPENER =
  /^(?:and|but|so|yet|or|although|though|while|whereas|when|as|because|since|if|even|now)$/i;

/**
 * A part of a speaker phrase without the conjunctions that open its clause ("both candidates, and recent polls"
 * → "recent polls", "when he" → "he") and the adverbs that close it ("he sometimes" → "he"), when a word
 * remains; loops over words, not regexes.
 */
export function withoutSubordinator(text: string, phrase: Span): Span {
  let start = phrase.start;
  for (;;) {
    const m = /^(\S+)(\s+)(?=\S)/.exec(text.slice(start, phrase.end));
    if (!m || !CLAUSE_OPENER.test(m[1]!)) break;
    // "as many as 40 percent of voters": a quantity, not a clause.
    if (/^as$/i.test(m[1]!) && /^(?:many|much|few|little)\b/i.test(text.slice(start + m[0].length))) break;
    start += m[0].length;
  }
  // "he sometimes", "Clinton first", "Trump reportedly": an adverb between the subject and its verb.
  let end = phrase.end;
  for (;;) {
    const space = text.lastIndexOf(' ', end - 1);
    if (space <= start) break;
    const last = text.slice(space + 1, end);
    if (!TRAILING_ADVERB.test(last) && !ADVERB.test(last)) break;
    end = space;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
  }
  return { start, end };
}

/** Adverbs that stand between a subject and its verb without being part of who. */
const TRAILING_ADVERB =
  /^(?:sometimes|often|also|now|then|first|later|again|still|once|never|always|too|already|even|just|since|soon|reportedly)$/;

type Gender = 'm' | 'f';
const opposite = (g: Gender): Gender => (g === 'm' ? 'f' : 'm');
/** How far after a mention a pronoun is read as referring to it (within its sentence). */
const GENDER_WINDOW = 80;

/**
 * A person's gender as the text states it: a title before a mention ("Mr.", "Mrs.", "Ms.") or, failing that,
 * the pronouns that follow the mentions in their sentences, when one kind is at least twice as frequent as the
 * other. Undefined when the text does not tell. Computed once per entity.
 */
function genderOf(text: string, entity: AnalysisEntity, index: MentionIndex): Gender | undefined {
  const cached = index.genders.get(entity);
  if (cached !== undefined || index.genders.has(entity)) return cached;
  let he = 0;
  let she = 0;
  let titled: Gender | undefined;
  for (const m of entity.mentions) {
    const before = text.slice(Math.max(0, m.start - 5), m.start);
    if (/\bMr\.?\s$/.test(before)) titled ??= 'm';
    else if (/\bM(?:rs|s)\.?\s$/.test(before)) titled ??= 'f';
    const after = text.slice(m.end, m.end + GENDER_WINDOW);
    const stop = after.search(/[.!?]\s/);
    for (const w of (stop < 0 ? after : after.slice(0, stop))
      .toLowerCase()
      .match(/\b(?:he|his|him|she|her)\b/g) ?? [])
      if (w.startsWith('h') && w !== 'her') he++;
      else she++;
  }
  const gender = titled ?? (he >= 2 && he >= 2 * she ? 'm' : she >= 2 && she >= 2 * he ? 'f' : undefined);
  index.genders.set(entity, gender);
  return gender;
}

/** A pronoun's antecedent: the last speaker if they agree, else the nearest compatible mention before it. */
function resolvePronoun(
  text: string,
  pronoun: string,
  at: number,
  mentions: MentionIndex,
  context: ResolveContext,
): Speaker | undefined {
  const last = context.lastSpeaker;
  const lastEntity = last?.entityId ? mentions.byId.get(last.entityId) : undefined;
  if (PERSONISH.test(pronoun) || HE.test(pronoun) || SHE.test(pronoun)) {
    // "he" is not a woman, "she" not a man: as far as the text tells (titles, the pronouns after the name).
    const want = HE.test(pronoun) ? 'm' : SHE.test(pronoun) ? 'f' : undefined;
    const agrees = (e: AnalysisEntity): boolean => !want || genderOf(text, e, mentions) !== opposite(want);
    // The last speaker, unless that was an organisation speaking for itself and a person was named since.
    const person = lastMentionBefore(mentions, at, (e) => e.type === 'person' && agrees(e));
    if (lastEntity && lastEntity.type === 'person' && !agrees(lastEntity))
      return person ? speakerOf(person.entity) : undefined;
    if (last && (lastEntity?.type !== 'organization' || !person || person.start < context.lastSpeakerAt!))
      return last;
    return person ? speakerOf(person.entity) : last;
  }
  if (/^(?:it|its)$/i.test(pronoun)) {
    if (lastEntity && lastEntity.type === 'organization') return last;
    const org = lastMentionBefore(mentions, at, (e) => e.type === 'organization');
    return org ? speakerOf(org.entity) : undefined;
  }
  // they / we: an organisation or group spoken of last, else the last speaker.
  if (last) return last;
  const org = lastMentionBefore(mentions, at, (e) => e.type === 'organization');
  return org ? speakerOf(org.entity) : undefined;
}

/**
 * Resolves a speaker phrase: a pronoun to its antecedent (agreement, last speaker, nearest mention); a phrase
 * whose head is a name to that entity ("Labour leader Jeremy Corbyn"); a spokesperson to their organisation
 * ("an NCSC spokeswoman", "a party spokesman" → the entity last called "the party"); any other description is
 * shown as written ("The GOP nominee", "a reporter for USA Today"), with the organisation it names. A fragment
 * of a sentence ("and", "when he") is never a speaker: undefined.
 */
export function resolveSpeaker(
  text: string,
  phrase: Span,
  mentions: MentionIndex,
  context: ResolveContext,
): Speaker | undefined {
  const head = withoutSubordinator(
    text,
    headPhrase(text, withoutConnectives(text, phrase), context.afterCue ?? false),
  );
  const words = text.slice(head.start, head.end).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  if (words.length === 1 && PRONOUNS.test(words[0]!))
    return resolvePronoun(text, words[0]!, head.start, mentions, context);
  if (!isSpeakerPhrase(words)) {
    const lead = leadingNounPhrase(words);
    if (!lead) return undefined;
    const end =
      head.start +
      text.slice(head.start, head.end).indexOf(lead[lead.length - 1]!) +
      lead[lead.length - 1]!.length;
    return resolveSpeaker(text, { start: head.start, end }, mentions, context);
  }
  const written = words.join(' ');
  const headWord = words[words.length - 1]!.replace(/['’]s?$/, '');
  const inside = overlapping(mentions, head).filter((m) => m.entity.type !== 'place');
  // The head word is part of a name: that name's entity (the person when several overlap).
  const named = inside.filter((m) => m.end >= head.end - 1);
  if (named.length) {
    const people = named.filter((m) => m.entity.type === 'person');
    const chosen = (people.length ? people : named).reduce((a, b) => (b.end > a.end ? b : a));
    const mention = text.slice(chosen.start, chosen.end);
    // "The newspaper", "the agency": a description the entity stages tied to a name keeps the article's words.
    return DESCRIBED.test(mention)
      ? withDescription(speakerOf(chosen.entity), mention)
      : withWrittenForm(speakerOf(chosen.entity), mention);
  }
  const spokes = /^spokes(?:man|woman|person|people|men|women)$/i.test(headWord);
  const orgInside = inside.find((m) => m.entity.type === 'organization');
  if ((spokes || ORG_HEADS.test(headWord)) && orgInside)
    // ("the NCSC agency": a name that shares no word with the entity's keeps the description the reader saw.)
    return orgInside.end >= head.end - 1 ||
      spokes ||
      sharesWord(orgInside.entity.name, text.slice(orgInside.start, orgInside.end))
      ? speakerOf(orgInside.entity)
      : withDescription(speakerOf(orgInside.entity), written);
  if (/^\p{Lu}/u.test(headWord) && !ROLE_WORDS.has(headWord.toLowerCase()) && words.length <= 4) {
    // A name the entity stages did not find ("Blige", "WALLACE"): as written.
    return { name: written };
  }
  const nouns = words
    .map((w) => w.toLowerCase().replace(/['’]s?$/, ''))
    .filter((w) => /^\p{L}{3,}$/u.test(w) && !ROLE_WORDS.has(w));
  if (spokes || ORG_HEADS.test(headWord)) {
    // "a party spokesman", "the agency": the organisation last called by that noun.
    const lookFor = ORG_HEADS.test(headWord) ? [headWord.toLowerCase()] : nouns.reverse();
    for (const noun of lookFor) {
      const byNoun = lastMentionBefore(
        mentions,
        head.start,
        (e) => e.type === 'organization' && (mentions.heads.get(e)?.has(noun) ?? false),
      );
      if (byNoun) return withDescription(speakerOf(byNoun.entity), written);
    }
    if (spokes && nouns.length === 0 && context.lastSpeaker)
      return withDescription(context.lastSpeaker, written);
  }
  return orgInside ? { name: written, entityId: orgInside.entity.id } : { name: written };
}
