import { describe, expect, it } from 'vitest';
import { COMPLETING_POLLS, POPUP_PATIENCE_MS, popupWait, UNKNOWN_POLLS } from '@/entrypoints/popup/waiting';

const T0 = Date.parse('2026-12-02T10:00:00Z');

describe('how the popup waits for the worker', () => {
  it('asks again every 250 ms while an analysis runs, and says nothing of the wait for a minute', () => {
    const state = { status: 'analysing' as const, since: T0 };
    expect(popupWait(state, 3, T0, T0 + 10_000)).toEqual({ pollMs: 250, slow: false });
    expect(popupWait(state, 200, T0, T0 + POPUP_PATIENCE_MS)).toEqual({ pollMs: 250, slow: false });
  });

  it('past a minute it says the analysis is taking too long, and keeps asking, more slowly', () => {
    const state = { status: 'analysing' as const, since: T0 };
    expect(popupWait(state, 240, T0 + 50_000, T0 + POPUP_PATIENCE_MS + 1)).toEqual({
      pollMs: 1000,
      slow: true,
    });
  });

  it('counts from when the popup first saw it when the worker did not say when it started', () => {
    const state = { status: 'analysing' as const };
    expect(popupWait(state, 0, T0, T0 + 5_000).slow).toBe(false);
    expect(popupWait(state, 0, T0, T0 + POPUP_PATIENCE_MS + 1).slow).toBe(true);
  });

  it('a page that has not reported is asked about a few times, then left; a finished state is not asked about', () => {
    expect(popupWait({ status: 'unknown' }, 0, T0, T0).pollMs).toBe(250);
    expect(popupWait({ status: 'unknown' }, UNKNOWN_POLLS, T0, T0).pollMs).toBeUndefined();
    for (const status of ['ready', 'error', 'not-news', 'disabled'] as const)
      expect(popupWait({ status }, 0, T0, T0 + 10 * POPUP_PATIENCE_MS)).toEqual({ slow: false });
  });

  it('asks again while an update completes the analysis it shows, for a while, then leaves it', () => {
    const completing = { status: 'ready' as const, completing: true };
    expect(popupWait(completing, 0, T0, T0)).toEqual({ pollMs: 250, slow: false });
    expect(popupWait(completing, COMPLETING_POLLS, T0, T0)).toEqual({ slow: false });
    expect(popupWait({ status: 'ready' }, 0, T0, T0)).toEqual({ slow: false });
  });
});
