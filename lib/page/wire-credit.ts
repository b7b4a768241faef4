/**
 * Wire credits in bylines and publishers: "By A. Reporter and B. Reporter, Associated Press" keeps both
 * reporters as the byline and gives the agency its own field; a publisher that is a raw address is no name.
 */

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

/** The agency `name` names, or undefined. */
function agencyNamed(name: string): string | undefined {
  return AGENCY_NAMES[name.trim().toLowerCase().replace(/\s+/g, ' ')];
}

/**
 * A byline's people and its agency: "A. Reporter, B. Reporter, Associated Press" gives the two reporters
 * and "Associated Press". A byline that is only an agency stays the byline (the agency is the credit).
 */
export function splitWireCredit(byline: string): { byline: string; agency?: string } {
  const parts = byline.split(/(?<!\s)\s*,\s*/);
  if (parts.length < 2) return { byline };
  const agency = agencyNamed(parts[parts.length - 1]);
  if (!agency) return { byline };
  const people = parts.slice(0, -1).filter((p) => !agencyNamed(p));
  return people.length ? { byline: people.join(', '), agency } : { byline };
}

/** A publisher that is a web address or bare host ("https://example.com", "www.example.com") is no name. */
export function isAddressLike(publisher: string): boolean {
  return (
    /^(?:https?:\/\/|www\.)/i.test(publisher.trim()) || /^[\w-]+(?:\.[\w-]+)+\/?$/.test(publisher.trim())
  );
}
