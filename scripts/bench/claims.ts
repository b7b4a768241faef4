/**
 * `npm run bench -- claims`: speed of sentence splitting, claim extraction and check-worthiness scoring.
 * - Sentences: splitSentences vs compromise's sentence splitter (the baseline) on the seed article and on ~1 MB.
 * - Claims: extractClaims on the seed article (with hand-made entities) and on ~1 MB of news-like text.
 * - Model: parse time of assets/models/claims.bin and scoring time per sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { extractClaims } from '../../lib/nlp/claims';
import { parseClaimsModel } from '../../lib/nlp/claims/model';
import { splitSentences } from '../../lib/nlp/sentences';
import { entitiesFor } from '../../fixtures/nlp-claims/seed-entities';
import { medianMs } from '../lib/timing';

/** Median CPU time (user + system) of `fn` in milliseconds, after `warmup` runs. */
function medianCpuMs(fn: () => unknown, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export async function run(): Promise<void> {
  const seed = readFileSync(join(process.cwd(), 'fixtures/nlp-claims/labour-cyber-attack-2019.txt'), 'utf8');
  const big = seed.repeat(Math.ceil(1_000_000 / seed.length));
  const bytes = new Uint8Array(readFileSync(join(process.cwd(), 'assets/models/claims.bin')));

  const parseMs = medianMs(() => parseClaimsModel(bytes), 15, 3);
  const model = parseClaimsModel(bytes);
  const sentences = splitSentences(seed);
  const texts = sentences.map((s) => seed.slice(s.start, s.end));
  const scoreMs = medianMs(() => texts.forEach((t) => model.score(t)), 51, 5) / texts.length;

  const ours = medianMs(() => splitSentences(seed), 51, 5);
  const theirs = medianMs(() => nlp(seed).sentences().out('array'), 15, 3);
  const oursBig = medianMs(() => splitSentences(big), 5, 1);
  const theirsBig = medianMs(() => nlp(big).sentences().out('array'), 3, 1);
  console.log(
    `model: ${bytes.length} bytes, parse ${parseMs.toFixed(2)} ms, score ${(scoreMs * 1000).toFixed(1)} µs per sentence`,
  );
  console.log(
    `sentences, seed article: ${ours.toFixed(3)} ms vs compromise ${theirs.toFixed(2)} ms (${(theirs / ours).toFixed(0)}x faster)`,
  );
  console.log(
    `sentences, ${(big.length / 1e6).toFixed(2)} MB: ${oursBig.toFixed(1)} ms vs compromise ${theirsBig.toFixed(0)} ms (${(theirsBig / oursBig).toFixed(0)}x faster)`,
  );

  const entities = entitiesFor(seed);
  const seedClaims = medianMs(() => extractClaims(seed, sentences, entities, model), 51, 5);
  const bigSentences = splitSentences(big);
  const bigEntities = entitiesFor(big);
  const bigClaims = medianMs(() => extractClaims(big, bigSentences, bigEntities, model), 3, 1);
  const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
  console.log(
    `claims, seed article: ${seedClaims.toFixed(2)} ms (${((seedClaims * 1000) / words(seed)).toFixed(1)} ms per 1,000 words); ` +
      `${(big.length / 1e6).toFixed(2)} MB: ${bigClaims.toFixed(0)} ms (${((bigClaims * 1000) / words(big)).toFixed(1)} ms per 1,000 words; target 15)`,
  );
  // CPU time of this process: on a shared, loaded machine wall time also counts other processes' turns.
  const seedCpu = medianCpuMs(() => extractClaims(seed, sentences, entities, model), 101, 20);
  const bigCpu = medianCpuMs(() => extractClaims(big, bigSentences, bigEntities, model), 3, 1);
  console.log(
    `claims, CPU time: seed article ${((seedCpu * 1000) / words(seed)).toFixed(1)} ms per 1,000 words; ` +
      `${(big.length / 1e6).toFixed(2)} MB ${((bigCpu * 1000) / words(big)).toFixed(1)} ms per 1,000 words`,
  );
}
