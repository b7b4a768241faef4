/**
 * `npm run bench -- growth`: how the stages that must stay linear grow with the article. Each stage runs on
 * a quarter-megabyte and a one-megabyte article in the same run; the ratio of the two times is the figure
 * (about 4 when linear, about 16 when quadratic). These were wall-clock limits in unit tests, which failed
 * on a loaded machine and passed a slow change on a fast one; the tests keep the results, this keeps the speed.
 * Also the tagger's load, as a ratio to one tagging pass over the seed article.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnalysisEntity, EntityType } from '../../lib/contract/types';
import { extractClaims, parseClaimsModel } from '../../lib/nlp/claims';
import { extractTimeline } from '../../lib/nlp/dates/extract-timeline';
import {
  groupEntities,
  mergeMentions,
  resolveCoreference,
  type MentionCandidate,
} from '../../lib/nlp/entities';
import { splitSentences } from '../../lib/nlp/sentences';
import { createTagger, parseNerModel } from '../../lib/nlp/tagger';
import { projectRoot, readNodeAsset } from '../lib/node-assets';
import { median } from '../lib/timing';

/** Whole-word occurrences of `surface` in `text`. */
function occurrences(text: string, surface: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const word = /\w/;
  for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + 1)) {
    if (word.test(text[at - 1] ?? ' ') || word.test(text[at + surface.length] ?? ' ')) continue;
    out.push({ start: at, end: at + surface.length, text: surface });
  }
  return out;
}

const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));

const claimsModel = parseClaimsModel(
  new Uint8Array(readFileSync(resolve(projectRoot, 'assets/models/claims.bin'))),
);

/** Each stage: set-up outside the clock, then the timed work, for an article of about `chars` characters. */
const STAGES: Array<{ name: string; prepare: (chars: number) => () => unknown }> = [
  {
    name: 'timeline, one date per line',
    prepare: (chars) => {
      const text = fill(
        'The agency said on Tuesday that it had met the parties last week ahead of the December 12 election.\n',
        chars,
      );
      return () => extractTimeline(text, '2019-11-13', []);
    },
  },
  {
    name: 'timeline, no line break',
    prepare: (chars) => {
      const text = fill('The agency said on Tuesday that it had met the parties. ', chars);
      return () => extractTimeline(text, '2019-11-13', []);
    },
  },
  {
    name: 'sentences',
    prepare: (chars) => {
      const text = fill(
        'Mr. Smith said the U.S. economy grew 3.5% in Dec. 2019. "It was good," he added.\n',
        chars,
      );
      return () => splitSentences(text);
    },
  },
  {
    name: 'claims',
    prepare: (chars) => {
      const text = fill(
        'The NCSC said on Tuesday that the attack on the party had failed. "We acted swiftly on every report," a spokeswoman said. Prices rose 3% last year.\n',
        chars,
      );
      const ents: AnalysisEntity[] = [
        {
          id: 'e1',
          name: 'National Cyber Security Centre',
          type: 'organization',
          confidence: 1,
          mentions: occurrences(text, 'NCSC'),
        },
      ];
      return () => extractClaims(text, splitSentences(text), ents, claimsModel);
    },
  },
  {
    name: 'group entities',
    prepare: (chars) => {
      const text = fill(
        'The National Cyber Security centre (NCSC) told Jeremy Corbyn that Corbyn and Labour were safe. ',
        chars,
      );
      const list: Array<[string, EntityType]> = [
        ['Jeremy Corbyn', 'person'],
        ['Corbyn', 'person'],
        ['Labour', 'organization'],
      ];
      const all: MentionCandidate[] = list
        .flatMap(([s, type]) => occurrences(text, s).map((o) => ({ ...o, type, source: 'tagger' as const })))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      let reach = -1;
      const candidates = all.filter((c) => {
        const nested = c.end <= reach;
        reach = Math.max(reach, c.end);
        return !nested;
      });
      return () => groupEntities(text, candidates);
    },
  },
  {
    name: 'merge mentions',
    prepare: (chars) => {
      const text = fill(
        'Jeremy Corbyn told Labour that the National Cyber Security centre was ready. ',
        chars,
      );
      const types: Record<string, EntityType> = { corbyn: 'person', labour: 'organization' };
      const spotted = [
        ...occurrences(text, 'Corbyn').map((o) => ({ ...o, candidates: ['corbyn'] })),
        ...occurrences(text, 'Labour').map((o) => ({ ...o, candidates: ['labour'] })),
      ];
      const tagged = [
        ...occurrences(text, 'Jeremy Corbyn').map((o) => ({ ...o, type: 'PER' as const })),
        ...occurrences(text, 'National Cyber Security').map((o) => ({ ...o, type: 'ORG' as const })),
      ];
      return () => mergeMentions(text, spotted, tagged, (id) => types[id]);
    },
  },
  {
    name: 'coreference',
    prepare: (chars) => {
      const text = fill(
        "Britain's spy agency GCHQ watched. Labour told the NCSC. The agency said the party was safe.\n",
        chars,
      );
      const kinds: Record<string, string> = {
        labour: 'political party',
        ncsc: 'government agency',
        gchq: 'intelligence agency',
      };
      const entity = (id: string, surface: string): AnalysisEntity => ({
        id,
        name: surface,
        type: 'organization',
        kbId: id,
        confidence: 1,
        mentions: occurrences(text, surface),
      });
      const entities = [entity('labour', 'Labour'), entity('ncsc', 'NCSC'), entity('gchq', 'GCHQ')];
      return () => resolveCoreference(text, entities, (id) => kinds[id]);
    },
  },
];

/** Median ms of `runs` runs of `fn`. */
function timeMs(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function run(args: string[] = []): Promise<void> {
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
  console.log('stage                           250 KB ms   1 MB ms   ratio (linear ≈ 4)');
  for (const stage of STAGES) {
    const small = timeMs(stage.prepare(250_000), runs);
    const large = timeMs(stage.prepare(1_000_000), runs);
    const ratio = large / Math.max(small, 0.001);
    const verdict = ratio > 8 ? '  ← grows faster than linear' : '';
    console.log(
      `${stage.name.padEnd(30)} ${small.toFixed(1).padStart(10)} ${large.toFixed(1).padStart(9)} ${ratio.toFixed(1).padStart(8)}${verdict}`,
    );
  }
  const bytes = readNodeAsset('ner');
  const seed = readFileSync(resolve(projectRoot, 'fixtures/seed/labour-cyber-attack-2019.txt'), 'utf8');
  const load = timeMs(() => createTagger(parseNerModel(bytes)), runs);
  const tagger = createTagger(parseNerModel(bytes));
  const tag = timeMs(() => tagger.tag(seed), runs);
  console.log(
    `tagger load ${load.toFixed(1)} ms = ${(load / Math.max(tag, 0.001)).toFixed(1)} × one tagging of the seed article (${tag.toFixed(1)} ms)`,
  );
}
