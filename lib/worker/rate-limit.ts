/**
 * How often a tab may ask the worker for something, whatever its page does: a page can forge the
 * location-change event or call `pushState` in a loop, but it cannot make the worker count differently.
 */

/** A sliding-window limit per key (a tab): `take` says whether one more is allowed now. */
export interface RateLimit {
  /** Count one use for `key` and say whether it is within the limit (a refused use is not counted). */
  take(key: number): boolean;
  /** Forget `key` (the tab closed). */
  drop(key: number): void;
}

/** At most `limit` uses per key in any `windowMs`. */
export function createRateLimit(limit: number, windowMs: number, now: () => number = Date.now): RateLimit {
  const uses = new Map<number, number[]>();
  return {
    take(key) {
      const t = now();
      const recent = (uses.get(key) ?? []).filter((at) => t - at < windowMs);
      const ok = recent.length < limit;
      if (ok) recent.push(t);
      uses.set(key, recent);
      return ok;
    },
    drop(key) {
      uses.delete(key);
    },
  };
}
