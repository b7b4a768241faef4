/**
 * Every storage key, defined once. Settings sync where the browser syncs; they are versioned and
 * migrate forward; a corrupt stored value falls back to defaults part by part and says so.
 */
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, normaliseSettings, SETTINGS_VERSION, type Settings } from '@/lib/settings';
import type { FeedState, FeedStateStore } from '../related/feed-poller';
import type { TabState } from './protocol';

/** The reader's settings (browser.storage.sync). */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // v1 is the first shape; later versions add `2: (v1) => …` here, in order.
  migrations: {},
});

/** Problems found the last time settings were read (shown on the options page), or []. */
export const settingsProblemsItem = storage.defineItem<string[]>('local:settingsProblems', { fallback: [] });

/** Read settings, repairing whatever is invalid and recording what was repaired. */
export async function loadSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch (error) {
    await settingsProblemsItem.setValue([`Settings could not be read (${String(error)}); defaults in use.`]);
    return structuredClone(DEFAULT_SETTINGS);
  }
  const { settings, problems } = normaliseSettings(raw);
  if (problems.length) await settingsProblemsItem.setValue(problems);
  return settings;
}

/** Save settings after normalising them, so nothing invalid is ever stored. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const { settings } = normaliseSettings(next);
  await settingsItem.setValue(settings);
  await settingsProblemsItem.setValue([]);
  return settings;
}

/** Call `listener` with fresh, normalised settings whenever they change; returns the unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => listener(normaliseSettings(raw).settings));
}

/** What is known about each subscribed feed between polls (ETag, backoff), keyed by feed URL. */
export const feedStatesItem = storage.defineItem<Record<string, FeedState>>('local:feedStates', {
  fallback: {},
});

/**
 * The poller's persistence in storage.local. Loads a copy: the poller changes what it loads, and the
 * item's fallback object must never be changed.
 */
export const storedFeedStates: FeedStateStore = {
  load: async () => structuredClone(await feedStatesItem.getValue()),
  save: (states) => feedStatesItem.setValue(states),
};

/** The session-storage key of a tab's state. */
const tabKey = (tabId: number) => `tab:${tabId}`;
// Absent where the browser has no session storage: the popup then waits for the worker.
const session = () => browser.storage.session as typeof browser.storage.local | undefined;

/**
 * Each tab's state in browser.storage.session, so the popup still renders it at once after the worker slept.
 * Session storage is best effort: reading gives undefined and writing gives up when it fails.
 */
export const sessionTabStates = {
  async get(tabId: number): Promise<TabState | undefined> {
    const stored = (
      await session()
        ?.get(tabKey(tabId))
        .catch(() => undefined)
    )?.[tabKey(tabId)] as TabState | undefined;
    return stored && typeof stored.status === 'string' ? stored : undefined;
  },
  set: async (tabId: number, state: TabState): Promise<void> => {
    await session()?.set({ [tabKey(tabId)]: state });
  },
  remove: async (tabId: number): Promise<void> => {
    await session()
      ?.remove(tabKey(tabId))
      .catch(() => undefined);
  },
};
