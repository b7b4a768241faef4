import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadSettings,
  readSettings,
  saveErrorMessage,
  saveSettings,
  settingsProblems,
  settingsProblemsItem,
} from '@/lib/ext/storage';
import { DEFAULT_SETTINGS } from '@/lib/settings';

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the private-by-default settings on a fresh install', async () => {
    const settings = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.online).toEqual({ wikipedia: false, wikidata: false, newsSearch: false, feeds: false });
  });

  it('survives a corrupt stored value: falls back, keeps what is valid, and records the problem', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { sites: 'broken', features: { highlights: false } },
      settings$: { v: 1 },
    });
    const settings = await loadSettings();
    expect(settings.sites).toEqual(DEFAULT_SETTINGS.sites);
    expect(settings.features.highlights).toBe(false);
    expect(await settingsProblemsItem.getValue()).toEqual(['Site rules were unreadable; defaults restored.']);
  });

  it('normalises before saving, so nothing invalid is ever stored', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      sites: { ...DEFAULT_SETTINGS.sites, disabledFor: ['https://www.Example.com/x', '!!'] },
    });
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as typeof DEFAULT_SETTINGS;
    expect(stored.sites.disabledFor).toEqual(['example.com']);
    expect(await settingsProblemsItem.getValue()).toEqual([]);
  });
});

describe('settings storage when the browser fails', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('settings that cannot be read load as the defaults, with a note, instead of failing', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('IO error: corrupted database'));
    const { settings, problems } = await readSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/could not be read.*corrupted database.*defaults in use/);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('a corrupt store loads as defaults with its note even when the note cannot be stored', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage', settings$: { v: 1 } });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const { settings, problems } = await readSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual(['Stored settings were not an object; defaults restored.']);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('unreadable'));
    expect(await settingsProblems()).toEqual([]);
  });

  it('a refused write rejects with a reason the reader can act on; the stored settings are untouched', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, historySize: 100 });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    const failed = await saveSettings({ ...DEFAULT_SETTINGS, historySize: 200 }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Error);
    expect(saveErrorMessage(failed)).toMatch(/storage for synced settings is full/);
    expect(saveErrorMessage(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'))).toMatch(/a minute/);
    vi.restoreAllMocks();
    expect((await loadSettings()).historySize).toBe(100);
  });

  it('a save that is stored is not reported as failed when clearing the old notes fails', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSettings({ ...DEFAULT_SETTINGS, historySize: 300 })).resolves.toMatchObject({
      historySize: 300,
    });
  });
});
