/**
 * Training: an averaged structured perceptron (Collins 2002) over hashed features and BILOU tags, decoded with
 * Viterbi. Pure and deterministic: the same sentences in the same order give the same weights.
 */
import { transitionFeature } from './features';

/** Growable weights with lazy averaging: averaged = w - u / c. */
export class AveragedPerceptron {
  readonly tagCount: number;
  private readonly index = new Map<number, number>();
  private hashes: number[] = [];
  private w: Float32Array = new Float32Array(0);
  private u: Float32Array = new Float32Array(0);
  private c = 1;

  constructor(tagCount: number) {
    this.tagCount = tagCount;
  }

  /** Number of features that have weights. */
  get size(): number {
    return this.hashes.length;
  }

  private row(hash: number): number {
    let r = this.index.get(hash);
    if (r !== undefined) return r;
    r = this.hashes.length;
    this.index.set(hash, r);
    this.hashes.push(hash);
    const need = (r + 1) * this.tagCount;
    if (need > this.w.length) {
      const grow = (a: Float32Array): Float32Array => {
        const b = new Float32Array(Math.max(need, a.length * 2, 1024 * this.tagCount));
        b.set(a);
        return b;
      };
      this.w = grow(this.w);
      this.u = grow(this.u);
    }
    return r;
  }

  /** Scores of every tag for every word (`n × tagCount`) under the current (not averaged) weights. */
  emissions(features: number[][]): Float64Array {
    const T = this.tagCount;
    const scores = new Float64Array(features.length * T);
    features.forEach((feats, i) => {
      for (const hash of feats) {
        const r = this.index.get(hash);
        if (r === undefined) continue;
        for (let t = 0; t < T; t++) scores[i * T + t] += this.w[r * T + t]!;
      }
    });
    return scores;
  }

  /** Transition scores `(p+1) × tagCount` under the current weights. */
  transitions(): Float64Array {
    const T = this.tagCount;
    const scores = new Float64Array((T + 1) * T);
    for (let p = -1; p < T; p++) {
      const r = this.index.get(transitionFeature(p));
      if (r !== undefined) for (let t = 0; t < T; t++) scores[(p + 1) * T + t] = this.w[r * T + t]!;
    }
    return scores;
  }

  private add(hash: number, tag: number, delta: number): void {
    const k = this.row(hash) * this.tagCount + tag;
    this.w[k] += delta;
    this.u[k] += this.c * delta;
  }

  /** One structured update: towards the gold tags, away from the predicted ones; then the clock ticks. */
  update(features: number[][], gold: ArrayLike<number>, predicted: ArrayLike<number>): void {
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const p = predicted[i]!;
      if (g !== p) {
        for (const hash of features[i]!) {
          this.add(hash, g, 1);
          this.add(hash, p, -1);
        }
      }
      const gPrev = i === 0 ? -1 : gold[i - 1]!;
      const pPrev = i === 0 ? -1 : predicted[i - 1]!;
      if (g !== p || gPrev !== pPrev) {
        this.add(transitionFeature(gPrev), g, 1);
        this.add(transitionFeature(pPrev), p, -1);
      }
    }
    this.c++;
  }

  /** The averaged weights per feature hash: what gets shipped. */
  averaged(): Map<number, Float32Array> {
    const T = this.tagCount;
    const out = new Map<number, Float32Array>();
    this.hashes.forEach((hash, r) => {
      const row = new Float32Array(T);
      let any = false;
      for (let t = 0; t < T; t++) {
        row[t] = this.w[r * T + t]! - this.u[r * T + t]! / this.c;
        if (row[t] !== 0) any = true;
      }
      if (any) out.set(hash, row);
    });
    return out;
  }
}

/** A deterministic pseudo-random generator (mulberry32), for reproducible shuffles. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles `items` in place with `random` (Fisher–Yates). */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
