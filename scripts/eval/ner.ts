/**
 * `npm run eval -- ner`: the trained entity tagger (lib/nlp/tagger) on CoNLL-2003 eng.testa, scored as
 * ../shared/corpus/README.md says: exact span match per type (ORG, PER, LOC), micro P/R/F1, each sentence
 * line (tokens joined by single spaces) fed to `tag()`. The baseline, measured in the same run on the same
 * lines: compromise's organizations()/people()/places(). Also reported: our tagger fed whole documents
 * (one sentence per line), and on MISC. Flags: --limit N (first N sentences), --model FILE.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import {
  countMatches,
  microCounts,
  parseConll,
  prf,
  sentenceText,
  type LabelledSpan,
  type SpanCounts,
} from '../../lib/nlp/tagger/conll';
import { createTagger, parseNerModel } from '../../lib/nlp/tagger/index';
import type { EntityLabel } from '../../lib/nlp/tagger/tags';
import { corpusDir } from '../lib/corpus';
import { ASSET_FILES } from '../../lib/analysis/asset-files';
import { projectRoot, readDataFile } from '../lib/node-assets';

const SCORED: readonly EntityLabel[] = ['ORG', 'PER', 'LOC'];

interface CompromiseMatch {
  offset: { start: number; length: number };
}

/** Compromise's spans, trimmed of the punctuation it sometimes carries ("New York ."), as ORG/PER/LOC. */
export function compromiseSpans(text: string): LabelledSpan[] {
  const doc = nlp(text);
  const out: LabelledSpan[] = [];
  const take = (matches: CompromiseMatch[], type: EntityLabel): void => {
    for (const m of matches) {
      let { start } = m.offset;
      let end = start + m.offset.length;
      const inner = /^(?:[^\p{L}\p{N}]*\s)?([\s\S]*?)(?:\s[^\p{L}\p{N}]*)?$/u.exec(text.slice(start, end));
      if (inner) {
        start = start + text.slice(start, end).indexOf(inner[1]!);
        end = start + inner[1]!.length;
      }
      if (end > start) out.push({ start, end, type });
    }
  };
  take(doc.organizations().json({ offset: true }) as CompromiseMatch[], 'ORG');
  take(doc.people().json({ offset: true }) as CompromiseMatch[], 'PER');
  take(doc.places().json({ offset: true }) as CompromiseMatch[], 'LOC');
  return out;
}

function table(title: string, perType: Map<EntityLabel, SpanCounts>, types: readonly EntityLabel[]): void {
  const pct = (n: number): string => (100 * n).toFixed(2).padStart(6);
  console.log(`\n${title}`);
  console.log('type     P       R       F1     gold');
  for (const type of types) {
    const c = perType.get(type)!;
    const { precision, recall, f1 } = prf(c);
    console.log(
      `${type.padEnd(5)} ${pct(precision)}  ${pct(recall)}  ${pct(f1)}  ${c.truePositives + c.falseNegatives}`,
    );
  }
  const micro = prf(microCounts(types.map((t) => perType.get(t)!)));
  console.log(`micro ${pct(micro.precision)}  ${pct(micro.recall)}  ${pct(micro.f1)}   (${types.join('+')})`);
}

export async function run(args: string[]): Promise<void> {
  const limitArg = args.indexOf('--limit');
  const limit = limitArg >= 0 ? Number(args[limitArg + 1]) : Infinity;
  const modelArg = args.indexOf('--model');
  const modelFile = modelArg >= 0 ? resolve(args[modelArg + 1]!) : join(projectRoot, ASSET_FILES.ner);
  const bytes = readDataFile(modelFile);
  const t0 = performance.now();
  const tagger = createTagger(parseNerModel(bytes));
  const loadMs = performance.now() - t0;
  const sentences = parseConll(readFileSync(join(corpusDir(), 'conll2003/eng.testa'), 'utf8')).slice(
    0,
    limit,
  );
  console.log(
    `CoNLL-2003 eng.testa: ${sentences.length} sentences; model ${modelFile} ${bytes.length} bytes, loaded in ${loadMs.toFixed(0)} ms`,
  );

  const ours = new Map<EntityLabel, SpanCounts>();
  const oursAll = new Map<EntityLabel, SpanCounts>();
  const theirs = new Map<EntityLabel, SpanCounts>();
  let oursMs = 0;
  let theirsMs = 0;
  for (const s of sentences) {
    const { text, spans } = sentenceText(s);
    let t = performance.now();
    const tagged = tagger.tag(text);
    oursMs += performance.now() - t;
    countMatches(spans, tagged, SCORED, ours);
    countMatches(spans, tagged, ['ORG', 'PER', 'LOC', 'MISC'], oursAll);
    t = performance.now();
    const baseline = compromiseSpans(text);
    theirsMs += performance.now() - t;
    countMatches(spans, baseline, SCORED, theirs);
  }
  table(`Fact Context tagger, one sentence per tag() call (${oursMs.toFixed(0)} ms)`, ours, SCORED);
  table(
    `Baseline: compromise organizations()/people()/places(), same lines (${theirsMs.toFixed(0)} ms)`,
    theirs,
    SCORED,
  );
  table('Fact Context tagger with MISC (for reference)', oursAll, ['ORG', 'PER', 'LOC', 'MISC']);

  // Whole documents: sentences joined by line breaks, spans shifted to document offsets.
  const byDoc = new Map<number, typeof sentences>();
  for (const s of sentences) byDoc.set(s.document, [...(byDoc.get(s.document) ?? []), s]);
  const docs = new Map<EntityLabel, SpanCounts>();
  for (const group of byDoc.values()) {
    let text = '';
    const gold: LabelledSpan[] = [];
    for (const s of group) {
      const line = sentenceText(s);
      for (const span of line.spans)
        gold.push({ ...span, start: span.start + text.length, end: span.end + text.length });
      text += line.text + '\n';
    }
    countMatches(gold, tagger.tag(text), SCORED, docs);
  }
  table(`Fact Context tagger, one tag() call per document (${byDoc.size} documents)`, docs, SCORED);
}
