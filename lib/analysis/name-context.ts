/**
 * Reading a name where it stands, as a person would: a name in a photo credit, a citation label or an agency
 * tag is not what the article is about; a nationality adjective used as a language ('in German', 'spoke
 * Spanish') names no country; a word that only begins a longer name ('Brighton High School', 'Fulton
 * Street', 'Senate Bill 10', 'the Paris Agreement', 'University of California, Berkeley') is not the place
 * or the body; a bare city that the article also names as a team or school ('Indianapolis
 * Indians' … 'for Indianapolis', 'Suffolk University' … 'at Suffolk') is that team or school; a name after a
 * person's title ('Vice President Ford') is a person. Pure functions over the article text and the mention
 * candidates, before grouping and linking.
 */
import type { EntityType } from '../contract/types';
import { isScreenContext } from '../kb/character-role';
import { isSportsContext } from '../kb/reading';
import type { MentionCandidate } from '../nlp/entities/types';
import { endsLongerName } from './longer-name';
import { isCountryNameAfterThe } from './country-article';
import { describesSomeone, isPeoplePlural, opensLongerName, verbFollows } from './nationality';
import { endsOfWorkTitles } from './work-title';

/**
 * A mention inside a photo credit, picture caption credit or source line ('Photo: EPA', '(AP Photo/Jane Doe)',
 * 'JIM WATSON/AFP/Getty Images', 'Image copyright Reuters', 'Source: CDC'): not something the article is about.
 */
export function isCredit(text: string, start: number, end: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 60);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, end + 20);
  if (
    /(?:\b(?:photo(?:graph)?s?|pictures?|images?|credits?|illustrations?|source|image copyright|copyright)\s*(?:by|credit)?\s*[:/]?\s*|©\s*)$/i.test(
      before,
    )
  )
    return true;
  if (/\bvia\s+$/i.test(before) && /photo|image|\(/i.test(before)) return true;
  if (/^\s*(?:(?:photo|images?)\s*)?\/|^\/\s*getty\b|^\s+photo\s*\//i.test(after)) return true;
  return /\/\s*$/.test(before) && /^\s*(?:\/|\)|$)/.test(after) && /photo|getty|image/i.test(before + after);
}

/**
 * A name in a citation label or a caption's agency credit: 'The crowd outside. (Reuters)', 'Cite this: Smith, J.',
 * 'Smith et al.', 'Citation: Nature', '[Reuters]', 'Sources: CDC, WHO'. The article cites it; it is not
 * what the article is about.
 */
export function isCitationLabel(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 12);
  // 'A man walks past the shop. (Reuters)': an agency's credit closing a caption line. The dateline's tag
  // ('LONDON (Reuters) -') stays: the agency wrote the story, and its card is no wrong card.
  if (/[([]\s*$/.test(before) && /^\s*[)\]]\s*(?:\n|$)/.test(after)) return true;
  if (/^\s+et al\b/.test(after)) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(lineStart, start);
  return BOILERPLATE_LABEL.test(line);
}

/**
 * A line that a label opens as citation, navigation or promotion, not story: 'Cite this:', 'Sources:',
 * 'Trending:', 'Read more:', 'Related:', 'Most read:', 'Sign up:'.
 */
const BOILERPLATE_LABEL =
  /^\s*(?:cite this(?: article)?|citations?|sources?|references?|via|read more(?: at)?|more from|trending(?: now)?|related(?: stories| articles| coverage)?|most (?:read|popular|viewed)|popular|recommended|also read|see also|watch|listen|sign up|newsletter|sponsored|advertisement)\s*:/i;

/** Words that say a sentence is about languages. */
const LANGUAGE_CUE =
  /\b(?:languages?|spoken|speak|speaks|speaking|spoke|fluent(?:ly)?|dialects?|translat\w*|taught (?:himself|herself|themselves|myself)|vocabulary|grammar|words?|pronounc\w*|subtitles?|dubbed|mother tongue|native speakers?|means|meaning|etymolog\w*|loanwords?)\b/i;

/** What may follow a nationality adjective used as a noun (not 'German forces', 'Spanish court'). */
const AFTER_NOUN_USE =
  /^(?:\s*(?:[,.;:!?)\]"”’']|$)|\s+(?:and|or|nor|but|is|was|are|were|has|had|by|as|for|to|with|from|at|in|on|too|also|which|who|that|because|it|it's|they|you|he|she|we|i|instead|rather|than|last|next|this|yesterday|today|tomorrow|during|after|before|when|while|so|then|\w+ly)\b)/i;

/**
 * A nationality adjective used as the name of a language: 'in German', 'spoke German and French fluently',
 * 'taught himself some Icelandic, Italian, and Spanish', 'Spanish is widely spoken', 'German-speaking',
 * 'languages like French and German'. The country's card would be the wrong thing. `start`/`end` are the
 * mention's; the caller knows it is a nationality (a MISC name of a country).
 */
export function isLanguageUse(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (/^-(?:speaking|speakers?|language)\b/i.test(after)) return true;
  if (
    /^\s+(?:language|word|words|term|translations?|dialect|speakers?|pronunciation|spelling|alphabet|script|grammar|literature|conversations?|phrases?|idioms?|lessons?|classes)\b/i.test(
      after,
    )
  )
    return true;
  // 'Greek: Εὐσέβιος', 'Russian: Москва': a language's label before a name in its own script.
  if (
    /^:\s*[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}]/u.test(after)
  )
    return true;
  if (!AFTER_NOUN_USE.test(after)) return false; // 'German forces': an adjective on a noun
  const before = text.slice(Math.max(0, start - 40), start);
  // 'in German', 'into Spanish': a preposition and the bare word, as a language is named; 'some Greek',
  // 'fluent French', 'broken English': an amount of a language.
  if (/\b(?:in|into|some|fluent|broken|basic|conversational|passable)\s+$/i.test(before)) return true;
  // 'Ancient Greek', 'New Testament Greek', 'Old English': a stage or register of a language.
  if (/\b(?:ancient|classical|koine|biblical|testament|medieval|archaic|old|middle|modern)\s+$/i.test(before))
    return true;
  if (
    /^\s+(?:is|was|are)\s+(?:\w+\s+){0,2}(?:spoken|a language|the (?:official |main )?language)\b/i.test(
      after,
    )
  )
    return true;
  // Otherwise only in a sentence about languages.
  const from = Math.max(
    text.lastIndexOf('.', start - 1),
    text.lastIndexOf('\n', start - 1),
    text.lastIndexOf('?', start - 1),
    start - 160,
  );
  const toDot = text.slice(end, end + 160).search(/[.!?\n]/);
  const sentence = text.slice(from + 1, toDot < 0 ? end + 160 : end + toDot);
  return LANGUAGE_CUE.test(sentence);
}

/**
 * 'The arrival of the Spanish.', 'the Dutch, who traded here', 'the French were defeated': a nationality after
 * 'the' and before the end of a phrase or a verb of being or having names a people, not the country.
 */
export function isPeopleNoun(text: string, start: number, end: number): boolean {
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) return false;
  return (
    /^(?:\s*(?:[,.;:!?)\]"”]|\n|$)|\s+(?:who|were|was|had|have|are|is)\b)/i.test(text.slice(end, end + 12)) ||
    verbFollows(text, end)
  );
}

/** A nationality word (start..end) that is a language, describes a person or a work, or names a people. */
function notTheCountry(text: string, start: number, end: number): boolean {
  return (
    isLanguageUse(text, start, end) ||
    describesSomeone(text, end) ||
    isPeoplePlural(text.slice(start, end)) ||
    isPeopleNoun(text, start, end)
  );
}

/** Capitalised words that continue a place's name into another thing's ('Brighton High School', 'Fulton Street'). */
const NAME_CONTINUES =
  /^[ \t]+(?:High School|School|College|University|Academy|Institute|Hospital|Clinic|Airport|Station|Stadium|Arena|Park|Gardens?|Museum|Library|Hotel|Church|Cathedral|Temple|Mosque|Hall|Center|Centre|Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Drive|Place|Square|Way|Court|Terrace|Bridge|Tower|Mall|Market|Prison|Zoo|Harbou?r|Pier|Basil|County|Parish|Township|Borough|Cliffs|Heights|Falls|Springs|Beach|Hills)\b/;

/**
 * The mention only begins a longer name the tagger cut short: 'Brighton' in 'Brighton High School', 'Fulton'
 * in 'Fulton Street', 'Thai' in 'Thai Basil'. The card of the first word names something else.
 */
export function beginsLongerName(text: string, end: number): boolean {
  return NAME_CONTINUES.test(text.slice(end, end + 24));
}

/** Words that make a name before them a law's or a treaty's ('Senate Bill 10', 'the Paris Agreement'). */
const LAW_OR_TREATY =
  /^[ \t]+(?:Bill|Act|Agreement|Accords?|Treaty|Convention|Protocol|Declaration|Resolution|Amendment)\b/;

/**
 * The mention names a law, a treaty or a campus, not the body or place: 'Senate Bill 10', 'the Paris
 * Agreement', 'the University of California, Berkeley'.
 */
export function namesSomethingElse(text: string, start: number, end: number): boolean {
  if (LAW_OR_TREATY.test(text.slice(end, end + 16))) return true;
  return /\bUniversity of \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*,\s*$/u.test(
    text.slice(Math.max(0, start - 50), start),
  );
}

/** Titles that make the next name a person's ('Vice President Ford', 'Mr Lincoln', 'Sen. Warren'). */
const PERSON_TITLE =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|President|Vice President|Senator|Sen|Rep|Congressman|Congresswoman|Governor|Gov|Mayor|Judge|Justice|Chancellor|Prime Minister|Minister|Secretary|Speaker|Archbishop|Bishop|Father|Rev|Reverend|Coach|Captain|Capt|Gen|General|Colonel|Col|Sergeant|Sgt|Detective|Det|Officer|Inspector|Constable|Pc|Councillor|Cllr)\.?\s+$/;

/** A name right after a person's title is a person, whatever else it is the name of. */
export function afterPersonTitle(text: string, start: number): boolean {
  return PERSON_TITLE.test(text.slice(Math.max(0, start - 30), start));
}

/** Words after a place's name that make the whole an institution the bare name may stand for. */
const INSTITUTION_REST = /^(?:(?:High |Community |State )?(?:School|College|University|Academy|Institute))$/;

/**
 * A bare place name that stands for a team or school the article names in full: in a sports story the
 * team ('Indianapolis Indians' … '24 games for Indianapolis'); anywhere, the school after 'at', 'attended'
 * ('Suffolk University' … 'At Suffolk she obtained'). `orgNames` are the article's organisation names.
 */
export function standsForOrganisation(
  text: string,
  start: number,
  end: number,
  orgNames: readonly string[],
  sports: boolean,
): boolean {
  const name = text.slice(start, end);
  // What follows the name inside each longer name that holds it as whole words ('Triple-A Indianapolis Indians').
  const rests = orgNames.flatMap((o) => {
    const i = o.indexOf(`${name} `);
    return i >= 0 && (i === 0 || /[\s-]/.test(o[i - 1])) ? [o.slice(i + name.length + 1)] : [];
  });
  if (!rests.length) return false;
  if (sports) return true;
  const before = text.slice(Math.max(0, start - 20), start);
  if (!/\b(?:at|attended|attending|attend|joined|graduated from|enrolled at)\s+$/i.test(before)) return false;
  return rests.some((rest) => INSTITUTION_REST.test(rest));
}

/** Words of air travel; several of them make an airline's place name ('Alaska', 'Hawaiian') the airline. */
const AVIATION =
  /\b(?:flights?|flyers?|fliers?|miles|carriers?|fares?|airlines?|routes?|lounges?|codeshares?|nonstop|passengers?|hubs?|alliance|aircraft|jets?|planes?|boarding|airports?|cabins?|seats?|elite status)\b/gi;

/** True when the text reads as a story about air travel (at least four aviation words). */
export function isAviationContext(text: string): boolean {
  AVIATION.lastIndex = 0;
  let n = 0;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  while (AVIATION.exec(sample)) if (++n >= 4) return true;
  return false;
}

/** What follows a place's name in an airline's ('Alaska Airlines', 'Hawaiian Airlines', 'Virgin Atlantic Airways'). */
const AIRLINE_REST = /^(?:Airlines?|Airways|Air Lines|Air)$/;

/** Prepositions of travel to, from or within a place: 'flights to Alaska' is the state even in an airline story. */
const PLACE_PREPOSITION =
  /\b(?:to|from|in|into|across|over|around|near|throughout|within|of|via|out of)\s+$/i;

/**
 * The full airline name the bare place stands for, in a story about air travel ('Alaska Airlines' … 'Alaska
 * frequent flyers', 'at Alaska', 'Alaska’s network'), or undefined. 'Flights to Alaska' stays the state.
 */
export function airlineNamedAfter(
  text: string,
  start: number,
  end: number,
  orgNames: readonly string[],
  aviation: boolean,
): string | undefined {
  if (!aviation) return undefined;
  const name = text.slice(start, end);
  // 'Alaska’s network', 'Alaska frequent flyers': the airline's, whatever preposition comes before.
  const after = text.slice(end, end + 24);
  const owned =
    /^['’]s\b/.test(after) ||
    /^\s+(?:frequent|elite|flights?|planes?|jets?|lounges?|miles|pilots?|crews?)\b/i.test(after);
  if (!owned && PLACE_PREPOSITION.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  return orgNames.find((o) => o.startsWith(`${name} `) && AIRLINE_REST.test(o.slice(name.length + 1)));
}

/** What the reading of a candidate in its place decided: keep it, drop it, keep it without a card, or retype it. */
export type NameReading =
  { keep: true; type?: EntityType; noCard?: boolean; why?: string } | { keep: false; why: string };

/**
 * Read every candidate in its place (see the file comment). `isNationality(c)` says the candidate is a
 * nationality adjective (a MISC name whose entry is a country). Returns the candidates to keep (retyped where
 * a title says person) and the spans whose names get no card.
 */
export function readNamesInContext(
  text: string,
  candidates: MentionCandidate[],
  isNationality: (c: MentionCandidate) => boolean,
): { candidates: MentionCandidate[]; noCard: ReadonlySet<number> } {
  // Longer names of teams and schools: the tagger calls some teams MISC ('Indianapolis Indians').
  const orgNames = [
    ...new Set(
      candidates
        .filter((c) => c.type === 'organization' || c.type === 'other')
        .map((c) => text.slice(c.start, c.end)),
    ),
  ];
  let sports: boolean | undefined;
  let aviation: boolean | undefined;
  // The full name's candidate, whose KB candidates a bare place standing for it takes over.
  const orgByName = new Map<string, MentionCandidate>();
  for (const c of candidates)
    if (c.type === 'organization' && !orgByName.has(text.slice(c.start, c.end)))
      orgByName.set(text.slice(c.start, c.end), c);
  const personEnds = new Set(candidates.filter((c) => c.type === 'person').map((c) => c.end));
  const noCard = new Set<number>();
  // 'Flight of the Phoenix' in a text about films: the title's last word is no city.
  const titleEnds = isScreenContext(text)
    ? endsOfWorkTitles(
        text,
        candidates.filter((c) => c.type === 'place' || c.type === 'organization'),
      )
    : new Set<number>();
  const out: MentionCandidate[] = [];
  for (const c of candidates) {
    if (isCredit(text, c.start, c.end) || isCitationLabel(text, c.start, c.end)) continue;
    // A nationality used as a language, describing someone or something, or a people: not the country.
    if (c.type === 'other' && notTheCountry(text, c.start, c.end) && isNationality(c)) continue;
    if ((c.type === 'organization' || c.type === 'place') && afterPersonTitle(text, c.start)) {
      out.push({ ...c, type: 'person', kbCandidates: undefined });
      continue;
    }
    if (titleEnds.has(c.start)) noCard.add(c.start);
    // 'Lunch at the Luxembourg': a palace or hotel named after the country.
    else if (c.type !== 'other' && isCountryNameAfterThe(text, c.start, c.end) && isNationality(c))
      noCard.add(c.start);
    else if (c.type !== 'person' && namesSomethingElse(text, c.start, c.end)) noCard.add(c.start);
    else if (
      (c.type === 'place' || c.type === 'other') &&
      beginsLongerName(text, c.end) &&
      (c.type === 'place' || isNationality(c))
    )
      noCard.add(c.start);
    else if (c.type === 'other' && opensLongerName(text, c.end) && isNationality(c)) noCard.add(c.start);
    else if ((c.type === 'place' || c.type === 'organization') && endsLongerName(text, c.start, personEnds))
      noCard.add(c.start);
    else if (c.type === 'place') {
      sports ??= isSportsContext(text);
      aviation ??= isAviationContext(text);
      const airline = airlineNamedAfter(text, c.start, c.end, orgNames, aviation);
      const full = airline ? orgByName.get(airline) : undefined;
      if (airline) {
        // 'Alaska' for Alaska Airlines: the airline's mention when the KB knows it, else no card.
        if (full?.kbCandidates?.length) {
          out.push({ ...c, type: 'organization', kbCandidates: full.kbCandidates });
          continue;
        }
        noCard.add(c.start);
      } else if (standsForOrganisation(text, c.start, c.end, orgNames, sports)) noCard.add(c.start);
    }
    out.push(c);
  }
  return { candidates: out, noCard };
}
