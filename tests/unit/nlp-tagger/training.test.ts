import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  countMatches,
  microCounts,
  parseConll,
  prf,
  sentenceText,
  type SpanCounts,
} from '../../../lib/nlp/tagger/conll';
import { createTagger } from '../../../lib/nlp/tagger/create-tagger';
import { sentenceFeatures } from '../../../lib/nlp/tagger/features';
import { compileGazetteer } from '../../../lib/nlp/tagger/gazetteer';
import { encodeNerModel, gazetteerLists, parseNerModel } from '../../../lib/nlp/tagger/model';
import { AveragedPerceptron, seededRandom, shuffle } from '../../../lib/nlp/tagger/perceptron';
import {
  bilouFromRuns,
  runsFromBilou,
  runsFromIob1,
  TAG_COUNT,
  tagName,
  tagOf,
} from '../../../lib/nlp/tagger/tags';
import { viterbi } from '../../../lib/nlp/tagger/viterbi';

const tiny = parseConll(
  readFileSync(new URL('../../fixtures/nlp-tagger/tiny.conll', import.meta.url), 'utf8'),
);

/** Trains on the tiny fixture for a few epochs, as scripts/train-ner.ts does on CoNLL. */
function trainTiny(seed = 7): AveragedPerceptron {
  const lists = { city: ['oslo', 'lisbon'] };
  const gazetteer = compileGazetteer(lists);
  const examples = tiny.map((s) => ({
    features: sentenceFeatures(s.words, gazetteer),
    gold: bilouFromRuns(runsFromIob1(s.tags), s.words.length),
  }));
  const perceptron = new AveragedPerceptron(TAG_COUNT);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < 8; epoch++) {
    for (const ex of shuffle([...examples], random)) {
      perceptron.update(
        ex.features,
        ex.gold,
        viterbi(perceptron.emissions(ex.features), perceptron.transitions(), ex.gold.length, TAG_COUNT),
      );
    }
  }
  return perceptron;
}

describe('tagger training pieces', () => {
  it('reads CoNLL sentences, documents and IOB1 runs (B- only between adjacent entities)', () => {
    expect(tiny).toHaveLength(3);
    expect(tiny.map((s) => s.document)).toEqual([1, 1, 2]);
    expect(runsFromIob1(tiny[2]!.tags)).toEqual([
      { first: 0, last: 0, label: 'LOC' },
      { first: 1, last: 1, label: 'LOC' },
      { first: 3, last: 3, label: 'LOC' },
      { first: 5, last: 6, label: 'PER' },
      { first: 8, last: 9, label: 'ORG' },
    ]);
  });

  it('converts runs to BILOU tags and back', () => {
    const runs = runsFromIob1(tiny[0]!.tags);
    const tags = bilouFromRuns(runs, tiny[0]!.words.length);
    expect(tags.map(tagName)).toEqual(['B-PER', 'L-PER', 'O', 'B-ORG', 'L-ORG', 'O', 'U-LOC', 'O']);
    expect(runsFromBilou(tags)).toEqual(runs);
  });

  it('decodes only well-formed tag sequences', () => {
    const T = TAG_COUNT;
    // Emissions that, word by word, prefer B-PER then O: invalid, so Viterbi must choose something well formed.
    const emissions = new Float64Array(2 * T);
    emissions[tagOf('B', 'PER')] = 5;
    emissions[T + 0] = 5;
    emissions[T + tagOf('L', 'PER')] = 1;
    const tags = [...viterbi(emissions, new Float64Array((T + 1) * T), 2, T)].map(tagName);
    expect(tags).toEqual(['B-PER', 'L-PER']);
  });

  it('learns the tiny training set and reproduces the same weights from the same seed', () => {
    const a = trainTiny();
    const b = trainTiny();
    expect([...a.averaged().entries()]).toEqual([...b.averaged().entries()]);
    const model = parseNerModel(
      encodeNerModel({
        tagCount: TAG_COUNT,
        features: a.averaged(),
        gazetteer: { city: ['oslo', 'lisbon'] },
      }),
    );
    const tagger = createTagger(model);
    const counts = new Map();
    for (const s of tiny) {
      const { text, spans } = sentenceText(s);
      countMatches(spans, tagger.tag(text), ['ORG', 'PER', 'LOC'], counts);
    }
    expect(prf(microCounts(counts.values() as Iterable<SpanCounts>)).f1).toBe(1);
  });

  it('round-trips weights and gazetteer through the model file within quantisation error', () => {
    const features = new Map<number, Float32Array>([
      [1, Float32Array.from({ length: TAG_COUNT }, (_, t) => (t === 3 ? 2 : 0))],
      [
        0xfffffff0,
        Float32Array.from({ length: TAG_COUNT }, (_, t) => (t === 0 ? -1 : t === 16 ? 0.5 : 0.001)),
      ],
    ]);
    const bytes = encodeNerModel(
      { tagCount: TAG_COUNT, features, gazetteer: { city: ['york', 'new york'] } },
      0.01,
    );
    const model = parseNerModel(bytes);
    expect(gazetteerLists(model)).toEqual({ city: ['new york', 'york'] });
    expect(model.weights.length).toBe(2 * TAG_COUNT);
    const scale = model.scale;
    const row = (k: number) =>
      Array.from(model.weights.subarray(k * TAG_COUNT, (k + 1) * TAG_COUNT), (q) => q * scale);
    expect(row(0)[3]).toBeCloseTo(2, 1);
    expect(row(1)[0]).toBeCloseTo(-1, 1);
    expect(row(1)[16]).toBeCloseTo(0.5, 1);
    expect(row(1)[5]).toBe(0);
    expect(() => parseNerModel(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
    expect(() => parseNerModel(new Uint8Array([1, 2, 3, 4, 5]))).toThrow(/ner\.bin/);
  });

  it('scores exact span matches per type', () => {
    const counts = new Map();
    countMatches(
      [
        { start: 0, end: 5, type: 'PER' },
        { start: 10, end: 14, type: 'ORG' },
      ],
      [
        { start: 0, end: 5, type: 'PER' },
        { start: 10, end: 13, type: 'ORG' },
        { start: 20, end: 22, type: 'MISC' },
      ],
      ['ORG', 'PER', 'LOC'],
      counts,
    );
    expect(counts.get('PER')).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(counts.get('ORG')).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(prf(microCounts(counts.values() as Iterable<SpanCounts>))).toEqual({
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
  });
});
