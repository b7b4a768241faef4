/**
 * `npm run bench -- kb [--cold=N]`: speed of the shipped KB.
 * - Cold start, median of N fresh processes (scripts/kb/cold-start-probe.ts): parseKb + createLinker + spotting
 *   and linking a 1,000-word article, with every index read in place from the file; beside it, in the same run,
 *   the same process doing at start-up what the previous version did (decode all entries, build the alias Map
 *   and the near-miss indexes). gunzip is reported apart (the caller does it: DecompressionStream in the worker).
 * - The 1,000-word article (CoNLL eng.testa documents joined): linking every gold ORG/PER/LOC mention with the
 *   linker vs fuse.js searching the whole KB for each mention (the naive approach; its index build reported apart).
 * - Scaling: the same article against KBs of 20k and 200k entries (the shipped KB plus synthetic namesakes).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { buildKbFile, namesOf } from '../../lib/kb/build-index';
import { createLinker, fromKbFile, parseKb, type KbEntity } from '../../lib/kb/index';
import { CONLL_TYPE, linkArticle, thousandWords } from '../kb/bench-article';
import { median, medianMs } from '../lib/timing';

interface ColdStart {
  gunzip: number;
  parse: number;
  createLinker: number;
  firstArticle: number;
  total: number;
  cpu: number;
}

export async function run(args: string[]): Promise<void> {
  const gz = readFileSync(join(process.cwd(), 'assets/kb/kb.bin.gz'));
  const article = thousandWords();
  const mentions = article.spans.filter((s) => CONLL_TYPE[s.label]);

  const runs = Number(args.find((a) => a.startsWith('--cold='))?.slice(7) ?? 5);
  const probe = (extra: string[]): ColdStart =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', 'scripts/kb/cold-start-probe.ts', ...extra],
        {
          encoding: 'utf8',
        },
      ),
    ) as ColdStart;
  const ours: ColdStart[] = [];
  const before: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(probe([]));
    before.push(probe(['--startup-index']));
  }
  const med = (list: ColdStart[], k: keyof ColdStart) => median(list.map((c) => c[k]));
  const line = (list: ColdStart[]) =>
    `${med(list, 'total').toFixed(0)} ms (parseKb ${med(list, 'parse').toFixed(1)}, createLinker ${med(list, 'createLinker').toFixed(1)}, first article ${med(list, 'firstArticle').toFixed(0)}); CPU ${med(list, 'cpu').toFixed(0)} ms; gunzip apart ${med(list, 'gunzip').toFixed(0)} ms`;
  console.log(
    `cold start, median of ${runs} fresh processes (parse + createLinker + first 1,000-word article):`,
  );
  console.log(`  prebuilt indexes, read in place:        ${line(ours)}`);
  console.log(`  baseline, indexes built at start-up:    ${line(before)}`);
  console.log(
    `  ratio baseline/ours: ${(med(before, 'total') / med(ours, 'total')).toFixed(1)}× wall, ${(med(before, 'cpu') / med(ours, 'cpu')).toFixed(1)}× CPU; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores (wall times stretch under load)`,
  );

  const kb = parseKb(gunzipSync(gz));
  const warmParse = medianMs(() => parseKb(gunzipSync(gz)), 7, 1);
  const parseOnly = medianMs(() => parseKb(gunzipSync(gz)).indexOf('gb-labour-party'), 7, 1);
  console.log(
    `warm gunzip+parseKb median: ${warmParse.toFixed(1)} ms (with a first id lookup ${parseOnly.toFixed(1)} ms); KB ${kb.size} entries, ${gz.length} bytes gzip`,
  );

  console.log(`article: ${article.text.split(/\s+/).length} words, ${mentions.length} mentions`);
  const linkerMs = medianMs(() => linkArticle(createLinker(kb), article), 9, 2);
  const f0 = performance.now();
  const pool = kb.entities.flatMap((e, index) => namesOf(e).map((alias) => ({ index, alias })));
  const fuse = new Fuse(pool, { keys: ['alias'], includeScore: true, threshold: 0.34, ignoreLocation: true });
  const fuseIndexMs = performance.now() - f0;
  const naive = medianMs(() => mentions.forEach((m) => fuse.search(m.text, { limit: 5 })), 3, 1);
  console.log(
    `linker: ${linkerMs.toFixed(1)} ms per article (${((linkerMs * 1000) / mentions.length).toFixed(0)} µs per mention, spot included)`,
  );
  console.log(
    `naive fuse.js over the whole KB (${pool.length} names): ${naive.toFixed(0)} ms per article (+ ${fuseIndexMs.toFixed(0)} ms index build)`,
  );
  console.log(`speed-up: ${(naive / linkerMs).toFixed(1)}× (target ≥ 20×)`);

  const times: number[] = [];
  for (const size of [20_000, 200_000]) {
    const big = fromKbFile(
      buildKbFile(withSynthetic(kb.entities, size), { seed: { name: 'synthetic', licence: 'CC0 1.0' } }),
    );
    const t = medianMs(() => linkArticle(createLinker(big), article), 7, 2);
    times.push(t);
    console.log(`synthetic KB ${size}: ${t.toFixed(1)} ms per article`);
  }
  console.log(`scaling 200k/20k: ${(times[1] / times[0]).toFixed(2)} (target ≤ 2)`);
}

/** The shipped entries plus deterministic synthetic ones (made-up names, some sharing real words) up to `size`. */
function withSynthetic(real: readonly KbEntity[], size: number): KbEntity[] {
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ren',
    'tas',
    'vor',
    'ul',
    'bra',
    'en',
    'dor',
    'sil',
    'qua',
    'ne',
    'pi',
    'zar',
    'ost',
  ];
  const words = ['National', 'Party', 'Bank', 'City', 'Union', 'Council', 'Group', 'Agency'];
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const word = () => {
    let w = '';
    for (let n = 2 + Math.floor(rand() * 2); n > 0; n--)
      w += syllables[Math.floor(rand() * syllables.length)];
    return w[0].toUpperCase() + w.slice(1);
  };
  const out = real.map((e) => ({ ...e, sources: ['seed'] }));
  for (let i = out.length; i < size; i++) {
    const name =
      rand() < 0.3 ? `${word()} ${words[Math.floor(rand() * words.length)]}` : `${word()} ${word()}`;
    out.push({
      id: `synthetic-${i}`,
      type: (['organization', 'person', 'place'] as const)[i % 3],
      name,
      aliases: [word()],
      prior: rand() * 0.5,
      sources: ['seed'],
    });
  }
  return out;
}
