/**
 * English word lists, one module. For the KB linker: words that are also place or organisation names ('Of'
 * in Turkey, 'Nice', 'Mobile'): a one-word alias in these lists is not spotted at the start of a sentence,
 * and the most generic never enter the index. For related coverage: words too common to say what a story is
 * about, never key terms. Month and weekday names come from the calendar.
 */
import { MONTH_NAMES, MONTH_SHORT_NAMES, WEEKDAY_NAMES } from './calendar';

const lower = (names: readonly string[]): string[] => names.map((n) => n.toLowerCase());

/** Words never indexed as one-word aliases: function words and generic nouns. */
export const NEVER_ALONE: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by can do for from had has have he her his i if in into is it its me my no not of on ' +
    'one or our she so that the their them they this to two up us was we were who will with you your ' +
    'all also any after before over under more most new some such than then there these those when where which while ' +
    'said says say year years today week day month government party state states union national people police court ' +
    'city news center centre council office service department ministry agency group company bank university ' +
    'north south east west central democrat democrats republican republicans minister president mayor king queen'
  ).split(' '),
);

/** Capitalised at a sentence start these are usually ordinary words, not names. */
export const SENTENCE_START_WORDS: ReadonlySet<string> = new Set(
  (
    'mobile nice reading split hope victoria bath orange opportunity independence liberty justice unity progress ' +
    'medium dawn time yes ' +
    'however instead although because despite during meanwhile only other others many much both each every'
  )
    .split(' ')
    .concat(lower(WEEKDAY_NAMES), lower(MONTH_NAMES)),
);

/** Function words, reporting verbs and newsroom filler. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above across after afterwards again against ago ahead all almost alone along already also although always am among an and ' +
    'another any anyone anything anyway anywhere are around as at away back be became because become becomes been before ' +
    'behind being below beside besides between beyond both but by came can cannot could did do does doing done down during each ' +
    'either else enough even ever every everyone everything except few first for former from further get gets getting give given ' +
    'go goes going gone got had has have having he her here hers herself him himself his how however i if in including indeed ' +
    'instead into is it its itself just last later least less like likely made make makes many may me meanwhile might more ' +
    'most mostly much must my myself near nearly neither never nevertheless next no nobody none nor not nothing now nowhere of ' +
    'off often on once one only onto or other others otherwise our ours ourselves out over own per perhaps please put quite ' +
    'rather really same see seem seemed seems several she should since so some somehow someone something sometimes somewhere ' +
    'still such than that the their theirs them themselves then there thereby therefore these they this those though through ' +
    'throughout thus to together too toward towards under until up upon us use used using very via was we well were what ' +
    'whatever when whenever where whereas whether which while who whoever whole whom whose why will with within without would ' +
    'yet you your yours yourself yourselves ' +
    'said says say saying told tell tells according added adding asked called reported reports report reporting stated ' +
    'statement announced claimed described noted explained believe believed think thought know known want wanted ' +
    'new news time times year years day days week weeks month months today yesterday tomorrow tonight morning afternoon evening ' +
    'night mr mrs ms dr st include includes took take taken ' +
    'two three four five six seven eight nine ten hundred thousand million billion percent cent ' +
    'people way ways part lot lots thing things also going come comes coming came left right took around told update updated ' +
    'story stories article read click image photo video copyright reserved rights subscribe share shares sept'
  )
    .split(/\s+/)
    .concat(lower(WEEKDAY_NAMES), lower(MONTH_SHORT_NAMES), lower(MONTH_NAMES)),
);

/** Interjections and exclamations, in speech, fiction and comments: never names. */
export const INTERJECTIONS: ReadonlySet<string> = new Set(
  (
    'ah aha ahh aw aww bah duh eh er erm gee gosh ha hah haha hahaha heh hehe hey hm hmm hmmm huh hurray meh mhm ' +
    'oh ohh ok okay oops ouch oy phew psst shh ugh uh um umm whoa wow yay yeah yep yes yup nah nope no ' +
    'damn dammit fuck fucking shit crap hell bloody lol omg wtf thanks bye hello hi goodbye alas amen'
  ).split(' '),
);

/**
 * Common English words that turn up capitalised without being names: at a sentence start, in a heading, in
 * capitals for shouting or as a command ('RUN', 'CMD'). Also used to keep an accent-folded KB name from
 * linking an ordinary word ('God' is not 'Göd').
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'moreover furthermore additionally overall finally firstly secondly lastly basically actually anyway besides ' +
    'hence thus consequently nonetheless regardless likewise similarly meanwhile sure maybe indeed certainly ' +
    'time life world man men woman women human humans person child children family friend home house work job ' +
    'technology science nature history health money power love war peace truth god gods lord heaven faith ' +
    'game games fun rating score level chapter part page section episode season volume book story note notes ' +
    'phase tier stage category grade zone round week day act scene figure table item option plan total ' +
    'run cmd exec copy add env from user command commands code file files data image build test tests ' +
    'step steps warning error update edit reply quote link help menu home login sign search share follow ' +
    'summary conclusion introduction overview background results review reviews verdict pros cons price ' +
    'everyone everybody nobody somebody someone anyone something nothing everything anything ' +
    'good bad great best better worse worst big small old young high low long short free open closed ' +
    'please welcome sorry right wrong true false stop wait look listen watch ' +
    'water fire air earth sun moon star stars sky sea land city town country state road street'
  ).split(/\s+/),
);

/** Small words a body's initials skip: 'Department of State' is DOS, 'Bank for International Settlements' BIS. */
export const INITIALS_SKIP: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'to',
  'at',
  'a',
  '&',
]);
