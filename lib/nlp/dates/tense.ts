/**
 * Which way a date expression points from the article's clock, read from the words next to it:
 * "said on Tuesday" looks back, "will meet on Tuesday" and "ahead of the December 12 election" forward.
 */

/** 'past' or 'future' when the words around the date say so, else undefined. */
export type Tense = 'past' | 'future' | undefined;

const FUTURE = new Set(
  "will 'll shall won't wo going due scheduled expected expect expects expecting planned planning upcoming ahead forthcoming coming until till tomorrow postponed delayed adjourned".split(
    ' ',
  ),
);
const PAST = new Set(
  'said says told was were had did took met came went began held ago earlier since previously already revealed announced reported happened occurred last yesterday left fell rose broke spoke found won lost made gave sent saw led ran struck sank became brought bought caught fought thought taught wrote drove flew grew knew threw chose stole shot hit cut quit beat'.split(
    ' ',
  ),
);
/** Words that make the next word's "to" a plan ("plans to", "is to rule", "set to resume"). */
const TO_FUTURE = new Set(['plan', 'plans', 'set', 'is', 'are', 'due', 'going', 'aims', 'intends', 'hopes']);
/** Words before a participle that make it no past event: "will be held", "to be announced", "is set". */
const NOT_PAST_BEFORE = new Set(['be', 'to', 'will', "'ll", 'shall', 'is', 'are', 'am', 'being']);
/** A sentence opened by a schedule label: "UP NEXT: at Denver, Friday", "Coming up: the final on Saturday". */
const SCHEDULE_OPENING =
  /^\W{0,3}(?:up next|next up|coming up|next game|next match|next race|next episode)\b/i;
/**
 * A present-tense verb of a schedule right before the day ("Kickoff is Sunday", "Polls open Thursday", "The
 * hearing resumes on Friday"): news writes what is planned in the present tense, what happened in the past.
 */
const PRESENT_SCHEDULE = new Set(
  'is are opens open reopens reopen resumes resume starts start begins begin ends end closes close returns return meets meet plays play faces face hosts host visits visit airs air launches launch premieres premiere arrives arrive'.split(
    ' ',
  ),
);
/** Words before a present verb that make it no schedule: "was open Monday", "did start Friday", "would begin". */
const NOT_SCHEDULE_BEFORE = new Set(['was', 'were', 'had', 'did', 'would', 'could', 'might']);

/** Words ending in -ed that are not past verbs. */
const NOT_PAST = new Set([
  'need',
  'speed',
  'proceed',
  'succeed',
  'exceed',
  'bed',
  'red',
  'shed',
  'indeed',
  'united',
  'limited',
  'based',
  'scheduled',
  'expected',
  'planned',
  'postponed',
  'delayed',
  'adjourned',
]);

/**
 * Tense cue nearest to [start, end) within the sentence `sentence` (a span of `text`), looking at most
 * eight words back and six forward and never across a clause break (';', ':', 'that').
 */
export function tenseAround(
  text: string,
  start: number,
  end: number,
  sentence: { start: number; end: number },
): Tense {
  const before = words(text.slice(sentence.start, start)).reverse().slice(0, 8);
  const after = words(text.slice(end, sentence.end)).slice(0, 6);
  const cut = (list: string[], stopAtComma: boolean): string[] => {
    const stop = list.findIndex(
      (w) => w === ';' || w === ':' || w === 'that' || w === 'which' || (stopAtComma && w === ','),
    );
    return stop === -1 ? list : list.slice(0, stop);
  };
  const back = cut(before, false).filter((w) => w !== ',');
  const forward = cut(after, true);
  if (SCHEDULE_OPENING.test(text.slice(sentence.start, start))) return 'future';
  // The verb right before the day (or before its "on"), never read from after it: "Monday's attack is ...".
  const verbAt = back[0] === 'on' ? 1 : 0;
  if (PRESENT_SCHEDULE.has(back[verbAt] ?? '') && !NOT_SCHEDULE_BEFORE.has(back[verbAt + 1] ?? ''))
    return 'future';
  for (let i = 0; i < Math.max(back.length, forward.length); i++) {
    // Looking back, the word before a cue is back[i + 1]; looking forward, it is forward[i - 1] (or the
    // date's own nearest word before it).
    const cue = cueAt(back[i], back[i + 1], back[i + 2]) ?? cueAt(forward[i], forward[i - 1], undefined);
    if (cue) return cue;
  }
  return undefined;
}

/** The cue `word` gives, knowing the word written before it (`prev`) and the one before that. */
function cueAt(word: string | undefined, prev: string | undefined, prev2: string | undefined): Tense {
  if (!word) return undefined;
  if (word.endsWith("'ll")) return 'future';
  if (word === 'to' && prev && TO_FUTURE.has(prev)) return 'future';
  const cue = cueOf(word);
  // "will be held", "to be announced", "is set": a participle after these is no past event.
  if (cue === 'past' && prev && NOT_PAST_BEFORE.has(prev)) {
    if (prev === 'be' && prev2 && /^(?:will|'ll|shall|to|must|should|could|may|might|can|would)$/.test(prev2))
      return prev2 === 'would' || prev2 === 'could' || prev2 === 'might' ? undefined : 'future';
    return undefined;
  }
  return cue;
}

function cueOf(word: string | undefined): Tense {
  if (!word) return undefined;
  if (FUTURE.has(word) || word === 'next') return 'future';
  if (PAST.has(word)) return 'past';
  if (word.length >= 5 && word.endsWith('ed') && !NOT_PAST.has(word)) return 'past';
  return undefined;
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[a-z']+|[;:,]/g) ?? [];
}
