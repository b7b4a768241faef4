/**
 * How the popup waits for the worker: it asks again shortly while an analysis runs (or the page has not
 * reported yet, or an update completes the analysis it shows), and after a minute says the analysis is taking too long, with a way to try again, instead
 * of spinning for ever (a worker the browser stopped never answers).
 */
import type { TabState } from '@/lib/ext/protocol';

/** How long an analysis may run before the popup says it is taking too long (ms). */
export const POPUP_PATIENCE_MS = 60_000;
/** How many times the popup asks about a page that has not reported yet. */
export const UNKNOWN_POLLS = 12;
/** How many times the popup asks again about an analysis whose update is on its way (TabState.completing). */
export const COMPLETING_POLLS = 40;

/** What the popup does next: ask again after `pollMs` (or not), and whether to say the wait is too long. */
export interface PopupWait {
  pollMs?: number;
  slow: boolean;
}

/**
 * The next step for `state`, `polls` asks in, at `now`; `seenAt` is when this popup first saw the analysis
 * running (used when the worker did not say when it started).
 */
export function popupWait(
  state: TabState | undefined,
  polls: number,
  seenAt: number,
  now: number,
): PopupWait {
  if (state?.status === 'analysing') {
    const started = Math.min(seenAt, state.since ?? seenAt);
    const slow = now - started > POPUP_PATIENCE_MS;
    return { pollMs: slow ? 1000 : 250, slow };
  }
  if (state?.status === 'unknown' && polls < UNKNOWN_POLLS) return { pollMs: 250, slow: false };
  if (state?.status === 'ready' && state.completing && polls < COMPLETING_POLLS)
    return { pollMs: 250, slow: false };
  return { slow: false };
}
