import { describe, expect, it } from 'vitest';
import { stepSlice } from '@/lib/content/slices';

function* count(n: number, seen: number[]): Generator<void> {
  for (let i = 0; i < n; i++) {
    seen.push(i);
    yield;
  }
}

describe('one time-slicing helper', () => {
  it('always takes one step, then stops when the clock passes the end of the slice', () => {
    const seen: number[] = [];
    const steps = count(10, seen);
    let t = 0;
    const now = () => t++;
    expect(stepSlice(steps, 0, now)).toBe(false);
    expect(seen).toEqual([0]);
    expect(stepSlice(steps, t + 3, now)).toBe(false);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops early when told to, and says when the steps are finished', () => {
    const seen: number[] = [];
    const steps = count(5, seen);
    expect(
      stepSlice(
        steps,
        Infinity,
        () => 0,
        () => seen.length < 2,
      ),
    ).toBe(false);
    expect(seen).toEqual([0, 1]);
    expect(stepSlice(steps, Infinity, () => 0)).toBe(true);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });
});
