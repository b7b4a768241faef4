/**
 * What the worker knows of each tab, for the popup: kept in memory, copied to session storage (outside
 * private windows) so the popup renders at once after the worker slept, and shown on the toolbar button.
 */
import type { TabState } from '../ext/protocol';
import { sessionTabStates } from '../ext/storage';
import { showOnButton } from './badge';
import { forSession } from './session-state';

/** What the popup says of an analysis a restarted worker lost. */
export const ANALYSIS_INTERRUPTED =
  'The analysis was interrupted: the browser restarted Fact Context’s background worker while it was reading this page. The page sends itself once more; if no result appears, press “Try again”.';

/** What the popup says of a first analysis whose update a restarted worker lost (TabState.completing). */
export const UPDATE_INTERRUPTED =
  'The dates, claims and related coverage of this page were not read: the browser restarted Fact Context’s background worker first. “Analyse” in this popup reads the page again.';

/** The state without the mark that an update is coming. */
export function settledState(state: TabState): TabState {
  const rest = { ...state };
  delete rest.completing;
  return rest;
}

export interface TabStates {
  /** The tab's state: in memory, else from session storage, else unknown. */
  get(tabId: number): Promise<TabState>;
  /** The tab's state in memory only (what an answer in flight compares against). */
  current(tabId: number): TabState | undefined;
  /** Keep and show a tab's new state. */
  set(tabId: number, state: TabState): Promise<void>;
  /** The tab is in a private window: nothing it shows goes to storage. */
  markPrivate(tabId: number): void;
  /** Forget a closed tab. */
  forget(tabId: number): void;
}

export function createTabStates(): TabStates {
  const tabs = new Map<number, TabState>();
  /** Tabs in private windows: nothing they show is stored. */
  const privateTabs = new Set<number>();
  return {
    async get(tabId) {
      const known = tabs.get(tabId);
      if (known) return known;
      const stored = await sessionTabStates.get(tabId);
      if (!stored) return { status: 'unknown' };
      // An analysis this worker never started: the worker that did was stopped by the browser half-way, and
      // its answer will never come. Said so, instead of a popup waiting for ever (the page sends itself once more).
      // Likewise the update that completes a first analysis: the analysis stays, and says what it lacks.
      const state: TabState =
        stored.status === 'analysing'
          ? { status: 'error', url: stored.url, error: ANALYSIS_INTERRUPTED }
          : stored.completing
            ? { ...settledState(stored), notes: [...(stored.notes ?? []), UPDATE_INTERRUPTED] }
            : stored;
      tabs.set(tabId, state);
      return state;
    },
    current: (tabId) => tabs.get(tabId),
    async set(tabId, state) {
      tabs.set(tabId, state);
      if (!privateTabs.has(tabId))
        void sessionTabStates
          .set(tabId, forSession(state))
          .catch((error: unknown) =>
            console.warn('Fact Context: could not keep this tab’s result for the popup:', error),
          );
      await showOnButton(tabId, state);
    },
    markPrivate: (tabId) => void privateTabs.add(tabId),
    forget(tabId) {
      tabs.delete(tabId);
      privateTabs.delete(tabId);
      void sessionTabStates.remove(tabId);
    },
  };
}
