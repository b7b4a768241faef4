/**
 * One cold start of the KB, in a fresh process (run by scripts/bench/kb.ts): gunzip, parseKb,
 * createLinker, then spot and link the 1,000-word benchmark article. Prints the timings as JSON.
 * `--startup-index` also does at start-up what the previous KB version did there (decode every entry,
 * build the alias Map and the near-miss word and trigram indexes): the baseline for the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { trigrams } from '../../lib/kb/build-near-miss';
import { combineKbs, createLinker, parseKb, type KnowledgeBase } from '../../lib/kb/index';
import { mainThreadCpuMs } from '../lib/timing';
import { linkArticle, thousandWords } from './bench-article';

const article = thousandWords();
if (process.argv.includes('--analyzer')) {
  await analyzerColdStart();
  process.exit(0);
}
const gz = readFileSync(join(process.cwd(), 'assets/kb/kb.bin.gz'));
const packGz = readFileSync(join(process.cwd(), 'assets/kb/kb-share-alike.bin.gz'));
// Reading the CoNLL corpus leaves garbage a worker would not have: collect it before the clock starts
// (the bench runs this probe with --expose-gc).
(globalThis as { gc?: () => void }).gc?.();
const t0 = performance.now();
const bytes = gunzipSync(gz);
const packBytes = gunzipSync(packGz);
const t1 = performance.now();
const cpu0 = process.cpuUsage();
const kb = combineKbs(parseKb(bytes), [parseKb(packBytes)]);
if (process.argv.includes('--startup-index')) indexAtStartup(kb);
const t2 = performance.now();
const linker = createLinker(kb);
const t3 = performance.now();
linkArticle(linker, article);
const t4 = performance.now();
const cpu = process.cpuUsage(cpu0);
// Wall time suffers when other work shares the machine; this process's CPU time (all its threads) much less.
console.log(
  JSON.stringify({
    gunzip: t1 - t0,
    parse: t2 - t1,
    createLinker: t3 - t2,
    firstArticle: t4 - t3,
    total: t4 - t1,
    cpu: (cpu.user + cpu.system) / 1000,
  }),
);

/**
 * What the worker does on its first article: read every shipped file as the package holds it (the KB
 * unpacked, data/kb/kb.bin), create the analyzer, analyse a 1,000-word article with near misses, the timeline,
 * the claims and related coverage deferred as the worker's first analysis does (`--no-defer`: all at once),
 * then the update that completes it.
 * Prints wall time, CPU time and memory after loading (MB) as JSON.
 */
async function analyzerColdStart(): Promise<void> {
  const { createAnalyzer } = await import('../../lib/analysis/engine');
  const { articleFromText } = await import('../../lib/analysis/from-text');
  const { projectRoot } = await import('../lib/node-assets');
  const { ASSET_FILES } = await import('../../lib/analysis/asset-files');
  const { readFile, rm, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  // --kb=path measures another unpacked KB file (e.g. the previous build) the same way; without it the
  // shipped KB is unpacked before the clock starts, as the extension build does.
  let kbPath = process.argv.find((a) => a.startsWith('--kb='))?.slice(5);
  const temporary = kbPath ? undefined : join(tmpdir(), `fc-kb-probe-${process.pid}.bin`);
  if (temporary) {
    await writeFile(temporary, gunzipSync(readFileSync(join(projectRoot, ASSET_FILES.kb))));
    kbPath = temporary;
  }
  // The other gzip files (the share-alike pack, the entity tagger), unpacked as the extension build writes them.
  const unpacked = new Map<string, string>(kbPath ? [['kb', kbPath]] : []);
  for (const name of ['kbShareAlike', 'ner'] as const) {
    const path = join(tmpdir(), `fc-${name}-probe-${process.pid}.bin`);
    await writeFile(path, gunzipSync(readFileSync(join(projectRoot, ASSET_FILES[name]))));
    unpacked.set(name, path);
  }
  // A view of the file's bytes, as the worker gets from fetch (no copy).
  let loadedBytes = 0;
  const read = async (path: string) => {
    const bytes = await readFile(path);
    loadedBytes += bytes.length;
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  };
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const start = performance.now();
  const analyzer = await createAnalyzer((name) =>
    read(unpacked.get(name) ?? join(projectRoot, ASSET_FILES[name])),
  );
  const loaded = performance.now();
  const cpuLoaded = process.cpuUsage(cpu0);
  const mainLoaded = mainThreadCpuMs();
  // Memory after loading, measured after a full collection that the clocks leave out (a worker makes none).
  (globalThis as { gc?: () => void }).gc?.();
  const mem = process.memoryUsage();
  const cpu1 = process.cpuUsage();
  const main1 = mainThreadCpuMs();
  const resumed = performance.now();
  const input = articleFromText(article.text, { isNews: true, publishedAt: '1996-08-30' });
  // As the worker's first analysis (lib/worker/analyse-page.ts): near misses, the timeline, the claims and
  // related coverage deferred, unless --no-defer (`--near-misses-only`: as the worker did before, the cards'
  // near misses alone deferred).
  let deferred = 0;
  const defer = !process.argv.includes('--no-defer');
  const deferStages = !process.argv.includes('--near-misses-only');
  analyzer.analyze(input, defer ? { deferNearMisses: () => void deferred++, deferStages } : {});
  const done = performance.now();
  const main2 = mainThreadCpuMs();
  const analysisCpu = process.cpuUsage(cpu1);
  // The update that completes it: the same article again, whole.
  const updateCpu0 = process.cpuUsage();
  if (defer) analyzer.analyze(input);
  const updated = performance.now();
  const updateCpu = process.cpuUsage(updateCpu0);
  const cpu = {
    user: cpuLoaded.user + analysisCpu.user,
    system: cpuLoaded.system + analysisCpu.system,
  };
  if (temporary) await rm(temporary, { force: true });
  for (const [name, path] of unpacked) if (name !== 'kb') await rm(path, { force: true });
  const mb = (n: number) => n / 1024 / 1024;
  console.log(
    JSON.stringify({
      load: loaded - start,
      firstAnalysis: done - resumed,
      total: loaded - start + (done - resumed),
      // Names left for the update, and the update's wall and CPU time (after the first analysis is shown).
      deferred,
      update: updated - done,
      updateCpu: (updateCpu.user + updateCpu.system) / 1000,
      // CPU time of this process (all threads): what wall time would be on an idle core, about.
      cpu: (cpu.user + cpu.system) / 1000,
      // CPU time of the main thread alone (Linux), the garbage collection between the clocks left out: what the
      // worker's thread spends, without V8's compiler and GC threads beside it.
      mainThreadCpu:
        main0 === undefined || mainLoaded === undefined || main1 === undefined || main2 === undefined
          ? undefined
          : mainLoaded - main0 + (main2 - main1),
      // The KB and models as the worker holds them: JS heap plus array buffers (the KB bytes), over a bare process.
      heapMb: mb(mem.heapUsed - base.heapUsed),
      // Node does not always count a large file's buffer among arrayBuffers: at least the bytes read count.
      buffersMb: mb(Math.max(mem.arrayBuffers - base.arrayBuffers, loadedBytes)),
      rssMb: mb(mem.rss),
    }),
  );
}

/** The start-up work the index now saves: every entry decoded, alias Map, word and trigram indexes. */
function indexAtStartup(kb: KnowledgeBase): number {
  let sink = kb.entities.length;
  const aliases = new Map<string, readonly number[]>();
  const words = new Map<string, number[]>();
  for (const [key, ids] of kb.aliasEntries()) {
    aliases.set(key, ids);
    if (key.startsWith('=')) continue;
    for (const w of new Set(key.split(' '))) {
      if (w.length < 3) continue;
      let list = words.get(w);
      if (!list) words.set(w, (list = []));
      list.push(...ids);
    }
  }
  const grams = new Map<string, string[]>();
  for (const w of words.keys()) {
    for (const g of trigrams(w)) {
      let list = grams.get(g);
      if (!list) grams.set(g, (list = []));
      list.push(w);
    }
  }
  sink += aliases.size + grams.size;
  return sink;
}
