/**
 * Link confidence as a probability. The linker's score (match kind, prior, the story's country, co-mentions,
 * margin over the runner-up) orders candidates well but is no probability: its 0.9 bin was right 93% of the
 * time, its 0.6 bin 76%. An isotonic fit (pool-adjacent-violators) of "was the card right" on that score, on
 * the tuned part of the dev sets only (GUM train, two thirds of the judged pages), maps it to the share of
 * links at that score that were right. Refit with `npm run eval -- linking --fit` after any linker change.
 */

/** Knots of the fitted map: [linker score, probability the link is right], increasing in both. */
const LINK_CALIBRATION: ReadonlyArray<readonly [number, number]> = [
  [0.54, 0.704],
  [0.672, 0.864],
  [0.729, 0.933],
  [0.802, 0.95],
  [0.948, 0.965],
  [1, 0.992],
];

/**
 * The linker score below which a link gets no card. The cut is kept on the score, not on the probability, so
 * a refit moves what the probability says without letting weaker links through: links scored 0.54–0.61 are
 * right about seven times in ten on the tuned part but about half the time on the held-out part. The
 * linker's scores have two decimals: 0.62 passes, 0.61 does not (where the cut sat before this fit).
 */
export const MIN_LINK_SCORE = 0.615;

/** The probability that a link with this linker score is right: piecewise linear between the knots. */
export function linkProbability(score: number, knots = LINK_CALIBRATION): number {
  if (!knots.length) return score;
  if (score <= knots[0][0]) return knots[0][1];
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i];
    if (score <= x1) {
      const [x0, y0] = knots[i - 1];
      return x1 === x0 ? y1 : y0 + ((y1 - y0) * (score - x0)) / (x1 - x0);
    }
  }
  return knots[knots.length - 1][1];
}

/**
 * Isotonic regression of outcomes on scores (pool adjacent violators), returned as knots at each pooled
 * block's mean score. `minBlock` pools small blocks with a neighbour so no knot rests on a handful of links.
 */
export function fitIsotonic(
  points: ReadonlyArray<{ score: number; right: boolean }>,
  minBlock = 20,
): Array<[number, number]> {
  const sorted = [...points].sort((a, b) => a.score - b.score);
  type Block = { sumX: number; sumY: number; n: number };
  const blocks: Block[] = [];
  for (const p of sorted) {
    const last = blocks[blocks.length - 1];
    // Links of equal score are one point of the map.
    if (last && last.sumX / last.n === p.score) {
      last.sumX += p.score;
      last.sumY += p.right ? 1 : 0;
      last.n++;
    } else blocks.push({ sumX: p.score, sumY: p.right ? 1 : 0, n: 1 });
    // Merge while the last block's mean is not above the one before it, or the one before is too small.
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1];
      const a = blocks[blocks.length - 2];
      if (a.sumY / a.n < b.sumY / b.n && a.n >= minBlock) break;
      blocks.splice(-2, 2, { sumX: a.sumX + b.sumX, sumY: a.sumY + b.sumY, n: a.n + b.n });
    }
  }
  return blocks.map((b) => [round(b.sumX / b.n), round(b.sumY / b.n)]);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
