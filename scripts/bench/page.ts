/**
 * `npm run bench -- page [N]`: detection gate, full detection and extraction against Readability's parse()
 * alone on the same pages (the Readability test pages and news-vs-other), as medians of per-page ratios.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { detectNews, quickNewsGate } from '../../lib/page/detect';
import { extractArticle } from '../../lib/page/extract';
import { decodeHtml, parseHtml } from '../../lib/page/parse-html';
import { corpusDir } from '../lib/corpus';
import { median, medianMs } from '../lib/timing';

function pages(root: string, limit: number): Array<{ html: string; url: string }> {
  const out: Array<{ html: string; url: string }> = [];
  const rdir = join(root, 'readability/test/test-pages');
  for (const slug of readdirSync(rdir).sort())
    out.push({
      html: readFileSync(join(rdir, slug, 'source.html'), 'utf8'),
      url: 'http://fakehost/test/page.html',
    });
  const lines = readFileSync(join(root, 'news-vs-other/labels.tsv'), 'utf8').trim().split('\n').slice(1);
  for (const line of lines) {
    const [path, , , url] = line.split('\t');
    out.push({
      html: decodeHtml(new Uint8Array(gunzipSync(readFileSync(join(root, 'news-vs-other', path))))),
      url,
    });
  }
  // Spread the sample over both sets.
  const step = Math.max(1, Math.floor(out.length / limit));
  return out.filter((_, i) => i % step === 0).slice(0, limit);
}

/** Entry point for scripts/bench.ts. Optional first arg: number of pages (default 60). */
export async function run(args: string[]): Promise<void> {
  const limit = Number(args[0] ?? 60) || 60;
  const sample = pages(corpusDir(), limit);
  const gateRatio: number[] = [];
  const detectRatio: number[] = [];
  const extractRatio: number[] = [];
  const readabilityMs: number[] = [];
  const gateMs: number[] = [];
  const extractMs: number[] = [];
  for (const { html, url } of sample) {
    const doc = parseHtml(html, url);
    // Readability needs a fresh document each run: like extractArticle, it parses a clone.
    const base = medianMs(() => new Readability(doc.cloneNode(true) as Document).parse(), 5, 1);
    const gate = medianMs(() => quickNewsGate(doc, url), 15, 3);
    const full = medianMs(() => detectNews(doc, url), 5, 1);
    const verdict = detectNews(doc, url);
    const extract = medianMs(() => extractArticle(doc, url, { verdict }), 5, 1);
    readabilityMs.push(base);
    gateMs.push(gate);
    extractMs.push(extract);
    gateRatio.push(gate / base);
    detectRatio.push(full / base);
    extractRatio.push(extract / base);
  }
  const r = (x: number) => x.toFixed(3);
  console.log(`pages: ${sample.length} (Readability test pages + news-vs-other), linkedom documents`);
  console.log(`  Readability parse() on a clone  median ${r(median(readabilityMs))} ms`);
  console.log(
    `  quickNewsGate                   median ${r(median(gateMs))} ms   ratio to Readability: median ${(median(gateRatio) * 100).toFixed(2)}%  (target ≤ 2%)`,
  );
  console.log(`  detectNews (full)               ratio to Readability: median ${r(median(detectRatio))}×`);
  console.log(
    `  extractArticle (verdict given)  median ${r(median(extractMs))} ms   ratio to Readability: median ${r(median(extractRatio))}×  (target ≤ 1.3×)`,
  );
}
