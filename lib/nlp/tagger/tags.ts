/**
 * The tagger's label set: BILOU tags (Begin, Inside, Last, Unit) per entity type plus O, the conversion
 * from CoNLL's IOB1 tags, which tag may follow which, and how a tag sequence becomes entity spans.
 */

/** Entity types the tagger finds, in CoNLL-2003's names. */
export type EntityLabel = 'ORG' | 'PER' | 'LOC' | 'MISC';

/** The four types in the order their tags are numbered. */
const ENTITY_LABELS: readonly EntityLabel[] = ['ORG', 'PER', 'LOC', 'MISC'];

/** Number of tags: O and B/I/L/U for each type. */
export const TAG_COUNT = 1 + 4 * ENTITY_LABELS.length;

const PARTS = ['B', 'I', 'L', 'U'] as const;
type Part = (typeof PARTS)[number];

/** Tag number of a part of an entity type (0 is O). */
export function tagOf(part: Part, label: EntityLabel): number {
  return 1 + 4 * ENTITY_LABELS.indexOf(label) + PARTS.indexOf(part);
}

/** The readable name of a tag number, e.g. 'B-ORG' or 'O'. */
export function tagName(tag: number): string {
  if (tag === 0) return 'O';
  return `${PARTS[(tag - 1) % 4]}-${ENTITY_LABELS[Math.floor((tag - 1) / 4)]}`;
}

const partOf = (tag: number): Part | 'O' => (tag === 0 ? 'O' : PARTS[(tag - 1) % 4]!);
const labelOf = (tag: number): EntityLabel => ENTITY_LABELS[Math.floor((tag - 1) / 4)]!;

/** Whether `next` may follow `prev` (-1 = sentence start); at the sentence's end, `next` = -1 asks if `prev` may end it. */
export function allowedTransition(prev: number, next: number): boolean {
  const open = prev > 0 && (partOf(prev) === 'B' || partOf(prev) === 'I');
  if (next < 0) return !open;
  const part = partOf(next);
  if (open) return (part === 'I' || part === 'L') && labelOf(next) === labelOf(prev);
  return part === 'O' || part === 'B' || part === 'U';
}

/** A run of tokens [first, last] with one entity type. */
export interface TokenRun {
  first: number;
  last: number;
  label: EntityLabel;
}

/** Entity runs in CoNLL IOB1 tags ('I-ORG', 'B-ORG' only between two adjacent entities of one type). */
export function runsFromIob1(tags: string[]): TokenRun[] {
  const runs: TokenRun[] = [];
  let open: TokenRun | undefined;
  tags.forEach((tag, i) => {
    if (tag === 'O') {
      open = undefined;
      return;
    }
    const [prefix, label] = tag.split('-') as [string, EntityLabel];
    if (open && open.label === label && prefix === 'I') {
      open.last = i;
      return;
    }
    open = { first: i, last: i, label };
    runs.push(open);
  });
  return runs;
}

/** BILOU tag numbers for `length` tokens holding the given runs. */
export function bilouFromRuns(runs: TokenRun[], length: number): number[] {
  const tags = new Array<number>(length).fill(0);
  for (const run of runs) {
    if (run.first === run.last) {
      tags[run.first] = tagOf('U', run.label);
      continue;
    }
    tags[run.first] = tagOf('B', run.label);
    for (let i = run.first + 1; i < run.last; i++) tags[i] = tagOf('I', run.label);
    tags[run.last] = tagOf('L', run.label);
  }
  return tags;
}

/** Entity runs in a BILOU tag sequence; a run left open by a malformed sequence is closed where it stops. */
export function runsFromBilou(tags: ArrayLike<number>): TokenRun[] {
  const runs: TokenRun[] = [];
  let open: TokenRun | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const part = partOf(tag);
    if (part === 'O') {
      open = undefined;
      continue;
    }
    const label = labelOf(tag);
    if ((part === 'I' || part === 'L') && open && open.label === label) {
      open.last = i;
    } else {
      open = { first: i, last: i, label };
      runs.push(open);
    }
    if (part === 'L' || part === 'U') open = undefined;
  }
  return runs;
}
