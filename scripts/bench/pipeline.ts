/**
 * `npm run bench -- pipeline`: the whole analyze() (entities, links, cards, claims, timeline) on a
 * 1,000-word article, as a ratio to compromise's nlp(text).organizations() on the same text in the same run;
 * the worker's cold start (load KB and models, first analysis); and a 1 MB text completing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { articleFromText } from '../../lib/analysis/from-text';
import { createAnalyzer } from '../../lib/analysis/engine';
import { loadNodeAsset, projectRoot } from '../lib/node-assets';
import { median, medianMs } from '../lib/timing';

/** The seed article's paragraphs repeated until the text has about `words` words. */
function newsText(words: number): string {
  const seed = readFileSync(resolve(projectRoot, 'fixtures/seed/labour-cyber-attack-2019.txt'), 'utf8');
  const paragraphs = seed.split(/\n\s*\n/u).filter((p) => p.trim());
  const out: string[] = [];
  for (let k = 0, count = 0; count < words; k++) {
    const p = paragraphs[k % paragraphs.length];
    out.push(p);
    count += p.split(/\s+/u).length;
  }
  return out.join('\n\n');
}

export async function run(): Promise<void> {
  const colds: number[] = [];
  const firsts: number[] = [];
  const article = articleFromText(newsText(1000), { publishedAt: '2019-11-13T14:38' });
  let analyzer = await createAnalyzer(loadNodeAsset);
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    analyzer = await createAnalyzer(loadNodeAsset);
    const t1 = performance.now();
    analyzer.analyze(article);
    colds.push(t1 - t0);
    firsts.push(performance.now() - t1);
  }
  console.log(
    `cold start (read + decode KB and models): median ${median(colds).toFixed(0)} ms; first analysis ${median(firsts).toFixed(0)} ms; total ${(median(colds) + median(firsts)).toFixed(0)} ms`,
  );
  const words = article.text.split(/\s+/u).length;
  const ours = medianMs(() => analyzer.analyze(article), 9, 2);
  const theirs = medianMs(() => nlp(article.text).organizations().out('array'), 9, 2);
  console.log(
    `${words}-word article: analyze() ${ours.toFixed(1)} ms (entities + links + cards + claims + timeline); compromise organizations() ${theirs.toFixed(1)} ms; ratio ${(ours / theirs).toFixed(2)}`,
  );
  let big = '';
  while (big.length < 1_000_000) big += `${article.text}\n\n`;
  big = big.slice(0, 1_000_000);
  const t0 = performance.now();
  const result = analyzer.analyze(articleFromText(big, { publishedAt: '2019-11-13T14:38' }));
  console.log(
    `1 MB text: analyze() completed in ${(performance.now() - t0).toFixed(0)} ms; ${result.entities.length} entities, ${result.claims.length} claims, ${result.timeline.length} dates`,
  );
}
