/**
 * `npm run bench -- kb`: linking speed of the shipped KB.
 * - Cold start: gunzip + parseKb + createLinker + spotting and linking one article, in ms (first run in this process).
 * - A 1,000-word article (CoNLL eng.testa documents joined): linking every gold ORG/PER/LOC mention with the
 *   linker vs fuse.js searching the whole KB for each mention (the naive approach; its index build reported apart).
 * - Scaling: the same article against KBs of 20k and 200k entries (the shipped KB plus synthetic namesakes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { buildKbFile, namesOf } from '../../lib/kb/build-index';
import {
  createLinker,
  fromKbFile,
  parseKb,
  type EntityType,
  type KbEntity,
  type Linker,
} from '../../lib/kb/index';
import { readConll, type GoldSpan } from '../kb/conll-reader';
import { corpusDir } from '../lib/corpus';
import { medianMs } from '../lib/timing';

const TYPE: Record<string, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

export async function run(): Promise<void> {
  const gz = readFileSync(join(process.cwd(), 'assets/kb/kb.json.gz'));
  const article = thousandWords();
  const mentions = article.spans.filter((s) => TYPE[s.label]);
  const linkAll = (linker: Linker) => {
    linker.spot(article.text);
    for (const m of mentions)
      linker.link(
        { names: [m.text], type: TYPE[m.label] },
        { text: article.text, publishedAt: '1996-08-30' },
      );
  };

  const c0 = performance.now();
  const kb = parseKb(gunzipSync(gz));
  const c1 = performance.now();
  const linker = createLinker(kb);
  const c2 = performance.now();
  linkAll(linker);
  const c3 = performance.now();
  console.log(
    `cold start: ${(c3 - c0).toFixed(0)} ms (gunzip+parseKb ${(c1 - c0).toFixed(0)}, createLinker ${(c2 - c1).toFixed(0)}, first article ${(c3 - c2).toFixed(0)})`,
  );
  const warmParse = medianMs(() => parseKb(gunzipSync(gz)), 7, 1);
  console.log(
    `warm gunzip+parseKb median: ${warmParse.toFixed(1)} ms; KB ${kb.entities.length} entries, ${gz.length} bytes gzip`,
  );

  console.log(`article: ${article.text.split(/\s+/).length} words, ${mentions.length} mentions`);
  const ours = medianMs(() => linkAll(createLinker(kb)), 9, 2);
  const f0 = performance.now();
  const pool = kb.entities.flatMap((e, index) => namesOf(e).map((alias) => ({ index, alias })));
  const fuse = new Fuse(pool, { keys: ['alias'], includeScore: true, threshold: 0.34, ignoreLocation: true });
  const fuseIndexMs = performance.now() - f0;
  const naive = medianMs(() => mentions.forEach((m) => fuse.search(m.text, { limit: 5 })), 3, 1);
  console.log(
    `linker: ${ours.toFixed(1)} ms per article (${((ours * 1000) / mentions.length).toFixed(0)} µs per mention, spot included)`,
  );
  console.log(
    `naive fuse.js over the whole KB (${pool.length} names): ${naive.toFixed(0)} ms per article (+ ${fuseIndexMs.toFixed(0)} ms index build)`,
  );
  console.log(`speed-up: ${(naive / ours).toFixed(1)}× (target ≥ 20×)`);

  const times: number[] = [];
  for (const size of [20_000, 200_000]) {
    const big = fromKbFile(
      buildKbFile(withSynthetic(kb.entities, size), { seed: { name: 'synthetic', licence: 'CC0 1.0' } }),
    );
    const t = medianMs(() => linkAll(createLinker(big)), 7, 2);
    times.push(t);
    console.log(`synthetic KB ${size}: ${t.toFixed(1)} ms per article`);
  }
  console.log(`scaling 200k/20k: ${(times[1] / times[0]).toFixed(2)} (target ≤ 2)`);
}

/** About 1,000 words of real news: consecutive CoNLL eng.testa documents joined. */
function thousandWords(): { text: string; spans: GoldSpan[] } {
  const docs = readConll(join(corpusDir(), 'conll2003/eng.testa'));
  let text = '';
  const spans: GoldSpan[] = [];
  for (const d of docs.slice(1)) {
    const offset = text ? text.length + 2 : 0;
    text = text ? `${text}\n\n${d.text}` : d.text;
    for (const s of d.spans) spans.push({ ...s, start: s.start + offset, end: s.end + offset });
    if (text.split(/\s+/).length >= 1000) break;
  }
  return { text, spans };
}

/** The shipped entries plus deterministic synthetic ones (made-up names, some sharing real words) up to `size`. */
function withSynthetic(real: readonly KbEntity[], size: number): KbEntity[] {
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ren',
    'tas',
    'vor',
    'ul',
    'bra',
    'en',
    'dor',
    'sil',
    'qua',
    'ne',
    'pi',
    'zar',
    'ost',
  ];
  const words = ['National', 'Party', 'Bank', 'City', 'Union', 'Council', 'Group', 'Agency'];
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const word = () => {
    let w = '';
    for (let n = 2 + Math.floor(rand() * 2); n > 0; n--)
      w += syllables[Math.floor(rand() * syllables.length)];
    return w[0].toUpperCase() + w.slice(1);
  };
  const out = real.map((e) => ({ ...e, sources: ['seed'] }));
  for (let i = out.length; i < size; i++) {
    const name =
      rand() < 0.3 ? `${word()} ${words[Math.floor(rand() * words.length)]}` : `${word()} ${word()}`;
    out.push({
      id: `synthetic-${i}`,
      type: (['organization', 'person', 'place'] as const)[i % 3],
      name,
      aliases: [word()],
      prior: rand() * 0.5,
      sources: ['seed'],
    });
  }
  return out;
}
