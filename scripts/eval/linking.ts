/**
 * `npm run eval -- linking [gum|conll|judged] [--docs=N] [--kb=path] [--wrong]`: what the reader sees of linking, through `analyze()`.
 * 1. gum-linking (../shared/corpus/gum-linking), scored as its README says: card precision, recall of
 *    (document, title) pairs, wrong cards per document; micro and per genre. GUM's own `split` column splits
 *    by document: `train` is tuned on, `dev` + `test` are held out (never tuned on); GENTLE (out of domain)
 *    apart. Fuzzy links (a card chosen by a near match) are scored apart from exact ones.
 * 2. CoNLL-2003 eng.testa: the entities `analyze()` returns (mentions that are names, types person /
 *    organization / place as PER / ORG / LOC), exact span per type, micro P/R/F1, beside the raw tagger on
 *    the same document text in the same run. Documents with index % 3 == 2 are held out.
 * 3. Judged names (scripts/eval/judged-names.json): names on readability and metadata-dev pages, each
 *    judged by hand as the KB entry a careful reader means or null; card precision and recall of right
 *    cards (a name inside a longer mention with the judged card counts for recall only). Pages are split by
 *    a hash of the page id: 1 in 3 held out.
 * 4. A 10-bin reliability table: link confidence against observed correctness of the scored cards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { articleFromText } from '../../lib/analysis/from-text';
import type { Analysis, AnalysisEntity, Article } from '../../lib/contract/types';
import { detectNews } from '../../lib/page/detect';
import { extractArticle } from '../../lib/page/extract';
import { decodeHtml, parseHtml } from '../../lib/page/parse-html';
import {
  countMatches,
  microCounts,
  prf,
  type LabelledSpan,
  type SpanCounts,
} from '../../lib/nlp/tagger/conll';
import { createTagger, parseNerModel } from '../../lib/nlp/tagger/index';
import type { EntityLabel } from '../../lib/nlp/tagger/tags';
import { readConll } from '../kb/conll-reader';
import { corpusDir } from '../lib/corpus';
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from '../../lib/analysis/engine';
import { fitIsotonic, linkProbability } from '../../lib/kb/calibration';
import { loadNodeAsset, nodeAnalyzer, projectRoot, readNodeAsset } from '../lib/node-assets';

type Analyzer = Awaited<ReturnType<typeof nodeAnalyzer>>;

/** One scored card: its confidence and whether it was right, for the reliability table. */
interface Scored {
  confidence: number;
  right: boolean;
  fuzzy: boolean;
  /** Scored on the held-out part (GUM dev + test, held-out judged pages). */
  heldOut: boolean;
}

/** --wrong (or FC_EVAL_VERBOSE): list the wrong cards. */
let showWrong = false;

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '  - ').padStart(6);
const num = (x: number, d = 3): string => x.toFixed(d);

export async function run(args: string[]): Promise<void> {
  // --kb=path scores another KB file (e.g. the previous build) through the same pipeline.
  const kbPath = args.find((a) => a.startsWith('--kb='))?.slice(5);
  const analyzer = kbPath
    ? await createAnalyzer(async (name) =>
        name === 'kb' ? new Uint8Array(await readFile(kbPath)) : loadNodeAsset(name),
      )
    : await nodeAnalyzer();
  showWrong = args.includes('--wrong') || Boolean(process.env.FC_EVAL_VERBOSE);
  const only = args.filter((a) => !a.startsWith('--'));
  const limit = Number(args.find((a) => a.startsWith('--docs='))?.slice(7) ?? Infinity);
  const want = (s: string): boolean => !only.length || only.includes(s);
  const reliability: Scored[] = [];
  // --fit: every link the linker makes, on its raw score, to fit the calibration on the tuned part.
  const fit = args.includes('--fit');
  const options = fit ? { linkProbability: (x: number) => x, minLinkProbability: 0 } : {};
  if (want('gum')) reliability.push(...gumLinking(analyzer, limit, options));
  if (want('judged')) reliability.push(...(await judgedNames(analyzer, options)));
  if (fit) {
    const knots = fitIsotonic(
      reliability.filter((s) => !s.heldOut).map((s) => ({ score: s.confidence, right: s.right })),
    );
    console.log(
      `\nisotonic fit on ${reliability.filter((s) => !s.heldOut).length} tuned links (paste into lib/kb/calibration.ts):`,
    );
    console.log(JSON.stringify(knots));
    const calibrated = reliability.map((s) => ({ ...s, confidence: linkProbability(s.confidence, knots) }));
    reliabilityTable(
      calibrated.filter((s) => s.heldOut),
      'held-out, refitted map, every link',
    );
  } else if (want('gum') || want('judged')) {
    reliabilityTable(
      reliability.filter((s) => s.heldOut),
      'held-out',
    );
    reliabilityTable(
      reliability.filter((s) => !s.heldOut),
      'tuned',
    );
  }
  if (want('conll')) conllThroughAnalyze(analyzer, limit);
}

// ---------------------------------------------------------------- gum-linking

/** One line of gum-linking's gold-links.jsonl (the fields the scoring reads). */
export interface GumDoc {
  doc: string;
  corpus: string;
  genre: string;
  split: string;
  text: string;
  mentions: Array<{ start: number; end: number; title: string }>;
}

/** Titles equal after unescaping, '_' → space, first letter's case ignored. */
export function normTitle(t: string): string {
  let s = t;
  try {
    s = decodeURIComponent(t);
  } catch {
    /* keep as is */
  }
  s = s.replace(/_/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface GumCounts {
  docs: number;
  cards: number;
  right: number;
  goldPairs: number;
  found: number;
  fuzzyCards: number;
  fuzzyRight: number;
}

const emptyCounts = (): GumCounts => ({
  docs: 0,
  cards: 0,
  right: 0,
  goldPairs: 0,
  found: 0,
  fuzzyCards: 0,
  fuzzyRight: 0,
});

function isFuzzy(e: AnalysisEntity): boolean {
  return Boolean(e.card?.why?.some((w) => w.startsWith('near match')));
}

type AnalyzeOptions = Parameters<Analyzer['analyze']>[1];

function gumLinking(analyzer: Analyzer, limit: number, options: AnalyzeOptions): Scored[] {
  const lines = readFileSync(join(corpusDir(), 'gum-linking/gold-links.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, limit);
  const scored: Scored[] = [];
  const bySet = new Map<string, GumCounts>();
  const byGenre = new Map<string, GumCounts>();
  const wrongExamples: string[] = [];
  for (const line of lines) {
    const doc = JSON.parse(line) as GumDoc;
    const set = doc.corpus === 'GENTLE' ? 'GENTLE' : doc.split === 'train' ? 'GUM tuned' : 'GUM held-out';
    const analysis = analyzer.analyze(articleFromText(doc.text), options);
    const c = { ...emptyCounts(), docs: 1 };
    const goldPairs = new Set(doc.mentions.map((m) => normTitle(m.title)));
    c.goldPairs = goldPairs.size;
    const found = new Set<string>();
    for (const e of analysis.entities) {
      const title = e.kbId ? analyzer.linker.get(e.kbId)?.wikipedia : undefined;
      if (!title || !e.card) continue;
      const mine = normTitle(title);
      const overlapped = doc.mentions.filter((g) =>
        e.mentions.some((m) => m.start < g.end && g.start < m.end),
      );
      if (!overlapped.length) continue;
      const right = overlapped.some((g) => normTitle(g.title) === mine);
      if (right) found.add(mine);
      c.cards++;
      if (right) c.right++;
      const fuzzy = isFuzzy(e);
      if (fuzzy) {
        c.fuzzyCards++;
        if (right) c.fuzzyRight++;
      }
      if (!right && wrongExamples.length < 400)
        wrongExamples.push(
          `${set} ${doc.doc}: '${e.mentions[0].text}' → ${mine} (gold ${[...new Set(overlapped.map((g) => normTitle(g.title)))].join(' | ')}) conf ${e.confidence}`,
        );
      if (set !== 'GENTLE')
        scored.push({ confidence: e.confidence, right, fuzzy, heldOut: set === 'GUM held-out' });
    }
    c.found = found.size;
    add(bySet, set, c);
    if (doc.corpus !== 'GENTLE') add(byGenre, `${set === 'GUM tuned' ? 'T' : 'H'} ${doc.genre}`, c);
  }
  console.log(
    'gum-linking through analyze(): card precision, recall of (doc, title) pairs, wrong cards per doc (README scoring)',
  );
  console.log('set                 docs  cards  precision  recall  wrong/doc  fuzzy cards (right)');
  const row = (name: string, c: GumCounts): void =>
    console.log(
      `${name.padEnd(18)} ${String(c.docs).padStart(5)} ${String(c.cards).padStart(6)}  ${num(c.right / Math.max(1, c.cards)).padStart(9)}  ${num(c.found / Math.max(1, c.goldPairs)).padStart(6)}  ${num((c.cards - c.right) / Math.max(1, c.docs), 2).padStart(9)}  ${c.fuzzyCards} (${c.fuzzyRight})`,
    );
  for (const name of ['GUM tuned', 'GUM held-out', 'GENTLE'])
    if (bySet.has(name)) row(name, bySet.get(name)!);
  console.log('per genre (T = tuned documents, H = held-out documents)');
  for (const [name, c] of [...byGenre.entries()].sort()) row(`  ${name}`, c);
  const held = bySet.get('GUM held-out');
  if (held) {
    const recall = held.found / Math.max(1, held.goldPairs);
    const precision = held.right / Math.max(1, held.cards);
    console.log(
      `issue 12 target, GUM held-out: recall ${num(recall)} at card precision ${num(precision)} (recall ≥ 0.55 at precision ≥ 0.95: ${recall >= 0.55 && precision >= 0.95 ? 'met' : 'NOT met'})`,
    );
  }
  if (showWrong) for (const w of wrongExamples) console.log(`    wrong ${w}`);
  return scored;
}

function add(map: Map<string, GumCounts>, key: string, c: GumCounts): void {
  const t = map.get(key) ?? emptyCounts();
  for (const k of Object.keys(t) as Array<keyof GumCounts>) t[k] += c[k];
  map.set(key, t);
}

// ---------------------------------------------------------------- judged names

/** One judged name: on a page, the entry a careful reader means (null: nothing in the KB, no card is right). */
export interface JudgedName {
  page: string;
  name: string;
  gold: string | string[] | null;
  /** The card the linker gave when the judgement was made (for the record; never re-judged). */
  was?: string | null;
}

/** A page of the shared corpus, as the extension would read it. */
export function readCorpusPage(page: string): Article {
  const dir = corpusDir();
  if (page.startsWith('readability/')) {
    const slug = page.slice('readability/'.length);
    const html = readFileSync(join(dir, 'readability/test/test-pages', slug, 'source.html'), 'utf8');
    return articleFromHtml(html, `https://example.org/${slug}`);
  }
  const file = page.slice('metadata-dev/'.length);
  const gold = metadataGold().get(file);
  const html = decodeHtml(gunzipSync(readFileSync(join(dir, 'metadata-dev', file))));
  return articleFromHtml(html, gold?.url ?? `https://example.org/${file}`);
}

let metadataCache: Map<string, { url: string }> | undefined;
function metadataGold(): Map<string, { url: string }> {
  if (!metadataCache) {
    metadataCache = new Map();
    for (const line of readFileSync(join(corpusDir(), 'metadata-dev/gold.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const g = JSON.parse(line) as { file: string; url: string };
      metadataCache.set(g.file, g);
    }
  }
  return metadataCache;
}

function articleFromHtml(html: string, url: string): Article {
  const doc = parseHtml(html, url);
  return extractArticle(doc, url, { verdict: detectNews(doc, url) });
}

/** Stable split of pages: 1 in 3 held out, by a hash of the page id. */
export function heldOutPage(page: string): boolean {
  let h = 2166136261;
  for (let i = 0; i < page.length; i++) h = Math.imul(h ^ page.charCodeAt(i), 16777619);
  return (h >>> 0) % 3 === 0;
}

/** The entity of `analysis` that the judged name refers to: one with that name, or a mention spelled so. */
export function entityForName(analysis: Analysis, name: string): AnalysisEntity | undefined {
  return (
    analysis.entities.find((e) => e.mentions.some((m) => m.text === name)) ??
    analysis.entities.find((e) => e.name === name)
  );
}

/**
 * The entity whose longer mention holds the judged name as whole words ('Putin' in 'Vladimir Putin'): names
 * judged when the alias index's spans were the mentions. The reader sees that entity's card there.
 */
export function entityAroundName(analysis: Analysis, name: string): AnalysisEntity | undefined {
  const inside = (text: string): boolean => {
    const i = text.indexOf(name);
    if (i < 0) return false;
    return !/[\p{L}\p{N}]/u.test(text.charAt(i - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(i + name.length));
  };
  return analysis.entities.find((e) => e.mentions.some((m) => inside(m.text)));
}

async function judgedNames(analyzer: Analyzer, options: AnalyzeOptions): Promise<Scored[]> {
  const file = join(projectRoot, 'scripts/eval/judged-names.json');
  const judged = (JSON.parse(readFileSync(file, 'utf8')) as { names: JudgedName[] }).names;
  const pages = new Map<string, Analysis>();
  const sets = new Map<
    string,
    { names: number; inKb: number; cards: number; right: number; inside: number; pages: Set<string> }
  >();
  const scored: Scored[] = [];
  const misses: string[] = [];
  for (const j of judged) {
    let analysis = pages.get(j.page);
    if (!analysis) {
      analysis = analyzer.analyze(readCorpusPage(j.page), options);
      pages.set(j.page, analysis);
    }
    const set = heldOutPage(j.page) ? 'held-out' : 'tuned';
    const s = sets.get(set) ?? { names: 0, inKb: 0, cards: 0, right: 0, inside: 0, pages: new Set() };
    sets.set(set, s);
    s.names++;
    s.pages.add(j.page);
    if (j.gold) s.inKb++;
    const e = entityForName(analysis, j.name);
    const card = e?.card && e.kbId ? e.kbId : null;
    if (card) {
      s.cards++;
      const right = [j.gold ?? []].flat().includes(card);
      if (right) s.right++;
      scored.push({ confidence: e!.confidence, right, fuzzy: isFuzzy(e!), heldOut: set === 'held-out' });
    }
    // A name inside a longer mention whose card is the judged entry counts for recall (never for precision:
    // the longer name's card is a card about that name, which nobody judged).
    const around = !e && j.gold ? entityAroundName(analysis, j.name) : undefined;
    const aroundRight = Boolean(around?.card && around.kbId && [j.gold ?? []].flat().includes(around.kbId));
    if (aroundRight) s.inside++;
    if (!aroundRight && !(card ? [j.gold ?? []].flat().includes(card) : !j.gold))
      misses.push(`${set} ${j.page}: '${j.name}' → ${card ?? 'no card'} (judged ${j.gold ?? 'none'})`);
  }
  console.log('\njudged names (scripts/eval/judged-names.json) through analyze() on the full page');
  console.log(
    'set        pages  names  in KB  cards  precision  recall(right cards / in-KB names)  wrong/page  (right inside a longer name)',
  );
  for (const [name, s] of [...sets.entries()].sort((a, b) => b[0].localeCompare(a[0])))
    console.log(
      `${name.padEnd(10)} ${String(s.pages.size).padStart(5)} ${String(s.names).padStart(6)} ${String(s.inKb).padStart(6)} ${String(s.cards).padStart(6)}  ${num(s.right / Math.max(1, s.cards)).padStart(9)}  ${num((s.right + s.inside) / Math.max(1, s.inKb)).padStart(6)}  ${num((s.cards - s.right) / Math.max(1, s.pages.size), 2).padStart(33)}  ${s.inside}`,
    );
  // Every judged name matters in its story: the right card over all of them, those the KB lacks included.
  const coverage = [...sets.entries()]
    .sort((a, b) => b[0].localeCompare(a[0]))
    .map(([name, s]) => `${name} ${pct(s.right, s.names).trim()}% (${s.right}/${s.names})`);
  const held = sets.get('held-out');
  const met = held && held.right / held.names >= 0.7;
  console.log(
    `issue 12 target, judged names with the right card offline: ${coverage.join(', ')} (≥ 70%: ${met ? 'met' : 'NOT met'})`,
  );
  if (showWrong) for (const m of misses) console.log(`    miss ${m}`);
  return scored;
}

// ---------------------------------------------------------------- reliability

function reliabilityTable(scored: Scored[], part: string): void {
  console.log(`\nreliability of link probability, ${part} (scored cards of GUM and judged names): 10 bins`);
  console.log('bin          cards  mean conf  observed right');
  let ece = 0;
  for (let b = 0; b < 10; b++) {
    const inBin = scored.filter((s) => Math.min(9, Math.floor(s.confidence * 10)) === b);
    if (!inBin.length) {
      console.log(`${(b / 10).toFixed(1)}–${((b + 1) / 10).toFixed(1)}      ${'0'.padStart(5)}`);
      continue;
    }
    const conf = inBin.reduce((a, s) => a + s.confidence, 0) / inBin.length;
    const obs = inBin.filter((s) => s.right).length / inBin.length;
    ece += (inBin.length / scored.length) * Math.abs(conf - obs);
    console.log(
      `${(b / 10).toFixed(1)}–${((b + 1) / 10).toFixed(1)}    ${String(inBin.length).padStart(7)}  ${num(conf, 2).padStart(9)}  ${num(obs, 2).padStart(14)}`,
    );
  }
  const exact = scored.filter((s) => !s.fuzzy);
  const fuzzy = scored.filter((s) => s.fuzzy);
  console.log(`expected calibration error ${num(ece)}`);
  console.log(
    `exact links right ${exact.filter((s) => s.right).length}/${exact.length} (${pct(exact.filter((s) => s.right).length, exact.length)}%); fuzzy links right ${fuzzy.filter((s) => s.right).length}/${fuzzy.length} (${pct(fuzzy.filter((s) => s.right).length, fuzzy.length)}%)`,
  );
}

// ---------------------------------------------------------------- CoNLL through analyze()

const LABEL: Record<string, EntityLabel | undefined> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const SCORED_TYPES: readonly EntityLabel[] = ['ORG', 'PER', 'LOC'];

/**
 * A mention that is a name: not a description such as 'the party' that coreference added, nor a nationality
 * ('British', marked form: 'nationality', which the tagger read as MISC) on a country's entity.
 */
function isNameMention(text: string): boolean {
  return !/^(?:the|a|an|this|that|its|his|her|their)\s+\p{Ll}/iu.test(text) && /^[\p{Lu}\p{N}]/u.test(text);
}

function conllThroughAnalyze(analyzer: Analyzer, limit: number): void {
  const tagger = createTagger(parseNerModel(readNodeAsset('ner')));
  const docs = readConll(join(corpusDir(), 'conll2003/eng.testa')).slice(0, limit);
  const sets = {
    tuned: { raw: new Map<EntityLabel, SpanCounts>(), ours: new Map<EntityLabel, SpanCounts>() },
    'held-out': { raw: new Map<EntityLabel, SpanCounts>(), ours: new Map<EntityLabel, SpanCounts>() },
  };
  docs.forEach((doc, i) => {
    const set = sets[i % 3 === 2 ? 'held-out' : 'tuned'];
    const gold: LabelledSpan[] = doc.spans.flatMap((s) =>
      s.label === 'MISC' ? [] : [{ start: s.start, end: s.end, type: s.label }],
    );
    countMatches(gold, tagger.tag(doc.text), SCORED_TYPES, set.raw);
    const analysis = analyzer.analyze(articleFromText(doc.text, doc.date ? { publishedAt: doc.date } : {}));
    const predicted: LabelledSpan[] = [];
    for (const e of analysis.entities) {
      const type = LABEL[e.type];
      if (!type) continue;
      for (const m of e.mentions)
        if (isNameMention(m.text) && m.form !== 'nationality')
          predicted.push({ start: m.start, end: m.end, type });
    }
    countMatches(gold, predicted, SCORED_TYPES, set.ours);
  });
  console.log(
    `\nCoNLL-2003 eng.testa (${docs.length} documents; index % 3 == 2 held out): exact span per type`,
  );
  console.log('set        type   raw tagger P / R / F1      analyze() entities P / R / F1   ΔF1');
  for (const [name, set] of Object.entries(sets)) {
    for (const type of [...SCORED_TYPES, 'micro'] as const) {
      const raw = prf(type === 'micro' ? microCounts(set.raw.values()) : set.raw.get(type)!);
      const ours = prf(type === 'micro' ? microCounts(set.ours.values()) : set.ours.get(type)!);
      const f = (x: { precision: number; recall: number; f1: number }) =>
        `${(100 * x.precision).toFixed(1)} / ${(100 * x.recall).toFixed(1)} / ${(100 * x.f1).toFixed(1)}`;
      console.log(
        `${name.padEnd(10)} ${type.padEnd(6)} ${f(raw).padEnd(26)} ${f(ours).padEnd(31)} ${(100 * (ours.f1 - raw.f1)).toFixed(1)}`,
      );
    }
  }
}
