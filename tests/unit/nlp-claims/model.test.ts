import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeClaimsModel,
  encodeClaimsBundle,
  encodeClaimsModel,
  parseClaimsModel,
  splitClaimsBundle,
} from '../../../lib/nlp/claims/model';
import { sentenceFeatures } from '../../../lib/nlp/claims/features';

const bytes = new Uint8Array(readFileSync(new URL('../../../assets/models/claims.bin', import.meta.url)));

describe('check-worthiness model', () => {
  it('ships compact: check-worthiness under 64 KB, attribution tagger under 1.5 MB', () => {
    const parts = splitClaimsBundle(bytes);
    expect(parts.checkworthiness.length).toBeLessThan(64 * 1024);
    expect(parts.attributions?.length).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('bundles both models in one file, and rejects a bundle cut short', () => {
    const a = new Uint8Array([1, 2, 3]);
    const b = new Uint8Array([4, 5]);
    const parts = splitClaimsBundle(encodeClaimsBundle(a, b));
    expect([...parts.checkworthiness]).toEqual([1, 2, 3]);
    expect([...parts.attributions!]).toEqual([4, 5]);
    expect(() => splitClaimsBundle(encodeClaimsBundle(a, b).subarray(0, 14))).toThrow(/truncated/);
    expect(parseClaimsModel(bytes).attributions).toBeDefined();
  });

  it('scores factual, checkable sentences above opinion and chit-chat', () => {
    const model = parseClaimsModel(bytes);
    const factual = [
      'Unemployment has fallen by 40 percent since 2010.',
      'The government spent $2 billion on the program last year.',
      'Crime in our cities went up 12 percent under his administration.',
    ];
    const chatter = [
      'Thank you very much, everybody.',
      'I think that is a great question.',
      'Well, let me just say this.',
    ];
    for (const s of factual) expect(model.score(s), s).toBeGreaterThanOrEqual(0.5);
    for (const s of chatter) expect(model.score(s), s).toBeLessThan(0.5);
  });

  it('round-trips weights through the file format within quantisation error', () => {
    const weights = new Float32Array(1 << 10);
    weights[3] = 1.5;
    weights[700] = -0.75;
    weights[1023] = 0.25;
    const decoded = decodeClaimsModel(encodeClaimsModel({ bits: 10, weights, slope: 1.2, intercept: -0.3 }));
    expect(decoded.bits).toBe(10);
    expect(decoded.slope).toBeCloseTo(1.2, 5);
    expect(decoded.intercept).toBeCloseTo(-0.3, 5);
    expect(decoded.weights[3]).toBeCloseTo(1.5, 1);
    expect(decoded.weights[700]).toBeCloseTo(-0.75, 1);
    expect(decoded.weights[1023]).toBeCloseTo(0.25, 1);
    expect(decoded.weights.filter((w) => w !== 0).length).toBe(3);
  });

  it('rejects bytes that are not a model, saying how to get one', () => {
    expect(() => parseClaimsModel(new TextEncoder().encode('{"not":"a model"}'))).toThrow(
      /npm run train:claims|claims\.bin/,
    );
    expect(() => parseClaimsModel(bytes.subarray(0, 40))).toThrow(/truncated/);
  });

  it('treats different figures of the same shape alike, so a new number scores like a seen one', () => {
    expect(sentenceFeatures('Prices rose 3% in 2019.', 18)).toEqual(
      sentenceFeatures('Prices rose 7% in 2021.', 18),
    );
    expect(sentenceFeatures('Prices rose 3% in 2019.', 18)).not.toEqual(
      sentenceFeatures('Prices rose 30% in 2019.', 18),
    );
  });
});
