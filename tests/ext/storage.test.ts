import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings, settingsProblemsItem } from '@/lib/ext/storage';
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
