/**
 * A nationality word that describes rather than names the country: 'the American actor Brock Holt', 'a Russian
 * painter', 'the German-born physicist', 'a British romantic comedy', 'Americans think…'. A reader hovering
 * 'American' there is reading about the actor, the painter or the film, or about a people: the country's card
 * answers a question nobody asked, so such a word gets no card. A nationality before the state's own
 * people and bodies ('Russian President Vladimir Putin', 'Israeli soldiers', 'the French government',
 * 'Canadian fishermen' under a treaty) still names the country and keeps its card.
 */

/**
 * Nouns for a private person's walk of life, a work of art or a people's culture: a nationality before one of
 * them says where someone or something is from. Office holders, soldiers, officials and bodies of the state
 * are not here.
 */
const DESCRIBED = new Set(
  (
    'actor actress actors singer singers songwriter musician musicians rapper composer conductor pianist ' +
    'violinist guitarist drummer band artist artists painter sculptor architect photographer designer ' +
    'writer writers author novelist poet playwright screenwriter essayist journalist broadcaster presenter ' +
    'filmmaker director producer comedian model dancer choreographer physicist chemist biologist ' +
    'mathematician scientist scientists researcher researchers scholar philosopher historian economist ' +
    'linguist engineer inventor astronomer astronaut explorer naturalist botanist geologist psychologist ' +
    'sociologist anthropologist theologian athlete athletes player players footballer cyclist swimmer ' +
    'runner sprinter golfer boxer wrestler skater skier cricketer baseman pitcher quarterback goalkeeper ' +
    'striker midfielder defender jockey billionaire businessman businesswoman entrepreneur investor chef ' +
    'personality youtuber vlogger blogger influencer celebrity socialite heiress star supermodel ' +
    'film films movie movies comedy drama series miniseries mini-serial sitcom novel novels opera ballet ' +
    // A people's ways and past: 'the earliest American civilizations', 'Greek mythology', 'Mexican cuisine'.
    'civilization civilizations civilisation civilisations culture cultures cuisine dishes folklore ' +
    'mythology myths legends traditions tribe tribes literature poetry'
  ).split(' '),
);

/** Words that may stand between the nationality and that noun: 'professional baseball', 'suprematist'. */
const MODIFIER = /^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)$/u;

/** Words that end the noun phrase: a clause or another phrase begins ('Israeli troops killed a … journalist'). */
const PHRASE_ENDS = new Set(
  'a an the and or but of to in on at by for with from as than that which who whom whose was were is are be been has have had said says will would could should may might can not this these those'.split(
    ' ',
  ),
);

/**
 * The nationality word ending at `end` describes a person or a work ('an American professional baseball
 * second baseman', 'the Russian suprematist artist', 'German-born', 'the German - British romantic comedy').
 * Up to three words may stand between it and the noun; punctuation, a verb or a function word ends the search.
 */
export function describesSomeone(text: string, end: number): boolean {
  const after = text.slice(end, end + 80);
  if (/^-(?:born|raised|educated|trained)\b/i.test(after)) return true;
  // '-British', '- British': one nationality of a pair; the words after it decide.
  const words = after
    .replace(/^\s*-\s*/, ' ')
    .split(/(?=[,.;:!?()"“”])|\s+/)
    .filter(Boolean)
    .slice(0, 4);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const lower = word.toLowerCase();
    if (DESCRIBED.has(lower)) return true;
    if (!MODIFIER.test(word) || PHRASE_ENDS.has(lower) || /\p{Ll}{2}ed$/u.test(word)) return false;
  }
  return false;
}

/**
 * A people named in the plural ('Americans', 'Israelis', 'Indonesians'): the people, not the country. `name`
 * is the mention as written; the caller knows it is a nationality.
 */
export function isPeoplePlural(name: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:ans|ians|is|ers|s)$/u.test(name.trim()) && !/ss$/.test(name.trim());
}

/** Capitalised words after a nationality that make it the state's own office or body: 'Russian President'. */
const OFFICE_WORDS = new Set(
  (
    'President Prime Vice Deputy Foreign Defence Defense Finance Interior Home Health Trade Minister Ministry ' +
    'Chancellor King Queen Prince Princess Crown Emperor Empress Ambassador Embassy Consul Consulate Government ' +
    'Premier Governor Senator General Gen Admiral Colonel Col'
  ).split(' '),
);

/**
 * The nationality word ending at `end` opens a longer capitalised name the tagger cut short: 'the Spanish
 * Netherlands', 'the Canadian Arctic', 'the Portland Japanese Garden'. The state's offices ('Russian President
 * Vladimir Putin', 'Israeli Prime Minister') are not such names: they still speak of the country.
 */
export function opensLongerName(text: string, end: number): boolean {
  const m = /^[ \t]+(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(end, end + 40));
  return Boolean(m && !OFFICE_WORDS.has(m[1]));
}

/** Verbs in the past tense that do not end in -ed, and modals: 'the Spanish found', 'the Dutch would'. */
const FINITE_VERBS = new Set(
  (
    'found came took made brought built fought left began won lost sent held led saw gave kept met fled ' +
    'drove rose fell grew knew thought sought bought taught sold told wrote spoke ran set put struck ' +
    'would could should might must will shall can cannot did does do also then soon still never first ' +
    'quickly finally eventually'
  ).split(' '),
);

/** Words in -ed that stand before a noun: 'the French armed forces', 'the Dutch-based'. */
const PARTICIPLE_ADJECTIVES = new Set('armed united based owned led backed funded supported'.split(' '));

/**
 * The word after a nationality at `end` is a verb of which it is the subject ('the Spanish found little
 * resistance', 'the Dutch settled', 'the French would return'): the nationality names a people, not the
 * country. A noun after it ('the Spanish persecution', 'the Dutch navy') is not such a verb.
 */
export function verbFollows(text: string, end: number): boolean {
  const m = /^[ \t]+(\p{Ll}+)\b(?!-)/u.exec(text.slice(end, end + 24));
  if (!m) return false;
  const word = m[1];
  if (PARTICIPLE_ADJECTIVES.has(word)) return false;
  return FINITE_VERBS.has(word) || (/\p{Ll}{2}ed$/u.test(word) && !/(?:eed|red)$/.test(word));
}
