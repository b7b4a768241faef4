import { readFileSync } from 'node:fs';

/** Small timing helpers for benchmarks: medians of repeated runs, so ratios are stable on shared machines. */

/** Run `fn` `runs` times after `warmup` runs; return the median duration in milliseconds. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

/**
 * Like medianMs, in this process's CPU time (all its threads): on a machine other work shares, wall time
 * stretches with the load and CPU time much less.
 */
export function medianCpuMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  return median(times);
}

/**
 * CPU milliseconds this thread has run (Linux: /proc/thread-self/schedstat, nanoseconds, advanced at scheduler
 * ticks), or undefined elsewhere. Unlike process.cpuUsage it leaves out V8's background compiler and GC
 * threads, which run beside the main thread: on an idle machine wall time follows this figure.
 */
export function mainThreadCpuMs(): number | undefined {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}
