import { describe, expect, it } from 'vitest';
import { encodeNerModel, findRow, parseNerModel, writeNerModel } from '../../../lib/nlp/tagger/model';

const T = 3;

/** A model with made-up feature hashes spread over the 32-bit range, each with one distinctive weight row. */
function weightsFor(hashes: number[]) {
  const features = new Map<number, Float32Array>();
  hashes.forEach((hash, k) => features.set(hash, Float32Array.from([k + 100, -(k % 5), k % 2 ? 0.5 : 0])));
  return { tagCount: T, features, gazetteer: { city: ['oslo', 'new york'] } };
}

/** Deterministic pseudo-random unsigned 32-bit hashes, as FNV feature hashes are. */
function spreadHashes(n: number): number[] {
  let x = 12345;
  const out = new Set<number>();
  while (out.size < n) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.add(x);
  }
  return [...out];
}

/** Version 1 bytes of a model (varint hash gaps, tag masks, non-zero int8 values), as older files hold. */
function versionOneBytes(hashes: number[], rows: number[][], gazetteer: Record<string, string>): Uint8Array {
  const varint = (out: number[], value: number) => {
    let v = value;
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  };
  const body: number[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  let last = 0;
  hashes.forEach((hash, k) => {
    varint(body, hash - last);
    last = hash;
    let mask = 0;
    rows[k]!.forEach((q, t) => {
      if (q === 0) return;
      mask |= 1 << t;
      values.push(q & 0xff);
    });
    varint(masks, mask);
  });
  const header = new TextEncoder().encode(
    JSON.stringify({ tagCount: T, scale: 0.5, count: hashes.length, gazetteer }),
  );
  const bytes = new Uint8Array(9 + header.length + body.length + masks.length + values.length);
  bytes.set([0x46, 0x43, 0x4e, 0x45, 1]);
  new DataView(bytes.buffer).setUint32(5, header.length, true);
  bytes.set([...header, ...body, ...masks, ...values], 9);
  return bytes;
}

describe('entity tagger model file', () => {
  it('finds the row of every stored hash and no row for hashes it does not hold', () => {
    const hashes = spreadHashes(2000);
    const model = parseNerModel(encodeNerModel(weightsFor(hashes)));
    const sorted = [...hashes].sort((a, b) => a - b);
    expect([...model.keys]).toEqual(sorted);
    for (const hash of hashes) {
      const row = findRow(model, hash);
      expect(model.keys[row]).toBe(hash);
      // The row holds this hash's own weights: the first tag's weight encodes its place in the input.
      const first = model.weights[row * T]! * model.scale;
      expect(Math.abs(first - (hashes.indexOf(hash) + 100))).toBeLessThanOrEqual(model.scale / 2);
    }
    expect(findRow(model, 0)).toBe(sorted[0] === 0 ? 0 : -1);
    expect(findRow(model, 0xffffffff)).toBe(-1);
    for (let k = 0; k + 1 < sorted.length; k += 97) {
      if (sorted[k + 1]! - sorted[k]! > 1) expect(findRow(model, sorted[k]! + 1)).toBe(-1);
    }
  });

  it('accepts a hash given as a signed 32-bit number, as Math.imul leaves it', () => {
    const model = parseNerModel(encodeNerModel(weightsFor([0xfffffff0, 7])));
    expect(findRow(model, 0xfffffff0 | 0)).toBe(findRow(model, 0xfffffff0));
    expect(findRow(model, 0xfffffff0)).toBe(1);
  });

  it('finds rows in a model of one feature and answers -1 in an empty one', () => {
    const one = parseNerModel(encodeNerModel(weightsFor([42])));
    expect(findRow(one, 42)).toBe(0);
    expect(findRow(one, 41)).toBe(-1);
    const none = parseNerModel(encodeNerModel({ tagCount: T, features: new Map(), gazetteer: {} }));
    expect(findRow(none, 42)).toBe(-1);
  });

  it('reads a file wherever its bytes sit in memory (inside the claims bundle they are not aligned)', () => {
    const bytes = encodeNerModel(weightsFor(spreadHashes(50)));
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const a = parseNerModel(bytes);
    const b = parseNerModel(shifted.subarray(1));
    expect([...b.keys]).toEqual([...a.keys]);
    expect([...b.weights]).toEqual([...a.weights]);
  });

  it('still reads version 1 files, and re-encodes them as version 2 without changing a weight', () => {
    const hashes = [3, 900, 70_000, 0xfffffff0];
    const rows = [
      [1, 0, -2],
      [0, 0, 5],
      [-128, 127, 0],
      [0, 9, 0],
    ];
    const old = parseNerModel(versionOneBytes(hashes, rows, { city: 'new york\noslo' }));
    expect([...old.keys]).toEqual(hashes);
    expect([...old.weights]).toEqual(rows.flat());
    expect(findRow(old, 70_000)).toBe(2);
    const again = parseNerModel(writeNerModel(old));
    expect([...again.keys]).toEqual(hashes);
    expect([...again.weights]).toEqual(rows.flat());
    expect(again.scale).toBe(0.5);
    expect(again.gazetteerSource).toEqual({ city: 'new york\noslo' });
  });

  it('refuses damaged files with a clear error', () => {
    const bytes = encodeNerModel(weightsFor(spreadHashes(10)));
    expect(() => parseNerModel(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated or corrupt/);
    expect(() => parseNerModel(bytes.subarray(0, 12))).toThrow(/truncated or corrupt/);
    const unsorted = bytes.slice();
    const start = bytes.length - 10 * 4 - 10 * T;
    unsorted.copyWithin(start, start + 4, start + 8); // the second hash written over the first
    expect(() => parseNerModel(unsorted)).toThrow(/truncated or corrupt/);
    const badHeader = bytes.slice();
    badHeader[9] = 0x7b + 1; // '|' where the JSON header opens with '{'
    expect(() => parseNerModel(badHeader)).toThrow(/truncated or corrupt/);
    const future = bytes.slice();
    future[4] = 9;
    expect(() => parseNerModel(future)).toThrow(/ner\.bin/);
  });
});
