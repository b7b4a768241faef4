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

/**
 * Walks of life of private and professional people: scholars, professionals, officers, residents. The popular
 * Wikipedia titles are mostly entertainers, athletes and politicians; a text that calls its person one of these
 * is most often writing about a namesake ('Michael Mann, a climate scientist' is not the film director).
 */
const PRIVATE_WALK_OF_LIFE =
  '(?:\\p{L}+ologist|scientist|researcher|professor|lecturer|scholar|physician|doctor|surgeon|nurse|lawyer|attorney|teacher|student|officer|detective|spokesman|spokeswoman|spokesperson|analyst|economist|engineer|resident|worker|employee|farmer|pastor|banker|manager|official)';

/** An appositive after a name that says what the person does ('Ann Lee, a climate scientist at …'). */
const WALK_AFTER = new RegExp(
  `^,\\s+(?:a|an|the|who is an?|then an?|now an?|former)\\s(?:[\\p{L}'-]+\\s){0,3}?${PRIVATE_WALK_OF_LIFE}\\b`,
  'iu',
);

/** A walk of life right before a name ('climate scientist Ann Lee', 'the economist Ann Lee'). */
const WALK_BEFORE = new RegExp(`\\b${PRIVATE_WALK_OF_LIFE}\\s+$`, 'iu');

/** The words before or after a mention (start..end) say what the person does. */
function saysWhatTheyDo(text: string, start: number, end: number): boolean {
  return (
    WALK_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || WALK_AFTER.test(text.slice(end, end + 90))
  );
}

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
  // An entry that says nothing of what its person does (a popular Wikipedia title) cannot be checked against
  // the article's words: when they make the person a scholar, a professional or a resident, a namesake is
  // likelier than the title's subject.
  if (!kind && !political) return mentions.some((m) => saysWhatTheyDo(text, m.start, m.end));
  const showOrSport = !political && SPORT_OR_SHOW.test(kind);
  if (!political && !showOrSport) return false;
  return mentions.some((m) => {
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    if (showOrSport) return OFFICE_BEFORE.test(before) || OFFICE_AFTER.test(text.slice(m.end, m.end + 80));
    return SPORT_BEFORE.test(before);
  });
}
