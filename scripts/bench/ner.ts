/**
 * `npm run bench -- ner`: speed of the trained entity tagger (lib/nlp/tagger).
 * - Model load: parseNerModel + createTagger on the shipped assets/models/ner.bin.gz (median).
 * - A ~1,000-word news text (the seed article's paragraphs repeated): our tag() vs compromise's
 *   nlp(text).organizations(), the baseline, medians measured in the same run, and their ratio.
 * - A 1 MB text (the same paragraphs repeated): one tag() call must complete; its time and entity count.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { createTagger, parseNerModel } from '../../lib/nlp/tagger/index';
import { projectRoot, readNodeAsset } from '../lib/node-assets';
import { medianMs } from '../lib/timing';

/** The seed article's paragraphs repeated until the text has at least `words` words. */
function newsText(words: number): string {
  const seed = readFileSync(resolve(projectRoot, '../shared/seed/labour-cyber-attack-2019.txt'), 'utf8');
  const paragraphs = seed.split(/\n\s*\n/u).filter((p) => p.trim());
  const out: string[] = [];
  let count = 0;
  for (let k = 0; count < words; k++) {
    const p = paragraphs[k % paragraphs.length]!;
    out.push(p);
    count += p.split(/\s+/u).filter(Boolean).length;
  }
  return out.join('\n\n');
}

export async function run(): Promise<void> {
  const bytes = readNodeAsset('ner');
  const cold0 = performance.now();
  let tagger = createTagger(parseNerModel(bytes));
  const coldMs = performance.now() - cold0;
  const loadMs = medianMs(() => (tagger = createTagger(parseNerModel(bytes))), 9, 2);
  console.log(
    `model: ${bytes.length} bytes (${(bytes.length / 1024).toFixed(0)} KB); load ${coldMs.toFixed(1)} ms cold, ${loadMs.toFixed(1)} ms median`,
  );

  const article = newsText(1000);
  const words = article.split(/\s+/u).filter(Boolean).length;
  const ours = medianMs(() => tagger.tag(article));
  const theirs = medianMs(() => nlp(article).organizations().out('array'));
  console.log(
    `${words}-word news text: tag() ${ours.toFixed(1)} ms; compromise organizations() ${theirs.toFixed(1)} ms; ratio ours/compromise ${(ours / theirs).toFixed(2)}`,
  );

  let big = '';
  const unit = newsText(1000);
  while (big.length < 1_000_000) big += unit + '\n\n';
  big = big.slice(0, 1_000_000);
  const t0 = performance.now();
  const spans = tagger.tag(big);
  const bigMs = performance.now() - t0;
  console.log(
    `1 MB text (${big.length} chars): tag() completed in ${bigMs.toFixed(0)} ms, ${spans.length} entities`,
  );
}
