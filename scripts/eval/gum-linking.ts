/**
 * `npm run eval -- gum-linking`: cards against GUM's Wikipedia links (../shared/corpus/gum-linking, scored as its
 * README says). analyze() runs on each document's text; a system entity's title is the English Wikipedia title
 * of its KB entry. card precision: of the entities with a title and a mention overlapping a titled gold mention,
 * the share whose title is the title of a gold mention they overlap. recall: gold (document, title) pairs found,
 * over all such pairs. GUM's own train split is the tuning part; dev + test are held out; GENTLE is reported apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../../lib/analysis/from-text';
import { corpusDir } from '../lib/corpus';
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from '../../lib/analysis/engine';
import { loadNodeAsset } from '../lib/node-assets';

interface GoldDoc {
  doc: string;
  corpus: string;
  genre: string;
  split: string;
  text: string;
  mentions: Array<{ start: number; end: number; title: string }>;
}

interface Tally {
  docs: number;
  scored: number;
  right: number;
  pairs: number;
  found: number;
}

const canon = (t: string) => {
  let s = t;
  try {
    s = decodeURIComponent(s);
  } catch {
    // a title with a literal '%' stays as it is
  }
  s = s.replace(/_/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

export async function run(args: string[]): Promise<void> {
  const limit = Number(args.find((a) => a.startsWith('--docs='))?.slice(7) ?? Infinity);
  const docs = readFileSync(join(corpusDir(), 'gum-linking/gold-links.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldDoc)
    .filter((d) => d.text && d.mentions?.length)
    .slice(0, limit);
  // --kb=path compares another KB file (e.g. the previous build) with the same pipeline.
  const kbPath = args.find((a) => a.startsWith('--kb='))?.slice(5);
  const analyzer = await createAnalyzer(async (name) =>
    name === 'kb' && kbPath ? new Uint8Array(await readFile(kbPath)) : loadNodeAsset(name),
  );
  const tallies = new Map<string, Tally>();
  const wrong: string[] = [];
  for (const d of docs) {
    const part =
      d.corpus === 'GENTLE'
        ? 'GENTLE (out of domain)'
        : d.split === 'train'
          ? 'GUM train (tuning)'
          : 'GUM dev+test (held out)';
    const t = tallies.get(part) ?? { docs: 0, scored: 0, right: 0, pairs: 0, found: 0 };
    tallies.set(part, t);
    t.docs++;
    const gold = d.mentions.map((m) => ({ ...m, title: canon(m.title) }));
    const goldTitles = new Set(gold.map((m) => m.title));
    t.pairs += goldTitles.size;
    const analysis = analyzer.analyze(articleFromText(d.text, { isNews: true }));
    const found = new Set<string>();
    for (const e of analysis.entities) {
      const link = e.card?.links?.find((l) => l.url.includes('wikipedia.org/wiki/'));
      if (!link) continue;
      const title = canon(link.url.slice(link.url.indexOf('/wiki/') + 6));
      const overlapping = gold.filter((g) => e.mentions.some((m) => m.start < g.end && g.start < m.end));
      if (!overlapping.length) continue;
      t.scored++;
      if (overlapping.some((g) => g.title === title)) {
        t.right++;
        found.add(title);
      } else if (wrong.length < 40)
        wrong.push(`${d.doc}: '${e.mentions[0].text}' → ${title} (gold ${overlapping[0].title})`);
    }
    t.found += found.size;
  }
  const all: Tally = { docs: 0, scored: 0, right: 0, pairs: 0, found: 0 };
  console.log(
    'part                          docs  card precision        recall (doc,title)   wrong cards/doc',
  );
  const row = (name: string, t: Tally) =>
    console.log(
      `${name.padEnd(30)}${String(t.docs).padStart(4)}  ${(t.right / Math.max(1, t.scored)).toFixed(3)} (${t.right}/${t.scored})`.padEnd(
        58,
      ) +
        `${(t.found / Math.max(1, t.pairs)).toFixed(3)} (${t.found}/${t.pairs})`.padEnd(21) +
        ((t.scored - t.right) / Math.max(1, t.docs)).toFixed(2),
    );
  for (const [name, t] of [...tallies].sort()) {
    row(name, t);
    if (!name.startsWith('GENTLE')) for (const k of Object.keys(all) as Array<keyof Tally>) all[k] += t[k];
  }
  row('GUM all', all);
  if (args.includes('--wrong')) for (const w of wrong) console.log(`  wrong ${w}`);
}
