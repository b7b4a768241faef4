/**
 * Kinds of span the tagger gets wrong in a way a reader would not: a body named after a place cut in two
 * ('Federal Reserve Bank' + 'Kansas City', 'Port of' + 'Seattle'), a shouted call to action or section word
 * glued to a name ('READ Hoenig'), a shop named for its owner split into a person and two words ('Aisha’s
 * Salon and Spa'), two names a verb or 'or' joins ('Stanley tells Axios'), and a bare compass word read as a
 * place ('the North'). Repaired on the tagger's spans
 * before they become mentions; each rule looks only at the text around a span, never over the whole page.
 */
import type { TaggedSpanLike } from './types';

/** Last words of a body's name that a place completes after 'of': 'Federal Reserve Bank of Kansas City'. */
const BODY_HEAD =
  /(?:^|\s)(?:Bank|University|College|Institute|Academy|Museum|Library|Port|Diocese|Archdiocese|Authority|Council|Chamber|Corporation|Company|Society|Association|Federation|Union|Hospital|Cathedral|Zoo)$/u;

/**
 * A body's name written before 'of' and a place the tagger read alone ('Port of Seattle', 'University of
 * Nebraska', 'Central Bank of Nigeria'); capitalised words may open it, an article does not.
 */
const BODY_OF_BEFORE =
  /((?:\p{Lu}[\p{L}.&'’-]*\s+)*(?:Bank|University|College|Institute|Museum|Library|Port|Diocese|Archdiocese))\s+of\s+$/u;

/** What turns a place into its police, fire service, council or school district: 'Brookhaven Police Department'. */
const PLACE_BODY =
  /^\s+(?:Police(?: Department| Service| Force)?|Fire(?: Department| Rescue)|Sheriff['’]s (?:Office|Department)|School District|Public Schools|City Council|County Council|Board of Education|Transit Authority|Port Authority|Housing Authority)\b/u;

/** Words a page shouts before a link or a block, never part of the name that follows: 'READ Hoenig’s remarks'. */
const SHOUTED_LABEL = new Set(
  'READ WATCH MORE LISTEN PHOTOS PHOTO VIDEO VIDEOS RELATED ADVERTISEMENT GALLERY SEE ALSO SHARE UPDATE LIVE'.split(
    ' ',
  ),
);

/** Nouns of a shop or service a possessive name opens: 'Aisha’s Salon and Spa', 'Tony’s Bar & Grill'. */
const BUSINESS_NOUNS = new Set(
  (
    'salon spa grill bar cafe café restaurant bakery pizza pizzeria diner pub tavern kitchen deli market shop ' +
    'store boutique studio garage auto repair tire tires hardware lumber supply furniture jewelry jewellery ' +
    'books flowers florist nursery gym fitness yoga nails barber barbershop beauty hair tattoo pets grooming ' +
    'liquor liquors wine wines spirits cleaners laundry motel inn lounge catering seafood steakhouse bbq ' +
    'barbecue brewery bistro eatery coffee donuts bagels sweets candy antiques crafts bait tackle marina ' +
    'towing plumbing heating cooling roofing landscaping sons daughters'
  ).split(' '),
);

/** '<Owner>’s <Noun…> and <Noun…>' from a span's start: the whole business name. */
const POSSESSIVE_BUSINESS =
  /\p{Lu}\p{Ll}+['’]s((?: \p{Lu}[\p{L}-]*){1,3}) (?:and|&) (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})/uy;

/** Compass points, which alone name no one place ('the South wants talks', 'snow across the North'). */
const COMPASS =
  /^(?:(?:Down|Back|Up|Out)\s+)?(?:North|South|East|West|North-?[Ee]ast|North-?[Ww]est|South-?[Ee]ast|South-?[Ww]est)$/u;

/** A bare compass word ('South', 'the North' without its article, 'Back East'): no place of its own, no KB card. */
export function isCompassWord(name: string): boolean {
  return COMPASS.test(name);
}

/** Below this the tagger's reading of a span is a guess other readings of the name may overrule (merge-mentions). */
const GUESS = 0.5;

/**
 * Lowercase words that join two names and never sit inside one: 'or', and a verb of saying or a past tense
 * ('Stanley tells Axios', 'Alden asked Haoyu', 'Dion even launched Célinununu'). Other lowercase words
 * ('Bank of America', 'Osama bin Laden', 'Rage against the Machine') may belong to the name.
 */
const JOINS_TWO_NAMES =
  /^(?:or|says|said|tells|told|asks|asked|writes|wrote|adds|added|replies|replied|thanks|thanked|calls|called|[a-z]{3,}ed)$/;

/** A lowercase word (or two) between two capitalised parts of a span: where the span is two names. */
const INNER_WORDS =
  /^(\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*)*)\s+((?:\p{Ll}+\s+){1,2})(\p{Lu}.*)$/u;

/** The tagger's spans with the kinds above repaired, in text order. */
export function repairTaggedSpans<T extends TaggedSpanLike>(text: string, tagged: readonly T[]): T[] {
  let spans = [...tagged].sort((a, b) => a.start - b.start);
  spans = spans.flatMap((s) => withoutShoutedLabel(text, s)).flatMap((s) => splitAtSentenceWords(s));
  for (let i = 0; i < spans.length; i++) {
    const joined = possessiveBusiness(text, spans[i]) ?? bodyOfPlace(text, spans, i);
    if (!joined) continue;
    const first = spans.findIndex((s) => s.end > joined.start);
    let last = first;
    while (last < spans.length && spans[last].start < joined.end) last++;
    spans.splice(first, last - first, joined);
    i = first;
  }
  return spans;
}

/** 'READ Hoenig' without its label, with the type left as a guess; a label alone is no name. */
function withoutShoutedLabel<T extends TaggedSpanLike>(text: string, span: T): T[] {
  const m = /^(\p{Lu}+)(?:\s+|$)/u.exec(span.text);
  if (!m || !SHOUTED_LABEL.has(m[1])) return [span];
  const start = span.start + m[0].length;
  if (start >= span.end) return [];
  return [{ ...span, start, text: text.slice(start, span.end), score: Math.min(span.score ?? 1, GUESS) }];
}

/**
 * 'Stanley tells Axios', 'Alden asked Haoyu', 'Instagram or Facebook': a span whose capitalised parts a verb
 * or 'or' joins is two names; each keeps the tagger's type, the second as a guess.
 */
function splitAtSentenceWords<T extends TaggedSpanLike>(span: T): T[] {
  const m = INNER_WORDS.exec(span.text);
  if (
    !m ||
    !m[2]
      .trim()
      .split(/\s+/)
      .some((w) => JOINS_TWO_NAMES.test(w))
  )
    return [span];
  const second = span.text.length - m[3].length;
  return [
    { ...span, end: span.start + m[1].length, text: m[1] },
    { ...span, start: span.start + second, text: m[3], score: Math.min(span.score ?? 1, GUESS) },
  ];
}

/** The shop's whole name when a span opens '<Owner>’s <Noun> and <Noun>' with a shop's noun in it. */
function possessiveBusiness<T extends TaggedSpanLike>(text: string, span: T): T | undefined {
  POSSESSIVE_BUSINESS.lastIndex = span.start;
  const m = POSSESSIVE_BUSINESS.exec(text);
  if (!m) return undefined;
  const nouns = `${m[1]} ${m[2]}`.trim().split(/\s+/);
  if (!nouns.some((w) => BUSINESS_NOUNS.has(w.toLowerCase()))) return undefined;
  return joinedSpan(text, span, span.start, span.start + m[0].length);
}

/**
 * One body's name the tagger cut at its place: an organisation ending in 'Bank', 'University'… and the place
 * after 'of' ('Federal Reserve Bank' + 'of' + 'Kansas City'); a place after '<Body> of' no span holds ('Port of'
 * + 'Seattle'); a name (not a person's) before 'Police Department', 'School District'… ('Marston' + 'Police
 * Department', whatever type the tagger guessed for the town).
 */
function bodyOfPlace<T extends TaggedSpanLike>(text: string, spans: readonly T[], i: number): T | undefined {
  const span = spans[i];
  const next = spans[i + 1];
  if (
    span.type === 'ORG' &&
    BODY_HEAD.test(span.text) &&
    next &&
    (next.type === 'LOC' || next.type === 'ORG') &&
    /^\s+of\s+$/u.test(text.slice(span.end, next.start))
  )
    return joinedSpan(text, span, span.start, next.end);
  if (span.type === 'PER') return undefined;
  const before =
    span.type === 'LOC' && BODY_OF_BEFORE.exec(text.slice(Math.max(0, span.start - 60), span.start));
  const prev = spans[i - 1];
  if (before) {
    let start = span.start - before[0].length;
    // 'The Port of Seattle': an article opening a sentence is no word of the name.
    const lead = /^(?:The|A|An)\s+/u.exec(before[1]);
    if (lead) start += lead[0].length;
    if (!prev || prev.end <= start) return joinedSpan(text, span, start, span.end);
  }
  const body = PLACE_BODY.exec(text.slice(span.end, span.end + 30));
  return body ? joinedSpan(text, span, span.start, span.end + body[0].length) : undefined;
}

function joinedSpan<T extends TaggedSpanLike>(text: string, like: T, start: number, end: number): T {
  return { ...like, start, end, text: text.slice(start, end), type: 'ORG' };
}
