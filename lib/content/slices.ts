/**
 * Time slicing, once: the content script's long jobs (writing the page out for the worker, marking the
 * article) are generators, run a few milliseconds at a time so the page keeps its main thread.
 */

/**
 * Run `steps` for one slice: at least one step, then more while `keepGoing()` agrees (checked after each
 * step) and the clock `now()` is before `until`. True when the steps are finished.
 */
export function stepSlice(
  steps: Iterator<unknown>,
  until: number,
  now: () => number,
  keepGoing: () => boolean = () => true,
): boolean {
  let done: boolean;
  do done = steps.next().done === true;
  while (!done && keepGoing() && now() < until);
  return done;
}
