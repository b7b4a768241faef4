import { describe, expect, it } from 'vitest';
import { fitIsotonic, linkProbability, MIN_LINK_SCORE } from '@/lib/kb/calibration';

describe('link calibration', () => {
  it('fits a map that never falls as the score rises, from how often links were right', () => {
    // Scores 0.5: 1 in 4 right; 0.7: 3 in 4 (but one 0.6 outlier, all right, is pooled with its neighbour); 0.9: all.
    const points = [
      ...[true, false, false, false].map((right) => ({ score: 0.5, right })),
      { score: 0.6, right: true },
      ...[true, true, true, false].map((right) => ({ score: 0.7, right })),
      ...[true, true, true, true].map((right) => ({ score: 0.9, right })),
    ];
    const knots = fitIsotonic(points, 1);
    for (let i = 1; i < knots.length; i++) {
      expect(knots[i][0]).toBeGreaterThan(knots[i - 1][0]);
      expect(knots[i][1]).toBeGreaterThanOrEqual(knots[i - 1][1]);
    }
    expect(knots[0]).toEqual([0.5, 0.25]);
    expect(knots[knots.length - 1]).toEqual([0.9, 1]);
    expect(linkProbability(0.5, knots)).toBe(0.25);
  });

  it('reads a score between knots on the line between them, and clamps outside them', () => {
    const knots = [
      [0.5, 0.4],
      [0.9, 0.8],
    ] as const;
    expect(linkProbability(0.7, knots)).toBeCloseTo(0.6);
    expect(linkProbability(0.2, knots)).toBe(0.4);
    expect(linkProbability(1, knots)).toBe(0.8);
  });

  it('abstains below the same linker score whatever the fitted map says', () => {
    // The shipped map: a score of 0.62 passes the cut and 0.61 does not, and every score below the cut maps
    // lower than every score above it, so the cut on the probability is the cut on the score.
    const cut = linkProbability(MIN_LINK_SCORE);
    expect(linkProbability(0.62)).toBeGreaterThanOrEqual(cut);
    expect(linkProbability(0.61)).toBeLessThan(cut);
    expect(linkProbability(0.3)).toBeLessThan(cut);
    for (let s = 0; s < 1; s += 0.01)
      expect(linkProbability(s + 0.01)).toBeGreaterThanOrEqual(linkProbability(s));
  });
});
