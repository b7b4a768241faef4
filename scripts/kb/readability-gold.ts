/**
 * Linking accuracy on the readability corpus's English news pages, against the hand-judged gold in
 * scripts/eval/kb-gold.json. Method, printed with the figures: each page's expected.html is reduced to
 * its text; every gold case is a name the KB spots on that page, judged by hand as the KB entry a reader
 * would mean, or NIL when the page means something the KB lacks; link() gets the name (no tagger type)
 * with the page text, its publication date and site name as context. The corpus is read, never copied.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Linker } from '../../lib/kb/index';
import { corpusDir } from '../lib/corpus';

interface GoldCase {
  page: string;
  surface: string;
  kbId: string | null;
}

/** Score link() and a baseline (name → id or undefined) on the gold cases; prints the table. */
export function readabilityLinking(linker: Linker, baseline: (name: string) => string | undefined): void {
  const gold = JSON.parse(readFileSync(join(process.cwd(), 'scripts/eval/kb-gold.json'), 'utf8')) as {
    cases: GoldCase[];
  };
  const pages = new Map<string, { text: string; publishedAt?: string; publisher?: string }>();
  const dir = join(corpusDir(), 'readability/test/test-pages');
  const score = {
    inKb: 0,
    inKbOurs: 0,
    inKbBase: 0,
    nil: 0,
    nilOurs: 0,
    nilBase: 0,
    wrongOurs: 0,
    wrongBase: 0,
  };
  const misses: string[] = [];
  for (const c of gold.cases) {
    let page = pages.get(c.page);
    if (!page) {
      const html = readFileSync(join(dir, c.page, 'expected.html'), 'utf8');
      const meta = JSON.parse(readFileSync(join(dir, c.page, 'expected-metadata.json'), 'utf8')) as {
        publishedTime?: string | null;
        siteName?: string | null;
      };
      const { document } = parseHTML(`<html><body>${html}</body></html>`);
      page = {
        text: (document.body.textContent ?? '').replace(/\s+/g, ' '),
        publishedAt: meta.publishedTime ?? undefined,
        publisher: meta.siteName ?? undefined,
      };
      pages.set(c.page, page);
    }
    const ours = linker.link({ names: [c.surface] }, page)?.kbId ?? null;
    const base = baseline(c.surface) ?? null;
    if (c.kbId) {
      score.inKb++;
      if (ours === c.kbId) score.inKbOurs++;
      else if (ours) score.wrongOurs++;
      if (base === c.kbId) score.inKbBase++;
      else if (base) score.wrongBase++;
    } else {
      score.nil++;
      if (!ours) score.nilOurs++;
      else score.wrongOurs++;
      if (!base) score.nilBase++;
      else score.wrongBase++;
    }
    if (ours !== c.kbId)
      misses.push(`${c.page}: '${c.surface}' → ${ours ?? 'NIL'} (gold ${c.kbId ?? 'NIL'})`);
  }
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`.padEnd(8);
  const all = score.inKb + score.nil;
  console.log(
    `readability news pages: ${pages.size} pages, ${all} hand-judged names (${score.inKb} in the KB, ${score.nil} NIL)`,
  );
  console.log(
    '  method: names the KB spots in expected.html text, judged by hand (scripts/eval/kb-gold.json); link() with page text, date, site',
  );
  console.log(`                        ours    baseline (exact alias, top prior)`);
  console.log(
    `  accuracy (all)        ${pct(score.inKbOurs + score.nilOurs, all)}${pct(score.inKbBase + score.nilBase, all)}`,
  );
  console.log(
    `  in-KB names linked right ${pct(score.inKbOurs, score.inKb)}${pct(score.inKbBase, score.inKb)}`,
  );
  console.log(`  NIL names left unlinked  ${pct(score.nilOurs, score.nil)}${pct(score.nilBase, score.nil)}`);
  console.log(`  wrong cards shown     ${String(score.wrongOurs).padEnd(8)}${score.wrongBase}`);
  for (const m of misses) console.log(`    miss ${m}`);
}
