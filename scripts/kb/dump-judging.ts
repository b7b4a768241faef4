/**
 * `npx tsx scripts/kb/dump-judging.ts <page> …`: for judging linking by hand, each page's entities as
 * `analyze()` returns them, one line each: the name, its type, the card it gets (KB id, kind, country,
 * confidence) and, when it gets none, the KB entries its names match exactly. Pages are ids as in
 * scripts/eval/judged-names.json ('readability/<slug>', 'metadata-dev/html/<source>/<file>').
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseKb } from '../../lib/kb/index';
import { normaliseAlias } from '../../lib/kb/normalise';
import { readCorpusPage } from '../eval/linking';
import { nodeAnalyzer, projectRoot } from '../lib/node-assets';

const kb = parseKb(gunzipSync(readFileSync(join(projectRoot, 'assets/kb/kb.bin.gz'))));
const analyzer = await nodeAnalyzer();
for (const page of process.argv.slice(2)) {
  const analysis = analyzer.analyze(readCorpusPage(page));
  console.log(`\n## ${page} | ${analysis.article.title ?? ''} | ${analysis.article.publisher ?? ''}`);
  for (const e of analysis.entities) {
    const k = e.kbId ? kb.entity(kb.indexOf(e.kbId)!) : undefined;
    const names = [...new Set(e.mentions.map((m) => m.text))];
    const exact = k
      ? []
      : [...new Set(names.flatMap((n) => [...(kb.lookup(normaliseAlias(n)) ?? [])]))].slice(0, 4).map((i) => {
          const c = kb.entity(i);
          return `${c.id}(${c.kind ?? c.type},${c.country ?? ''})`;
        });
    if (!k && !exact.length) continue;
    const first = e.mentions[0];
    const ctx = analysis.article.text
      .slice(Math.max(0, first.start - 40), first.end + 40)
      .replace(/\s+/g, ' ');
    console.log(
      `${names.slice(0, 3).join(' / ')} | ${e.type} | ${k ? `${k.id} (${k.kind ?? k.type}, ${k.country ?? ''}) ${e.confidence}` : `none; exact: ${exact.join(' ')}`} | …${ctx}…`,
    );
  }
}
