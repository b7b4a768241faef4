/**
 * Every storage key, defined once. Settings sync where the browser syncs; they are versioned and
 * migrate forward; a corrupt stored value falls back to defaults part by part and says so.
 */
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  normaliseSettings,
  normaliseWrongCards,
  SETTINGS_VERSION,
  type Settings,
  type WrongCardReport,
} from '@/lib/settings';
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

/** Settings as read, and what had to be repaired on the way (shown on the options page). */
export interface ReadSettings {
  settings: Settings;
  problems: string[];
}

/**
 * Read settings, repairing whatever is invalid and recording what was repaired. Never throws: settings that
 * cannot be read at all (storage failing, a corrupt store) are the defaults, with a note saying so.
 */
export async function readSettings(): Promise<ReadSettings> {
  let result: ReadSettings;
  try {
    result = normaliseSettings(await settingsItem.getValue());
  } catch (error) {
    result = {
      settings: structuredClone(DEFAULT_SETTINGS),
      problems: [`Settings could not be read (${String(error)}); defaults in use.`],
    };
  }
  // The note is kept for the options page when storage allows; when it does not, the caller still has it.
  if (result.problems.length) await settingsProblemsItem.setValue(result.problems).catch(() => undefined);
  return result;
}

/** Read settings (see readSettings); never throws. */
export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/** Problems noted the last time settings were read, or [] when they cannot be read either. */
export const settingsProblems = (): Promise<string[]> =>
  settingsProblemsItem.getValue().then(
    (p) => (Array.isArray(p) ? p.filter((s): s is string => typeof s === 'string') : []),
    () => [],
  );

/**
 * Save settings after normalising them, so nothing invalid is ever stored. Rejects when the browser refuses
 * the write (storage full, too many writes a minute): the caller shows that, and still has what it saved.
 */
export async function saveSettings(next: Settings): Promise<Settings> {
  const { settings } = normaliseSettings(next);
  await settingsItem.setValue(settings);
  // Saved: earlier notes about unreadable settings no longer apply (clearing them is not worth failing for).
  await settingsProblemsItem.setValue([]).catch(() => undefined);
  return settings;
}

/** A sentence for the reader on why settings were not saved. */
export function saveErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED/i.test(text))
    return 'Your browser allows only so many settings changes a minute. Wait a minute, then save again.';
  if (/quota|QUOTA_BYTES/i.test(text))
    return 'Your browser’s storage for synced settings is full (long site or feed lists take the most room). Remove a few entries, then save again.';
  return `Your browser did not save them (${text.slice(0, 200)}).`;
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

/** Cards the reader marked wrong ("Wrong card?"), per site and name; local to this browser, never synced. */
export const wrongCardsItem = storage.defineItem<WrongCardReport[]>('local:wrongCards', { fallback: [] });

/** The reader's wrong-card reports, malformed entries dropped. */
export async function loadWrongCards(): Promise<WrongCardReport[]> {
  return normaliseWrongCards(await wrongCardsItem.getValue());
}

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
