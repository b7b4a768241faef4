/**
 * Diagnostic (not shipped): the tuned half of gum-linking, the gold (document, title) pairs that get no right
 * card, grouped by the gold's entity type and the reason (no KB alias spotted there; only other entries' aliases;
 * the right entry spotted but not linked, or another linked). `npx tsx scripts/kb/gum-misses.ts [train|dev|test]
 * [out.tsv]` prints the groups and writes one row per missed pair (genre, doc, type, reason, title, names).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../../lib/analysis/from-text';
import { corpusDir } from '../lib/corpus';
import { nodeAnalyzer } from '../lib/node-assets';
import { normTitle, type GumDoc } from '../eval/linking';

/** A gold line with the mention's text and type, which this listing prints. */
type GumDocWithTypes = Omit<GumDoc, 'mentions'> & {
  mentions: Array<GumDoc['mentions'][number] & { text: string; type: string }>;
};

const PRONOUN =
  /^(he|she|it|they|him|her|his|hers|its|their|them|theirs|we|us|our|i|me|my|you|your|this|that|these|those|who|which|whom|whose|himself|herself|itself|themselves)$/i;

async function main(): Promise<void> {
  const analyzer = await nodeAnalyzer();
  const split = process.argv[2] ?? 'train';
  const lines = readFileSync(join(corpusDir(), 'gum-linking/gold-links.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const rows: string[] = [];
  const byReason = new Map<string, number>();
  for (const line of lines) {
    const doc = JSON.parse(line) as GumDocWithTypes;
    if (doc.corpus === 'GENTLE' || doc.split !== split) continue;
    const analysis = analyzer.analyze(articleFromText(doc.text));
    const found = new Set<string>();
    for (const e of analysis.entities) {
      const title = e.kbId ? analyzer.linker.get(e.kbId)?.wikipedia : undefined;
      if (!title || !e.card) continue;
      for (const g of doc.mentions)
        if (
          e.mentions.some((m) => m.start < g.end && g.start < m.end) &&
          normTitle(g.title) === normTitle(title)
        )
          found.add(normTitle(title));
    }
    const spotted = analyzer.linker.spot(doc.text);
    const byTitle = new Map<string, GumDocWithTypes['mentions']>();
    for (const m of doc.mentions) {
      const t = normTitle(m.title);
      byTitle.set(t, [...(byTitle.get(t) ?? []), m]);
    }
    for (const [title, ms] of byTitle) {
      if (found.has(title)) continue;
      const named = ms.filter((m) => !PRONOUN.test(m.text.trim()));
      // Entities linked over any of its mentions.
      const linked = new Set<string>();
      for (const e of analysis.entities)
        if (e.kbId && e.mentions.some((m) => ms.some((g) => m.start < g.end && g.start < m.end)))
          linked.add(`${e.kbId}=${analyzer.linker.get(e.kbId)?.wikipedia ?? '-'}${e.card ? '' : '(nocard)'}`);
      const cands = new Set<string>();
      for (const s of spotted)
        if (ms.some((g) => s.start < g.end && g.start < s.end))
          for (const c of s.candidates) cands.add(`${c}=${analyzer.linker.get(c)?.wikipedia ?? '-'}`);
      const titleInCands = [...cands].some((c) => normTitle(c.split('=')[1]) === title);
      const reason = !named.length
        ? 'only pronouns/descriptions'
        : titleInCands
          ? linked.size
            ? 'spotted right, linked other'
            : 'spotted right, no link'
          : cands.size
            ? 'spotted others only'
            : 'not spotted';
      const type = ms[0].type;
      const key = `${reason} | ${type}`;
      byReason.set(key, (byReason.get(key) ?? 0) + 1);
      rows.push(
        [
          doc.genre,
          doc.doc,
          type,
          reason,
          title,
          [...new Set(named.map((m) => m.text))].slice(0, 4).join(' / '),
          [...cands].slice(0, 4).join(' '),
          [...linked].join(' '),
        ].join('\t'),
      );
    }
  }
  writeFileSync(process.argv[3] ?? '/tmp/t12a-misses.tsv', rows.join('\n') + '\n');
  for (const [k, n] of [...byReason].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), k);
}
main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
