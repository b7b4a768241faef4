/** Scores shared by the evaluations. */

/** Precision/recall/F1 of two multisets of strings. */
export function bagF1(got: string[], want: string[]): { p: number; r: number; f: number } {
  const counts = new Map<string, number>();
  for (const t of want) counts.set(t, (counts.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of got) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      hit++;
      counts.set(t, c - 1);
    }
  }
  if (!got.length && !want.length) return { p: 1, r: 1, f: 1 };
  const p = got.length ? hit / got.length : 0;
  const r = want.length ? hit / want.length : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
