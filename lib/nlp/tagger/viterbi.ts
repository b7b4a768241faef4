/** The best tag sequence for a sentence under a first-order model, honouring which BILOU tag may follow which. */
import { allowedTransition } from './tags';

const transitionMasks = new Map<number, Uint8Array>();

/**
 * 1 where tag `next` may follow `prev` under `may` (row prev+1; row 0 = sentence start); column tagCount says
 * whether a sequence may end on `prev` (`may(prev, -1)`).
 */
export function transitionMask(tagCount: number, may: (prev: number, next: number) => boolean): Uint8Array {
  const mask = new Uint8Array((tagCount + 1) * (tagCount + 1));
  for (let p = -1; p < tagCount; p++) {
    for (let t = 0; t < tagCount; t++) mask[(p + 1) * (tagCount + 1) + t] = may(p, t) ? 1 : 0;
    mask[(p + 1) * (tagCount + 1) + tagCount] = may(p, -1) ? 1 : 0;
  }
  return mask;
}

/** The BILOU mask of the entity tagger, built once per tag count. */
function bilouMask(tagCount: number): Uint8Array {
  let mask = transitionMasks.get(tagCount);
  if (!mask) transitionMasks.set(tagCount, (mask = transitionMask(tagCount, allowedTransition)));
  return mask;
}

/**
 * Viterbi over `n` words: `emissions[i*T + t]` scores tag t at word i, `transitions[(p+1)*T + t]` scores t after p
 * (p = -1 at the start). Returns the highest-scoring sequence that `mask` allows (BILOU by default).
 */
export function viterbi(
  emissions: ArrayLike<number>,
  transitions: ArrayLike<number>,
  n: number,
  tagCount: number,
  mask: Uint8Array = bilouMask(tagCount),
): Int32Array {
  const T = tagCount;
  const best = new Float64Array(n * T).fill(-Infinity);
  const back = new Int32Array(n * T);
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  for (let t = 0; t < T; t++) if (mask[t]) best[t] = transitions[t]! + emissions[t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const prev = best[(i - 1) * T + p]!;
        if (prev === -Infinity || !mask[(p + 1) * (T + 1) + t]) continue;
        const s = prev + transitions[(p + 1) * T + t]!;
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      if (top === -Infinity) continue;
      best[i * T + t] = top + emissions[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let top = -Infinity;
  let last = 0;
  for (let t = 0; t < T; t++) {
    const s = best[(n - 1) * T + t]!;
    if (mask[(t + 1) * (T + 1) + T] && s > top) {
      top = s;
      last = t;
    }
  }
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  return tags;
}
