/**
 * One list of mention candidates from two finders. The tagger's spans and types are the mentions: a
 * tagged name is never cut ("Kevin Dallas" stays a person, "Red Star Belgrade" a club) and keeps its
 * type. The KB alias index only adds a name the tagger missed: when it overlaps no tagged span, means
 * one entry only, and is not on a headline or all-caps line. Junk (pronouns, lone lowercase words,
 * headline capitals) never becomes a mention. Without a tagger, the alias index alone finds names.
 */
import type { EntityType } from '../../contract/types';
import { headOfGovernmentAfter } from '../../kb/reading';
import { datelinePlace, isAllCapsLine, isTitleCaseLine, layoutLines } from './line-layout';
import { isCompassWord, repairTaggedSpans } from './span-repair';
import { isPronounOrFunctionWord, trimPossessive } from './surface-forms';
import type { MentionCandidate, SpottedMention, TaggedSpanLike } from './types';

const TAG_TYPES: Record<TaggedSpanLike['type'], EntityType> = {
  ORG: 'organization',
  PER: 'person',
  LOC: 'place',
  MISC: 'other',
};

/** Who wins between spans of equal length when no tagger ran: a known name beats a guess. */
const SOURCE_RANK: Record<MentionCandidate['source'], number> = {
  kb: 0,
  dateline: 1,
  acronym: 2,
  tagger: 3,
  coref: 4,
};

/** The tagger's span score above which a name on a headline or all-caps line is kept. */
const SURE_ON_HEADLINE = 0.9;

/** Acronyms that are units, time zones or everyday abbreviations, never names of things. */
const NOT_ENTITY_ACRONYMS: ReadonlySet<string> = new Set(
  (
    'AM PM ET EST EDT CT CST CDT MT MST MDT PT PST PDT HST AKST GMT BST CET CEST UTC IST JST AEST AEDT ' +
    'KM KG MB GB TB GHZ MHZ MPH KPH FPS HDR USB HDMI OS IR PC TV AC DC HP RPM CEO CFO COO CTO MP MPS PR ' +
    'FAQ PDF URL ID OK VS AKA ASAP DIY RIP TBA TBD QA AI VR AR UK-WIDE PS AD BC'
  ).split(' '),
);

/**
 * Combine KB alias spots and tagger spans into non-overlapping mention candidates, in text order.
 * `taggerRan` says whether `tagged` is the tagger's answer (possibly empty) or no tagger was run.
 */
export function mergeMentions(
  text: string,
  spotted: SpottedMention[],
  tagged: TaggedSpanLike[],
  kbTypeOf: (kbId: string) => EntityType | undefined,
  taggerRan = tagged.length > 0,
  knownName: (kbId: string, surface: string) => KnownName | undefined = () => undefined,
): MentionCandidate[] {
  const lines = layoutLines(text);
  const lineKind = new Map<number, 'title' | 'caps' | 'body'>();
  const kindOfLine = (offset: number): 'title' | 'caps' | 'body' => {
    const line = lines.lineAt(offset);
    let kind = lineKind.get(line.start);
    if (!kind) {
      const content = text.slice(line.start, line.end);
      kind = isAllCapsLine(content) ? 'caps' : isTitleCaseLine(content) ? 'title' : 'body';
      lineKind.set(line.start, kind);
    }
    return kind;
  };

  const kbPool: MentionCandidate[] = [];
  for (const spot of spotted) {
    if (!isValidSpan(text, spot)) continue;
    const span = cleanSpan(text, spot.start, spot.end);
    const type = spot.candidates.map(kbTypeOf).find((t): t is EntityType => t !== undefined) ?? 'other';
    if (isJunk(span.text, 'kb')) continue;
    kbPool.push({ ...span, type, source: 'kb', kbCandidates: [...spot.candidates] });
  }
  const taggerPool: MentionCandidate[] = [];
  const taggerScore = new Map<MentionCandidate, number>();
  for (const tag of repairTaggedSpans(text, tagged)) {
    if (!isValidSpan(text, tag)) continue;
    let span = cleanSpan(text, tag.start, tag.end);
    let type = TAG_TYPES[tag.type];
    // 'a London-based group', 'Dublin-born': the place, without the suffix.
    const based = /-(?:based|born|headquartered)$/i.exec(span.text);
    if (based && type === 'other') {
      const name = {
        start: span.start,
        end: span.end - based[0].length,
        text: span.text.slice(0, -based[0].length),
      };
      // 'Mercer Island-based' tagged from 'Island': a word of a longer name is no place.
      if (partOfLongerName(text, name)) continue;
      span = name;
      type = 'place';
    }
    if (isJunk(span.text, 'tagger')) continue;
    // On a headline or all-caps line only a name the tagger is sure of counts: Title Case is no evidence.
    if (kindOfLine(span.start) !== 'body' && (tag.score ?? 0) < SURE_ON_HEADLINE) continue;
    const candidate: MentionCandidate = { ...span, type, source: 'tagger' };
    taggerScore.set(candidate, tag.score ?? 1);
    taggerPool.push(candidate);
  }
  const datelines: MentionCandidate[] = [];
  for (const line of datelineLines(text)) {
    const place = datelinePlace(text.slice(line.start, line.end));
    if (place)
      datelines.push({
        start: line.start + place.start,
        end: line.start + place.end,
        text: place.text,
        type: 'place',
        source: 'dateline',
      });
  }

  if (!taggerRan) return resolveOverlaps(text.length, [...kbPool, ...datelines]);
  harmoniseTypes(taggerPool, taggerScore);
  trustKnownNames(text, taggerPool, taggerScore, kbPool, knownName);
  return taggerFirst(text, taggerPool, datelines, kbPool, kindOfLine);
}

/**
 * The tagger's spans, then datelines and alias-index names in the gaps. A KB name of the same extent as a
 * tagged span hands it its candidates when the types agree (a MISC span takes them too: "British", "COP26").
 */
function taggerFirst(
  text: string,
  tagged: MentionCandidate[],
  datelines: MentionCandidate[],
  kbPool: MentionCandidate[],
  kindOfLine: (offset: number) => 'title' | 'caps' | 'body',
): MentionCandidate[] {
  const taken = new Uint8Array(text.length + 1);
  const kept: MentionCandidate[] = [];
  const take = (c: MentionCandidate): boolean => {
    for (let i = c.start; i < c.end; i++) if (taken[i]) return false;
    taken.fill(1, c.start, c.end);
    kept.push(c);
    return true;
  };
  const kbByExtent = new Map<string, MentionCandidate>();
  for (const k of kbPool) kbByExtent.set(`${k.start}:${k.end}`, k);
  // A dateline ('LONDON —') is a place whatever the tagger says, when the tagger or the KB sees a name there
  // ('CRICKET - ENGLAND WIN' opens like a dateline).
  for (const d of datelines) {
    const clash = tagged.findIndex((t) => t.start < d.end && d.start < t.end);
    if (clash >= 0 && (tagged[clash].start !== d.start || tagged[clash].end !== d.end)) continue;
    const known = kbByExtent.get(`${d.start}:${d.end}`);
    if (clash < 0 && known?.type !== 'place') continue;
    if (clash >= 0) tagged.splice(clash, 1);
    if (known?.type === 'place') d.kbCandidates = [...known.kbCandidates!];
    take(d);
  }
  // A known name that extends a tagged one of its type keeps the whole name ('Labour' → 'Labour Party'):
  // words are added, none cut. Both lists run in text order, so one pass finds what each KB name covers.
  const byStart = [...tagged].sort((x, y) => x.start - y.start);
  const replaced = new Set<MentionCandidate>();
  const extended: MentionCandidate[] = [];
  let p = 0;
  for (const k of [...kbPool].sort((x, y) => x.start - y.start)) {
    while (p < byStart.length && byStart[p].end <= k.start) p++;
    const inside: MentionCandidate[] = [];
    for (let i = p; i < byStart.length && byStart[i].start < k.end; i++) inside.push(byStart[i]);
    if (!inside.length || inside.some((t) => replaced.has(t) || t.start < k.start || t.end > k.end)) continue;
    if (inside.some((t) => t.start === k.start && t.end === k.end)) continue;
    if (!inside.every((t) => t.type === k.type || t.type === 'other')) continue;
    const type = inside.find((t) => t.type !== 'other')?.type ?? inside[0].type;
    inside.forEach((t) => replaced.add(t));
    extended.push({ ...k, type, kbCandidates: k.kbCandidates && [...k.kbCandidates] });
  }
  if (replaced.size) tagged = [...tagged.filter((t) => !replaced.has(t)), ...extended];
  for (const t of [...tagged].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    const same = kbByExtent.get(`${t.start}:${t.end}`) ?? kbByExtent.get(withoutThe(t));
    if (same?.kbCandidates && (same.type === t.type || t.type === 'other'))
      t.kbCandidates = [...same.kbCandidates];
    take(t);
  }
  for (const k of kbPool) {
    if (k.kbCandidates?.length !== 1) continue; // an ambiguous alias is no evidence of a name
    if (kindOfLine(k.start) !== 'body' || isCompassWord(k.text)) continue;
    if (partOfLongerName(text, k)) continue; // 'Paris' of 'Paris Agreement', 'West Virginia' of '… University'
    if (/^[A-Z]{2,5}$/.test(k.text) && NOT_ENTITY_ACRONYMS.has(k.text)) continue;
    take(k);
  }
  return kept.filter((c) => !isNotEntityAcronym(c.text)).sort((a, b) => a.start - b.start);
}

/** Below this span score the tagger's type is a guess: the article's surer reading of the same name wins. */
const TYPE_SURE = 0.8;

/**
 * One name, one reading per article: where the tagger is unsure of a span's type ("Cork" as a person at
 * 0.6), the type it gives the same name with most confidence elsewhere in the article wins; with no sure
 * reading anywhere, the tagger's own guess stays (and links only to an entry of that type).
 */
function harmoniseTypes(tagged: MentionCandidate[], score: Map<MentionCandidate, number>): void {
  const best = new Map<string, { type: EntityType; score: number }>();
  // Family names of the people the article names in full ('Joaquin Phoenix' → 'Phoenix').
  const surnames = new Set<string>();
  for (const t of tagged) {
    const s = score.get(t) ?? 1;
    const prev = best.get(t.text);
    if (!prev || s > prev.score) best.set(t.text, { type: t.type, score: s });
    if (t.type === 'person' && s >= TYPE_SURE && /\s/.test(t.text)) surnames.add(t.text.split(/\s+/).pop()!);
  }
  for (const t of tagged) {
    if ((score.get(t) ?? 1) >= TYPE_SURE) continue;
    const sure = best.get(t.text);
    if (sure && sure.score >= TYPE_SURE) t.type = sure.type;
    // An unsure lone word that is the family name of someone named in full is that person ('Phoenix said').
    else if (surnames.has(t.text)) t.type = 'person';
  }
}

/** What the KB knows of a name it holds: how well known the entry is, and whether the name is its own name. */
export interface KnownName {
  prior: number;
  /** The surface is the entry's own name ('Google'), not one of its aliases ('Twitter' for X). */
  ownName: boolean;
}

/** An entry at least this well known may correct a type the tagger guessed ('Facebook' read as a place). */
const WELL_KNOWN = 0.6;

/**
 * Where the tagger guessed a type (span score below TYPE_SURE, no sure reading of the name elsewhere) and the
 * KB holds exactly one entry of that exact name, of another type, the entry's type is the better reading
 * ('Facebook' at 0.5 as a place, 'Trump' at 0.6 as MISC, 'Cork' at 0.77 as a person in a story about Cork).
 * Only when the kind of mistake is a tagger's and not a namesake's:
 *  - the tagger itself read the name as the entry's type elsewhere in the article; or
 *  - a well-known organisation read as a place or a MISC name, or by its own name as a person (not a
 *    founder's surname: 'Ford' the person is read by the alias 'Ford' of Ford Motor, never taken); or
 *  - a well-known person read as an organisation, place or MISC name ('Trump' as MISC), or, even when a
 *    town shares the name, a surname before 'administration' or 'government' ('the Obama administration').
 * An organisation is never turned into a place: a club named after its city is the club.
 * A MISC span that is the full, several-word name of an organisation is that organisation
 * ('World Meteorological Organization'), however sure the tagger was.
 */
function trustKnownNames(
  text: string,
  tagged: MentionCandidate[],
  score: Map<MentionCandidate, number>,
  kbPool: MentionCandidate[],
  knownName: (kbId: string, surface: string) => KnownName | undefined,
): void {
  const kbByExtent = new Map<string, MentionCandidate>();
  for (const k of kbPool) kbByExtent.set(`${k.start}:${k.end}`, k);
  const readings = new Map<string, Set<EntityType>>();
  for (const t of tagged) {
    const set = readings.get(t.text) ?? new Set<EntityType>();
    set.add(t.type);
    readings.set(t.text, set);
  }
  const surnames = new Set<string>();
  for (const t of tagged)
    if (t.type === 'person' && (score.get(t) ?? 1) >= TYPE_SURE && /\s/.test(t.text))
      surnames.add(t.text.split(/\s+/).pop()!);
  for (const t of tagged) {
    const k = kbByExtent.get(`${t.start}:${t.end}`);
    // 'Mann writes' after 'Michael Mann', 'In Hammond’s model' after 'Jay Hammond': the family name of someone
    // named in full, however sure the tagger is of a place, unless the word is the own name of a well-known
    // entry ('Washington' after 'George Washington'); a small town's name ('Hammond', Indiana) is no such.
    if (
      t.type !== 'person' &&
      surnames.has(t.text) &&
      !(k?.kbCandidates ?? []).some((id) => {
        const known = knownName(id, t.text);
        return known?.ownName && known.prior >= WELL_KNOWN;
      })
    ) {
      t.type = 'person';
      continue;
    }
    if (!k || k.type === t.type) continue;
    // 'the Obama administration': the head of a government, whatever else shares the name (a town in Japan).
    if (
      k.type === 'person' &&
      (score.get(t) ?? 1) < TYPE_SURE &&
      headOfGovernmentAfter(text, t.end) &&
      (knownName(k.kbCandidates![0], t.text)?.prior ?? 0) >= WELL_KNOWN
    ) {
      t.type = 'person';
      continue;
    }
    if (k.kbCandidates?.length !== 1) continue;
    if (t.type === 'organization' && k.type === 'place') continue;
    const known = knownName(k.kbCandidates[0], t.text);
    if (!known) continue;
    const sure = (score.get(t) ?? 1) >= TYPE_SURE;
    const misc = t.type === 'other';
    if (sure) {
      if (misc && k.type === 'organization' && known.ownName && /\s/.test(t.text)) t.type = k.type;
      continue;
    }
    const wellKnown = known.prior >= WELL_KNOWN;
    const readElsewhere = readings.get(t.text)?.has(k.type) ?? false;
    const company =
      k.type === 'organization' &&
      wellKnown &&
      (t.type === 'place' || misc || (t.type === 'person' && known.ownName));
    const person = k.type === 'person' && wellKnown && t.type !== 'person';
    if (readElsewhere || company || person) t.type = k.type;
  }
}

/**
 * True when a KB name sits inside a longer capitalised name: a capitalised word (not opening a sentence)
 * right before it, or a capitalised word, 'of' + capital or '-' + capital right after it.
 */
function partOfLongerName(text: string, span: { start: number; end: number }): boolean {
  const after = text.slice(span.end, span.end + 40);
  if (/^(?:\s+(?:of|de|for|on)\s+|\s+|-)\p{Lu}/u.test(after)) return true;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  // Loops, not `(\S+)\s+$`: a backtracking pattern anchored at the end is quadratic on long runs.
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  let wordStart = trimmed.length;
  while (wordStart > 0 && !/\s/.test(trimmed[wordStart - 1]!)) wordStart--;
  const word = trimmed.slice(wordStart);
  if (!word || !/^\p{Lu}/u.test(word) || /[.!?:;"“”]$/.test(word)) return false;
  const earlier = trimmed.slice(0, wordStart);
  const core = earlier.trimEnd();
  // The word before opens a sentence (start of text, after . ! ? : or a new line): no evidence.
  return !(core === '' || /[.!?:]$/.test(core) || earlier.slice(core.length).includes('\n'));
}

/** 'the Senate' tagged with its article: the KB span without it. */
function withoutThe(c: MentionCandidate): string {
  const m = /^the\s+/i.exec(c.text);
  return m ? `${c.start + m[0].length}:${c.end}` : '';
}

function isNotEntityAcronym(surface: string): boolean {
  return /^[A-Z]{2,5}$/.test(surface) && NOT_ENTITY_ACRONYMS.has(surface);
}

/** Keep the longest span of each overlapping cluster (ties: KB, then dateline, then tagger). */
function resolveOverlaps(textLength: number, pool: MentionCandidate[]): MentionCandidate[] {
  const order = [...pool].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
      a.start - b.start,
  );
  const taken = new Uint8Array(textLength + 1);
  const kept: MentionCandidate[] = [];
  for (const candidate of order) {
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.filter((c) => !isNotEntityAcronym(c.text)).sort((a, b) => a.start - b.start);
}

/** The span without surrounding spaces or a trailing possessive. */
function cleanSpan(text: string, start: number, end: number): { start: number; end: number; text: string } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return trimPossessive(text.slice(s, e), s, e);
}

function isValidSpan(text: string, span: { start: number; end: number }): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= text.length &&
    span.end > span.start
  );
}

/** Pronouns, function words, lone lowercase words, and (for the tagger) any all-lowercase span. */
function isJunk(surface: string, source: 'kb' | 'tagger'): boolean {
  const trimmed = surface.trim();
  if (!/[A-Za-z0-9]/.test(trimmed)) return true;
  // 'US' and 'WHO' in capitals are the country and the health body, not the pronouns.
  if (isPronounOrFunctionWord(trimmed) && !/^(?:US|WHO)$/.test(trimmed)) return true;
  const hasCapital = /[A-Z]/.test(trimmed);
  if (!hasCapital && (!/\s/.test(trimmed) || source === 'tagger')) return true;
  return false;
}

/** Lines that may open with a dateline: the first few non-empty lines and every line after a blank line. */
function* datelineLines(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (/^[ \t]*[A-Z][A-Z]/.test(text.slice(start, Math.min(end, start + 4)))) yield { start, end };
    if (nl === -1) break;
    start = nl + 1;
  }
}
