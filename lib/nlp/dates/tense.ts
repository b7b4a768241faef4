/**
 * Which way a date expression points from the article's clock, read from the words next to it:
 * "said on Tuesday" looks back, "will meet on Tuesday" and "ahead of the December 12 election" forward.
 */

/** 'past' or 'future' when the words around the date say so, else undefined. */
export type Tense = 'past' | 'future' | undefined;

const FUTURE = new Set(
  "will 'll shall won't wo going due scheduled expected planned plans plan upcoming ahead forthcoming coming until tomorrow".split(
    ' ',
  ),
);
const PAST = new Set(
  'said says told was were had did took met came went began held ago earlier since previously already revealed announced reported happened occurred last yesterday'.split(
    ' ',
  ),
);
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
  for (let i = 0; i < Math.max(back.length, forward.length); i++) {
    const cue = cueOf(back[i]) ?? cueOf(forward[i]);
    if (cue) return cue;
  }
  return undefined;
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
