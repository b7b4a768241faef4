/**
 * PolNeAR (../shared/corpus/polnear-train, never copied): articles with their attributions (Source, Cue,
 * Content spans), read as `../shared/corpus/README.md` says: one .ann per article, the first annotator listed
 * in metadata.tsv; Discuss/Discard spans and notes ignored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../lib/contract/types';
import { corpusDir } from './corpus';

/** One attribution: its parts as lists of segments (a part can be discontinuous). */
export interface Attribution {
  source: Span[];
  cue: Span[];
  /** Content plus Content2, all segments. */
  content: Span[];
}

/** One article: its text (title line first) and attributions. */
export interface PolnearArticle {
  name: string;
  publisher: string;
  text: string;
  attributions: Attribution[];
}

const segments = (offsets: string): Span[] =>
  offsets.split(';').map((pair) => {
    const [s, e] = pair.trim().split(/\s+/).map(Number);
    return { start: s!, end: e! };
  });

/** Parses one brat .ann file into attributions. */
export function parseAnn(ann: string): Attribution[] {
  const spans = new Map<string, Span[]>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const head = cols[1]!;
      const space = head.indexOf(' ');
      spans.set(cols[0]!, segments(head.slice(space + 1)));
    } else if (line.startsWith('E') && cols.length >= 2) {
      events.push(cols[1]!.trim().split(/\s+/));
    }
  }
  const out: Attribution[] = [];
  for (const args of events) {
    const a: Attribution = { source: [], cue: [], content: [] };
    for (const arg of args) {
      const [role, id] = arg.split(':');
      const parts = spans.get(id ?? '') ?? [];
      if (role === 'Source') a.source.push(...parts);
      else if (role === 'Cue') a.cue.push(...parts);
      else if (role?.startsWith('Content')) a.content.push(...parts);
    }
    out.push(a);
  }
  return out;
}

/** The articles of one split ('train' or 'dev'), in metadata order. */
export function readPolnear(split: 'train' | 'dev'): PolnearArticle[] {
  const dir = join(corpusDir(), 'polnear-train');
  const rows = readFileSync(join(dir, 'metadata.tsv'), 'utf8').split('\n').slice(1);
  const out: PolnearArticle[] = [];
  for (const row of rows) {
    const cols = row.split('\t');
    if (cols[0] !== split) continue;
    const name = cols[1]!;
    const annotator = cols[3]!.split('|')[0]!;
    const text = readFileSync(join(dir, split, 'text', `${name}.txt`), 'utf8');
    const ann = readFileSync(join(dir, split, 'attributions', `${name}_${annotator}.ann`), 'utf8');
    out.push({ name, publisher: cols[4]!, text, attributions: parseAnn(ann) });
  }
  return out;
}

/**
 * Whether a training article is held out (never trained on, never tuned on): one in ten by a hash of its
 * name, so whole articles stay together.
 */
export function isHeldOut(name: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 10 === 0;
}
