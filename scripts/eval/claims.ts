/**
 * `npm run eval -- claims`: the shipped check-worthiness model (assets/models/claims.bin) on CheckThat! 2024
 * English dev-test (317 sentences, never trained on): positive-class P, R, F1 at threshold 0.5 and average
 * precision of the ranking. Baselines in the same run: "the sentence contains a number" and "everything is check-worthy".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../../lib/nlp/claims';
import { parseClaimsModel, type CheckworthinessModel } from '../../lib/nlp/claims/model';
import { splitSentences } from '../../lib/nlp/sentences';
import { entitiesFor } from '../../fixtures/nlp-claims/seed-entities';
import { readDevTest } from '../train-claims';
import { articleFromText } from '../../lib/analysis/from-text';
import { nodeAnalyzer } from '../lib/node-assets';

interface Scores {
  precision: number;
  recall: number;
  f1: number;
  ap: number;
}

/** P/R/F1 of `score >= threshold`, and average precision of the ranking by score. */
function measure(scores: number[], labels: boolean[], threshold = 0.5): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    if (s >= threshold && labels[i]) tp++;
    else if (s >= threshold) fp++;
    else if (labels[i]) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  // Average precision as scikit-learn defines it: sum over distinct score thresholds of (R_n - R_(n-1)) * P_n,
  // so tied scores (a yes/no baseline) count as one step.
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const positives = labels.filter(Boolean).length;
  let hits = 0;
  let seen = 0;
  let lastRecall = 0;
  let sum = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    seen++;
    if (labels[i]) hits++;
    const next = order[k + 1];
    if (next !== undefined && scores[next] === scores[i]) continue;
    const r = hits / positives;
    sum += (r - lastRecall) * (hits / seen);
    lastRecall = r;
  }
  return { precision, recall, f1, ap: positives ? sum : 0 };
}

const row = (name: string, s: Scores): string =>
  `${name.padEnd(34)} F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  AP ${s.ap.toFixed(3)}`;

export async function run(): Promise<void> {
  const data = readDevTest();
  const labels = data.map((d) => d.positive);
  const model = parseClaimsModel(
    new Uint8Array(readFileSync(join(process.cwd(), 'assets/models/claims.bin'))),
  );
  const t0 = performance.now();
  const modelScores = data.map((d) => model.score(d.text));
  const ms = performance.now() - t0;
  const hasNumber = data.map((d) =>
    /\d|\b(million|billion|percent|half|twice|hundred|thousand)\b/i.test(d.text) ? 1 : 0,
  );
  const allYes = data.map(() => 1);
  console.log(
    `CheckThat! 2024 English dev-test: ${data.length} sentences, ${labels.filter(Boolean).length} check-worthy`,
  );
  console.log(row('model (threshold 0.5)', measure(modelScores, labels)));
  console.log(row('baseline: contains a number', measure(hasNumber, labels)));
  console.log(row('baseline: everything check-worthy', measure(allYes, labels)));
  console.log(`model scoring: ${((ms * 1000) / data.length).toFixed(1)} µs per sentence`);
  reliability(modelScores, labels);
  seedArticle(model);
  await seedThroughAnalyze();
}

/** The seed article through analyze() (the linker's entities, as the reader sees it), plus the nested report. */
async function seedThroughAnalyze(): Promise<void> {
  const text = readFileSync(join(process.cwd(), '../shared/seed/labour-cyber-attack-2019.txt'), 'utf8');
  const expected = (
    JSON.parse(readFileSync(join(process.cwd(), '../shared/seed/expected.json'), 'utf8')) as {
      claims: Array<{ text: string; kind: string; speaker: string }>;
    }
  ).claims;
  const { claims } = (await nodeAnalyzer()).analyze(articleFromText(text));
  const missing = expected.filter(
    (e) => !claims.some((c) => c.text === e.text && c.kind === e.kind && c.speaker?.name === e.speaker),
  );
  const nested = claims.some(
    (c) =>
      c.text === 'there was no evidence to suggest any state-sponsored attack' &&
      /GCHQ sources/i.test(c.speaker?.name ?? ''),
  );
  const top = [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness).slice(0, 5);
  console.log(
    `seed article through analyze(): ${expected.length - missing.length}/${expected.length} expected claims with text, kind and speaker; ` +
      `nested "GCHQ sources said" claim ${nested ? 'found' : 'missing'}; top five: ${top.map((c) => `"${c.text.slice(0, 40)}…"`).join(', ')}`,
  );
  for (const m of missing) console.log(`  missing: ${m.speaker} / ${m.kind} / ${m.text}`);
}

/** Calibration: per band of predicted probability, how often the sentences were check-worthy; and the ECE. */
function reliability(scores: number[], labels: boolean[]): void {
  console.log(
    'calibration (reliability table): predicted band, sentences, mean predicted, share check-worthy',
  );
  let ece = 0;
  for (let b = 0; b < 10; b++) {
    const idx = scores.map((s, i) => i).filter((i) => Math.min(9, Math.floor(scores[i]! * 10)) === b);
    if (idx.length === 0) continue;
    const mean = idx.reduce((n, i) => n + scores[i]!, 0) / idx.length;
    const observed = idx.filter((i) => labels[i]).length / idx.length;
    ece += (idx.length / scores.length) * Math.abs(mean - observed);
    console.log(
      `  ${(b / 10).toFixed(1)}-${((b + 1) / 10).toFixed(1)}  ${String(idx.length).padStart(4)}  ${mean.toFixed(3)}  ${observed.toFixed(3)}`,
    );
  }
  console.log(`  expected calibration error ${ece.toFixed(3)}`);
}

/** The seed article's reviewer-checked claims (../shared/seed/expected.json): text, kind and speaker all right. */
function seedArticle(model: CheckworthinessModel): void {
  const text = readFileSync(join(process.cwd(), '../shared/seed/labour-cyber-attack-2019.txt'), 'utf8');
  const expected = (
    JSON.parse(readFileSync(join(process.cwd(), '../shared/seed/expected.json'), 'utf8')) as {
      claims: Array<{ text: string; kind: string; speaker: string }>;
    }
  ).claims;
  const claims = extractClaims(text, splitSentences(text), entitiesFor(text), model);
  const full = expected.filter((e) =>
    claims.some((c) => c.text === e.text && c.kind === e.kind && c.speaker?.name === e.speaker),
  ).length;
  const textOnly = expected.filter((e) => claims.some((c) => c.text === e.text)).length;
  // Baseline: the words between each pair of double quote marks, no speaker.
  const quoted = [...text.matchAll(/"([^"\n]+)"/g)].map((m) => m[1]!.replace(/[,\s]+$/, ''));
  const baseline = expected.filter((e) => quoted.includes(e.text)).length;
  console.log(
    `seed article: ${full}/${expected.length} expected claims with text, kind and speaker (${textOnly}/${expected.length} text); ` +
      `baseline "text between quote marks": ${baseline}/${expected.length} text, no speakers; ${claims.length} claims in all`,
  );
}
