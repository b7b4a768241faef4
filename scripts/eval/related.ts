/**
 * `npm run eval -- related [--analyze] [--collection] [--k=N]`: related coverage on ECB+ story clusters
 * (../shared/corpus/story-clusters). Each document ranks the others; average precision with the same
 * subtopic (event) relevant, the other event of the same topic a hard negative. Reports MAP within each
 * topic and over the whole collection, for our ranking and for a plain TF-IDF cosine baseline, same run.
 * Features: key terms + names from the capitalised-phrase finder; with --analyze, entities (KB ids or
 * names) and claims from the project's analyze() instead. No dates: ECB documents carry none usable.
 * With --collection: every document ranks a collection that looks like news-search results (headline and
 * a 300-character snippet of every document), as the news search and `analyze --related-to` do; reports
 * what the popup would show, for the first and second half of the topics apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../lib/contract/types';
import {
  capitalisedNames,
  createRelatedIndex,
  keyTerms,
  TERMS_PER_ARTICLE,
  toRemembered,
} from '../../lib/related/index';
import type { RememberedArticle } from '../../lib/related/index';
import { STOPWORDS } from '../../lib/contract/words';
import { corpusDir } from '../lib/corpus';

interface Doc {
  id: string;
  topic: string;
  subtopic: string;
  title: string;
  text: string;
}

function loadDocs(): Doc[] {
  const dir = join(corpusDir(), 'story-clusters');
  const rows = readFileSync(join(dir, 'clusters.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const [id, topic, subtopic] = row.split('\t');
    const json = JSON.parse(readFileSync(join(dir, 'docs', subtopic, `${id}.json`), 'utf8')) as {
      title?: string;
      text: string;
    };
    return { id, topic, subtopic, title: json.title ?? '', text: json.text };
  });
}

/** Average precision of a ranked list of doc ids given the relevant set (unranked relevant count as misses). */
function averagePrecision(ranked: string[], relevant: Set<string>): number {
  if (!relevant.size) return NaN;
  let hits = 0;
  let sum = 0;
  ranked.forEach((id, i) => {
    if (relevant.has(id)) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return sum / relevant.size;
}

type Ranker = (doc: Doc) => string[];

function meanAP(docs: Doc[], ranker: Ranker, withinTopic: boolean): number {
  const aps: number[] = [];
  for (const doc of docs) {
    const pool = docs.filter((d) => d.id !== doc.id && (!withinTopic || d.topic === doc.topic));
    const relevant = new Set(pool.filter((d) => d.subtopic === doc.subtopic).map((d) => d.id));
    const allowed = new Set(pool.map((d) => d.id));
    const ap = averagePrecision(
      ranker(doc).filter((id) => allowed.has(id)),
      relevant,
    );
    if (!Number.isNaN(ap)) aps.push(ap);
  }
  return aps.reduce((a, b) => a + b, 0) / aps.length;
}

/** The baseline: TF-IDF (raw tf, smooth idf) cosine over all words of title + text, stopwords removed. */
function tfidfBaseline(docs: Doc[]): Ranker {
  const vectors = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const w of `${d.title} ${d.text}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (!STOPWORDS.has(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Map<string, number>();
  for (const v of vectors) for (const w of v.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const weighted = vectors.map((v) => {
    const out = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of v) {
      const x = c * (Math.log((1 + n) / (1 + (df.get(w) ?? 0))) + 1);
      out.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    for (const [w, x] of out) out.set(w, x / norm);
    return out;
  });
  const byId = new Map(docs.map((d, i) => [d.id, i]));
  return (doc) => {
    const q = weighted[byId.get(doc.id)!];
    return docs
      .map((d, i) => {
        let dot = 0;
        for (const [w, x] of q) dot += x * (weighted[i].get(w) ?? 0);
        return { id: d.id, dot };
      })
      .filter((r) => r.id !== doc.id)
      .sort((a, b) => b.dot - a.dot)
      .map((r) => r.id);
  };
}

function rememberPlain(doc: Doc, k: number): RememberedArticle {
  const names = capitalisedNames(`${doc.title}.\n${doc.text}`);
  return {
    url: `https://ecb.example/${doc.id}`,
    title: doc.title,
    publisher: `outlet ${doc.id}`, // each document is its own outlet: same-title reports are not the same page
    entityIds: names.map((n) => n.id),
    entityNames: names.map((n) => n.text),
    terms: keyTerms(`${doc.title}.\n${doc.title}.\n${doc.text}`, k),
    source: 'history',
    seenAt: 0,
  };
}

async function analyseAll(docs: Doc[]): Promise<Analysis[]> {
  const { nodeAnalyzer } = await import('../lib/node-assets');
  const { articleFromText } = await import('../../lib/analysis/from-text');
  const analyzer = await nodeAnalyzer();
  return docs.map((doc) =>
    analyzer.analyze(articleFromText(doc.text, { url: `https://ecb.example/${doc.id}`, isNews: true })),
  );
}

/**
 * Search-like collection: what the popup shows (default limit and threshold) per document, as the share
 * of shown items from the same event and recall of the top five, for the article asked by the names as
 * written (collection-ranking.ts, what ships) and by its KB ids (the history's form), topic halves apart.
 */
async function collectionRanking(docs: Doc[]): Promise<void> {
  const { queryByNames } = await import('../../lib/related/collection-ranking');
  const { rememberFeedEntry } = await import('../../lib/related/index');
  const index = createRelatedIndex(
    docs.map((d) =>
      rememberFeedEntry(
        {
          url: `https://ecb.example/${d.id}`,
          title: d.title || d.text.split(/(?<=[.!?])\s/)[0].slice(0, 200),
          summary: d.text.slice(0, 300),
        },
        0,
      ),
    ),
  );
  const analyses = await analyseAll(docs);
  const topics = [...new Set(docs.map((d) => Number(d.topic)))].sort((a, b) => a - b);
  const firstHalf = new Set(topics.slice(0, Math.ceil(topics.length / 2)).map(String));
  const bySubtopic = new Map<string, number>();
  for (const d of docs) bySubtopic.set(d.subtopic, (bySubtopic.get(d.subtopic) ?? 0) + 1);
  const subtopic = new Map(docs.map((d) => [d.id, d.subtopic]));
  const queries: Array<[string, (a: Analysis) => RememberedArticle]> = [
    ['names as written (shipped)', (a) => queryByNames(a)],
    ['KB ids (history form)', (a) => toRemembered(a, 'history', undefined, 0)],
  ];
  for (const [name, query] of queries) {
    for (const [half, inHalf] of [
      [`topics ${topics[0]}-${[...firstHalf].pop()}`, true],
      ['other topics (held out)', false],
    ] as const) {
      let shown = 0;
      let right = 0;
      let none = 0;
      let recall = 0;
      let n = 0;
      docs.forEach((doc, i) => {
        if (firstHalf.has(doc.topic) !== inHalf) return;
        n++;
        const items = index.rank(query(analyses[i]));
        if (!items.length) none++;
        const hits = items.filter(
          (r) => subtopic.get(r.url.slice('https://ecb.example/'.length)) === doc.subtopic,
        );
        shown += items.length;
        right += hits.length;
        recall += hits.length / Math.min(5, bySubtopic.get(doc.subtopic)! - 1 || 1);
      });
      console.log(
        `collection, ${name}, ${half}: ${n} articles; shown ${(shown / n).toFixed(2)} each, ${((100 * right) / shown).toFixed(1)}% same event; recall of top 5 ${(recall / n).toFixed(3)}; ${none} show none`,
      );
    }
  }
}

async function rememberAnalyzed(docs: Doc[]): Promise<RememberedArticle[]> {
  const { nodeAnalyzer } = await import('../lib/node-assets');
  const { articleFromText } = await import('../../lib/analysis/from-text');
  const analyzer = await nodeAnalyzer();
  return docs.map((doc) => {
    const article = articleFromText(doc.text, {
      title: doc.title,
      url: `https://ecb.example/${doc.id}`,
      isNews: true,
    });
    const analysis: Analysis = analyzer.analyze({ ...article, publisher: `outlet ${doc.id}` });
    return toRemembered(analysis, 'history', undefined, 0);
  });
}

function ourRanker(docs: Doc[], remembered: RememberedArticle[]): Ranker {
  const index = createRelatedIndex(remembered);
  const byId = new Map(docs.map((d, i) => [d.id, remembered[i]]));
  return (doc) =>
    index
      .rank(byId.get(doc.id)!, { limit: docs.length, minScore: 0 })
      .map((r) => r.url.slice('https://ecb.example/'.length));
}

/** What the popup would show (default limit and threshold): share of shown items from the same event. */
function shownPrecision(
  docs: Doc[],
  remembered: RememberedArticle[],
): { precision: number; perDoc: number; none: number } {
  const index = createRelatedIndex(remembered);
  const subtopic = new Map(docs.map((d) => [d.id, d.subtopic]));
  let shown = 0;
  let right = 0;
  let none = 0;
  docs.forEach((doc, i) => {
    const items = index.rank(remembered[i]);
    if (!items.length) none++;
    for (const item of items) {
      shown++;
      if (subtopic.get(item.url.slice('https://ecb.example/'.length)) === doc.subtopic) right++;
    }
  });
  return { precision: right / shown, perDoc: shown / docs.length, none };
}

export async function run(args: string[]): Promise<void> {
  const k = Number(args.find((a) => a.startsWith('--k='))?.slice(4) ?? TERMS_PER_ARTICLE);
  const docs = loadDocs();
  if (args.includes('--collection')) return collectionRanking(docs);
  console.log(
    `story-clusters: ${docs.length} documents, ${new Set(docs.map((d) => d.topic)).size} topics, ${new Set(docs.map((d) => d.subtopic)).size} events`,
  );
  const baseline = tfidfBaseline(docs);
  const t0 = performance.now();
  const plain = docs.map((d) => rememberPlain(d, k));
  const variants: Array<[string, RememberedArticle[]]> = [
    [`ours: capitalised names + ${k} key terms`, plain],
  ];
  if (args.includes('--analyze')) {
    const analysed = await rememberAnalyzed(docs);
    variants.push(['ours: analyze() entities + claims + key terms', analysed]);
  }
  const prepMs = performance.now() - t0;
  const pad = (s: string) => s.padEnd(52);
  console.log(`${pad('ranker')} within-topic MAP   collection MAP`);
  console.log(
    `${pad('baseline: TF-IDF cosine, all words')} ${meanAP(docs, baseline, true).toFixed(4)}            ${meanAP(docs, baseline, false).toFixed(4)}`,
  );
  for (const [name, remembered] of variants) {
    const ranker = ourRanker(docs, remembered);
    console.log(
      `${pad(name)} ${meanAP(docs, ranker, true).toFixed(4)}            ${meanAP(docs, ranker, false).toFixed(4)}`,
    );
  }
  for (const [name, remembered] of variants) {
    const p = shownPrecision(docs, remembered);
    console.log(
      `${name}: at the default threshold the popup shows ${p.perDoc.toFixed(2)} items per article, ${(100 * p.precision).toFixed(1)}% from the same event; ${p.none} articles show none`,
    );
  }
  console.log(`target: within-topic MAP ≥ 0.85 (feature preparation ${prepMs.toFixed(0)} ms)`);
}
