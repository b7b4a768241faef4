/**
 * `npm run bench -- related`: ranking one article against 5,000 remembered articles and 2,000 feed items
 * (target ≤ 20 ms), with the inverted index vs a linear TF-IDF cosine scan over the same features, same run.
 * Articles are synthetic (seeded): Zipf-distributed vocabularies of 40,000 terms and 20,000 entities,
 * TERMS_PER_ARTICLE terms and 12 entities each, in stories of 2–8 reports, the way a reader's history looks.
 */
import { createRelatedIndex, TERMS_PER_ARTICLE, type RememberedArticle } from '../../lib/related/index';
import { featuresOf, idf } from '../../lib/related/features';
import { median, medianMs } from '../lib/timing';
import { seededRandom } from '../../lib/nlp/tagger/perceptron';

/** Zipf sampler over ranks 0..n-1 (s = 1), by inverting a precomputed CDF. */
function zipf(n: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function syntheticArticles(count: number, source: 'history' | 'feed', seed: number): RememberedArticle[] {
  const random = seededRandom(seed);
  const term = zipf(40_000, random);
  const entity = zipf(20_000, random);
  const out: RememberedArticle[] = [];
  const day = Date.parse('2024-01-01T00:00:00Z');
  while (out.length < count) {
    const storyTerms = Array.from({ length: 25 }, () => `w${term()}`);
    const storyEntities = Array.from({ length: 6 }, () => `q${entity()}`);
    const published = day + Math.floor(random() * 365) * 86_400_000;
    const reports = 2 + Math.floor(random() * 7);
    for (let r = 0; r < reports && out.length < count; r++) {
      const terms = new Set<string>(storyTerms.filter(() => random() < 0.7));
      while (terms.size < TERMS_PER_ARTICLE) terms.add(`w${term()}`);
      const entities = new Set<string>(storyEntities.filter(() => random() < 0.8));
      while (entities.size < 12) entities.add(`q${entity()}`);
      const id = `${source}-${out.length}`;
      out.push({
        url: `https://site${out.length % 300}.example/${id}`,
        title: `Story ${id}`,
        publishedAt: new Date(published + Math.floor(random() * 3) * 86_400_000).toISOString(),
        entityIds: [...entities],
        entityNames: [...entities],
        terms: [...terms],
        source,
        seenAt: out.length,
      });
    }
  }
  return out;
}

/**
 * The baseline: a linear scan computing, for every remembered article, the TF-IDF cosine with the query over
 * the same features (article vectors and norms precomputed once, as a scan would keep them).
 */
function linearScan(
  items: RememberedArticle[],
): (query: RememberedArticle) => Array<{ url: string; score: number }> {
  const df = new Map<string, number>();
  const features = items.map((a) => featuresOf(a));
  for (const fs of features) for (const f of fs) df.set(f.key, (df.get(f.key) ?? 0) + 1);
  const n = items.length;
  const vectors = features.map((fs) => {
    const keys = fs.map((f) => f.key);
    const weights = fs.map((f) => f.prior * idf(df.get(f.key) ?? 0, n));
    const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0));
    return { keys, weights, norm };
  });
  return (query) => {
    const q = new Map(featuresOf(query).map((f) => [f.key, f.prior * idf(df.get(f.key) ?? 0, n)]));
    let qNorm = 0;
    for (const w of q.values()) qNorm += w * w;
    qNorm = Math.sqrt(qNorm);
    const scored = vectors.map((v, i) => {
      let dot = 0;
      for (let j = 0; j < v.keys.length; j++) {
        const wq = q.get(v.keys[j]);
        if (wq !== undefined) dot += wq * v.weights[j];
      }
      return { url: items[i].url, score: dot / (qNorm * v.norm) };
    });
    return scored.sort((a, b) => b.score - a.score).slice(0, 5);
  };
}

export async function run(): Promise<void> {
  const history = syntheticArticles(5_000, 'history', 1);
  const feed = syntheticArticles(2_000, 'feed', 2);
  const all = [...history, ...feed];
  const queries = syntheticArticles(200, 'history', 3)
    .filter((_, i) => i % 4 === 0)
    .slice(0, 40);

  const b0 = performance.now();
  const index = createRelatedIndex(all);
  const buildMs = performance.now() - b0;
  const firstRank0 = performance.now();
  index.rank(queries[0]);
  const firstRankMs = performance.now() - firstRank0;
  console.log(
    `${index.size()} articles (${history.length} history + ${feed.length} feed), ${TERMS_PER_ARTICLE} terms + 12 entities each`,
  );
  console.log(
    `index build: ${buildMs.toFixed(0)} ms; first ranking after build (IDF and norms computed): ${firstRankMs.toFixed(1)} ms`,
  );

  const ours = median(queries.map((q) => medianMs(() => index.rank(q), 7, 1)));
  const scan = linearScan(all);
  const baseline = median(queries.slice(0, 10).map((q) => medianMs(() => scan(q), 3, 1)));
  console.log(`rank, inverted index: median ${ours.toFixed(2)} ms per article (target ≤ 20 ms)`);
  console.log(
    `rank, linear TF-IDF scan over the same features: median ${baseline.toFixed(2)} ms per article`,
  );
  console.log(`speed-up: ${(baseline / ours).toFixed(1)}×`);

  let agree = 0;
  for (const q of queries.slice(0, 10)) {
    const ours = index.rank({ ...q, publishedAt: undefined }, { minScore: 0 }).map((r) => r.url);
    const exhaustive = scan(q).map((r) => r.url);
    agree += ours.filter((u) => exhaustive.includes(u)).length / Math.max(1, exhaustive.length);
  }
  console.log(
    `top-5 agreement with the exhaustive scan (dates left out, as the scan has none): ${((100 * agree) / 10).toFixed(0)}%`,
  );

  const addThenRank: number[] = [];
  queries.forEach((q, i) => {
    const t0 = performance.now();
    index.add({ ...q, url: `https://new.example/${i}` });
    index.rank(q);
    addThenRank.push(performance.now() - t0);
  });
  console.log(
    `add one article then rank, ${queries.length} times: median ${median(addThenRank).toFixed(2)} ms, max ${Math.max(...addThenRank).toFixed(1)} ms (norms refreshed after ~2% of the index changed)`,
  );
}
