/**
 * A namesake from another walk of life: 'state Sen. Jim Davis' is not the former basketball player Jim Davis
 * the knowledge base holds, and 'coach Mike Johnson' is not the Speaker. The words the article writes right
 * before or beside a person's name say what the person does; when they say politics and the entry is a
 * player, an actor or a singer (or the reverse), the entry is someone else of the same name: no card.
 */

/** An office title right before a name ('state Sen.', 'Rep.', 'Councilman', 'Gov.'). */
const OFFICE_BEFORE =
  /\b(?:sen|senator|rep|representative|congressman|congresswoman|assemblyman|assemblywoman|assemblymember|delegate|councilman|councilwoman|councilmember|councillor|cllr|alderman|gov|governor|lt\. gov|mayor|lawmaker|legislator|commissioner|mp|mep|minister)\.?\s+$/i;

/** An appositive after a name that says politics ('Jeff Miller, a city councilman in …'). */
const OFFICE_AFTER =
  /^,\s+(?:a|an|the|who is an?|then an?|now an?|former|longtime)\s[^,.;:!?]{0,40}?\b(?:lawmaker|legislator|senator|congressman|congresswoman|councilman|councilwoman|councillor|council member|politician|mayor|governor|commissioner|assemblyman|assemblywoman|delegate|state representative)\b/i;

/** A sports role right before a name ('coach', 'quarterback', 'striker'). */
const SPORT_BEFORE =
  /\b(?:coach|head coach|quarterback|striker|midfielder|defender|goalkeeper|keeper|pitcher|shortstop|linebacker|forward|point guard|winger|batter|bowler|jockey)\s+$/i;

/** Entry kinds of sport and show business. */
const SPORT_OR_SHOW =
  /\b(?:player|footballer|cricketer|athlete|boxer|golfer|swimmer|sprinter|runner|racer|racing driver|cyclist|skater|wrestler|jockey|coach|actor|actress|singer|musician|rapper|comedian|model|dancer|guitarist|drummer|songwriter)\b/i;

/** Entry kinds of politics and office. */
const POLITICAL =
  /\b(?:politician|senator|representative|congress\w*|governor|mayor|minister|president|legislator|diplomat|official|judge)\b/i;

/** What a KB person entry is, as far as the check needs. */
export interface PersonEntry {
  kind?: string;
  roles?: readonly unknown[];
}

/**
 * Do the words around the mentions (`start`/`end` into `text`) say a walk of life the entry is not? Only an
 * entry whose kind says what it does is judged; an entry with offices (roles) counts as political.
 */
export function otherWalkOfLife(
  text: string,
  mentions: ReadonlyArray<{ start: number; end: number }>,
  entry: PersonEntry,
): boolean {
  const kind = entry.kind ?? '';
  const political = POLITICAL.test(kind) || Boolean(entry.roles?.length);
  const showOrSport = !political && SPORT_OR_SHOW.test(kind);
  if (!political && !showOrSport) return false;
  return mentions.some((m) => {
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    if (showOrSport) return OFFICE_BEFORE.test(before) || OFFICE_AFTER.test(text.slice(m.end, m.end + 80));
    return SPORT_BEFORE.test(before);
  });
}
