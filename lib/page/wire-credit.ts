/**
 * Wire credits in bylines, texts and publishers: "By A. Reporter and B. Reporter, Associated Press" keeps
 * both reporters as the byline and gives the agency its own field; "(FR mit dpa)" or "— AFP" ending the
 * text credits the agency; a publisher that is a raw address is no name.
 */

/** Agency short names as credits print them. */
const AGENCIES = [
  'AFP',
  'AP',
  'Reuters',
  'dpa',
  'DPA',
  'EFE',
  'ANSA',
  'PA',
  'Xinhua',
  'TASS',
  'Kyodo',
  'Bloomberg',
  'ANI',
  'PTI',
  'IANS',
  'AAP',
  'KNA',
  'epd',
  'APA',
  'SDA',
  'Belga',
  'ANP',
  'Anadolu',
  'JIJI',
  'Jiji',
];
const AGENCY_RE = AGENCIES.join('|');
/** "— AFP", "- AFP", "(AFP)", "/AFP/", "AFP/Reuters" at the very end of the text. */
const END_CREDIT = new RegExp(
  `(?:[—–-]\\s*|\\(|/)((?:${AGENCY_RE})(?:\\s*[/,&]\\s*(?:${AGENCY_RE}))*)\\)?\\s*/?\\s*$`,
);
/** "LONDON (Reuters) -" or "PARIS (AFP) —" at the start. */
const START_CREDIT = new RegExp(`^[\\p{Lu}][\\p{Lu}\\s,.'-]{1,40}\\((${AGENCY_RE})\\)\\s*[—–-]`, 'u');

/** An agency credit written into the article text, e.g. "… hacking.— AFP" gives "AFP". */
export function agencyCredit(text: string): string | undefined {
  const tail = text.slice(-160).trim();
  const end = END_CREDIT.exec(tail);
  if (end) return end[1].replace(/\s+/g, ' ');
  const start = START_CREDIT.exec(text.slice(0, 120));
  if (start) return start[1];
  // "Quelle: MDR THÜRINGEN/ls", "Source: kathpress" as the text's last line: the desk or agency credited.
  return /(?:^|\n)[^\S\n]*(?:quelle|source|fuente)[^\S\n]*:[^\S\n]*([^\n:]{2,40})$/i.exec(tail)?.[1].trim();
}

/** A photo's credit, not the text's: "Rubriklistenbild: © KCNA/dpa", "Foto: dpa", "Bild © hr". */
const PHOTO_CREDIT = /©|\b(?:foto|fotos|bild|bilder|photo|photos|\p{L}*listenbild)\s*:/iu;
/** A desk's credit with the agency's: "(FR mit dpa)", "(dpa/lno)", "(AFP/mc)" closing a paragraph. */
const DESK_CREDIT = new RegExp(
  `\\(((?:\\p{Lu}{1,6}\\s+(?:mit|with|avec|con)\\s+)?(?:${AGENCY_RE})(?:/[\\p{Ll}]{1,4})?)\\)[.\\s]*$`,
  'u',
);

/**
 * The agency or desk credited where the article ends: "(FR mit dpa)" or "— AFP" closing one of its last
 * three paragraphs (a newsroom note or a photo credit may follow), else as `agencyCredit` reads the text.
 */
export function closingCredit(text: string): string | undefined {
  const paragraphs = text
    .slice(-1500)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(-3)
    .reverse();
  for (const p of paragraphs) {
    if (PHOTO_CREDIT.test(p)) continue;
    const tail = p.slice(-160);
    const desk = DESK_CREDIT.exec(tail);
    if (desk) return desk[1].replace(/\s+/g, ' ');
    const end = END_CREDIT.exec(tail);
    if (end) return end[1].replace(/\s+/g, ' ');
  }
  const last = paragraphs[0] ?? '';
  return PHOTO_CREDIT.test(last) ? undefined : agencyCredit(text);
}

/** News agencies as bylines write them, to the name the reader knows them by. */
const AGENCY_NAMES: Record<string, string> = {
  'associated press': 'Associated Press',
  ap: 'Associated Press',
  'the associated press': 'Associated Press',
  reuters: 'Reuters',
  'thomson reuters': 'Reuters',
  afp: 'AFP',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  bloomberg: 'Bloomberg',
  'bloomberg news': 'Bloomberg',
  dpa: 'dpa',
  'pa media': 'PA Media',
  'press association': 'PA Media',
  efe: 'EFE',
  ansa: 'ANSA',
  xinhua: 'Xinhua',
  kyodo: 'Kyodo',
  'kyodo news': 'Kyodo',
  pti: 'PTI',
  ians: 'IANS',
  ani: 'ANI',
  aap: 'AAP',
  'cnn wire': 'CNN Wire',
};

/** Does `name` name a news agency: "dpa", "Agencia EFE", "Agence France-Presse", "JIJI"? */
export function isAgencyName(name: string): boolean {
  const n = name.trim();
  if (agencyNamed(n) || AGENCIES.includes(n)) return true;
  const words = n.split(/\s+/);
  return (
    words.length === 2 &&
    /^(?:agencia|agence|agenzia|agentur)$/i.test(words[0]) &&
    AGENCIES.includes(words[1])
  );
}

/** The agency `name` names, or undefined. */
function agencyNamed(name: string): string | undefined {
  return AGENCY_NAMES[name.trim().toLowerCase().replace(/\s+/g, ' ')];
}

/**
 * A byline's people and its agency: "A. Reporter, B. Reporter, Associated Press" gives the two reporters
 * and "Associated Press". A byline that is only an agency stays the byline and is the agency credited too.
 */
export function splitWireCredit(byline: string): { byline: string; agency?: string } {
  const parts = byline.split(/(?<!\s)\s*,\s*/);
  // A wire story a partner hosts ("The Associated Press" on a local paper's site) credits the agency.
  if (parts.length < 2) {
    const only = agencyNamed(byline);
    return only ? { byline, agency: only } : { byline };
  }
  const agency = agencyNamed(parts[parts.length - 1]);
  if (!agency) return { byline };
  const people = parts.slice(0, -1).filter((p) => !agencyNamed(p));
  return people.length ? { byline: people.join(', '), agency } : { byline };
}

/** A publisher name that names no outlet: the hosting word of a partner's wire pages, a page's own label. */
export function isHostingWord(publisher: string): boolean {
  return /^(?:hosted|hosted (?:news|content|by)|home|homepage|startseite|index|untitled|website)$/i.test(
    publisher.trim(),
  );
}

/** A publisher that is a web address or bare host ("https://example.com", "www.example.com") is no name. */
export function isAddressLike(publisher: string): boolean {
  return (
    /^(?:https?:\/\/|www\.)/i.test(publisher.trim()) || /^[\w-]+(?:\.[\w-]+)+\/?$/.test(publisher.trim())
  );
}
