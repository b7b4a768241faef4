/**
 * Small facts about how names are written in English news: possessives, pronouns, honorifics, generic
 * organisation suffixes. Used to trim mentions and to decide which surface forms name the same thing.
 */

const PRONOUNS = new Set(
  'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs this that these those who whom whose which what one'.split(
    ' ',
  ),
);

/** Words a tagger sometimes marks at sentence start that never name anything on their own. */
const NEVER_A_NAME = new Set(
  'the a an and but however instead some there here update updated tags tag see also send comments read more photo image share'.split(
    ' ',
  ),
);

/** True for pronouns and function words that must never become a mention ("He", "It", "The"). */
export function isPronounOrFunctionWord(text: string): boolean {
  const lower = text.trim().toLowerCase();
  return PRONOUNS.has(lower) || NEVER_A_NAME.has(lower);
}

/** The span without a trailing possessive ("Britain's" → "Britain", "Reuters'" stays "Reuters'"). */
export function trimPossessive(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; text: string } {
  const match = /['’]s$/.exec(text);
  if (match && text.length > 2) return { start, end: end - 2, text: text.slice(0, -2) };
  return { start, end, text };
}

/**
 * Titles written before a person's name. Offices ("Congressman Meadows", "Mayor Adams", "Detective
 * Sergeant Jones") count: a title and a surname must join the full name named elsewhere.
 */
const HONORIFICS =
  /^(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|vice president|president|prime minister|pm|senator|sen|rep|representative|congressman|congresswoman|congressmember|assemblyman|assemblywoman|assemblymember|councilman|councilwoman|councilmember|councillor|councilor|alderman|mayor|deputy mayor|speaker|gov|governor|lt gov|judge|justice|chief justice|attorney general|chancellor|minister|secretary|ambassador|commissioner|sheriff|detective|sergeant|sgt|lieutenant|lt|officer|constable|inspector|superintendent|general|gen|col|colonel|capt|captain|cmdr|commander|adm|admiral|coach|king|queen|prince|princess|crown prince|sheikh|emir|pope|cardinal|archbishop|bishop|rabbi|imam|rev|reverend|the)\.?\s+/i;

/** A person name without its title ("Mr Corbyn" → "Corbyn", "President Joe Biden" → "Joe Biden"). */
export function stripHonorifics(name: string): string {
  let out = name.trim();
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(HONORIFICS, '');
  }
  return out;
}

const ORG_SUFFIX =
  /(?<!\s)\s+(?:party|inc|incorporated|ltd|limited|plc|llc|corp|corporation|co|company|group|holdings|sa|ag|gmbh|nv|association|organisation|organization)\.?$/i;

/**
 * The form two spellings of one organisation share: lowercase, no leading 'the', no possessive, no
 * generic suffix ("The Labour Party" and "Labour" → "labour").
 */
export function organisationKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(ORG_SUFFIX, '')
    .trim();
}

/** True for a single-word demonym ("British", "French", "Iraqi"): a worse group name than the country. */
export function looksLikeDemonym(name: string): boolean {
  return !/\s/.test(name) && /(?:ish|ese|ian|ean|ic|i)$/.test(name);
}
