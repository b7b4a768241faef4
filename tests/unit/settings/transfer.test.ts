import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, originsFor, settingsFromJson, settingsToJson } from '@/lib/settings';

describe('settings file', () => {
  it('round-trips exported settings', () => {
    const mine = {
      ...structuredClone(DEFAULT_SETTINGS),
      sites: { mode: 'off' as const, enabledFor: ['*.bbc.co.uk'], disabledFor: [] },
    };
    const back = settingsFromJson(settingsToJson(mine));
    expect(back).toEqual({ ok: true, settings: mine, problems: [] });
  });
  it('repairs invalid parts and lists them', () => {
    const back = settingsFromJson(
      JSON.stringify({ sites: { mode: 'sometimes' }, features: { hoverDelayMs: 99999 } }),
    );
    expect(back.ok && back.settings.sites.mode).toBe('news');
    expect(back.ok && back.settings.features.hoverDelayMs).toBe(2000);
    expect(back.ok && back.problems.join()).toContain('sometimes');
  });
  it('refuses files that are not JSON, hold no settings, or come from a newer version, saying what to do', () => {
    for (const text of [
      '{oops',
      '[1,2]',
      '{"colour":"blue"}',
      '{"format":"fact-context-settings","version":99,"settings":{}}',
    ]) {
      const r = settingsFromJson(text);
      expect(r.ok, text).toBe(false);
      expect(!r.ok && r.error).toMatch(/Choose|Update/);
    }
  });
  it('asks only for the hosts of the sources switched on', () => {
    const none = { wikipedia: false, wikidata: false, newsSearch: false, feeds: false };
    expect(originsFor({ ...none, wikipedia: true })).toEqual(['https://*.wikipedia.org/*']);
    expect(originsFor(none)).toEqual([]);
    expect(originsFor({ ...none, newsSearch: true })).toEqual([
      'https://api.gdeltproject.org/*',
      'https://news.google.com/*',
    ]);
  });
  it('never asks for every site: feeds ask for each feed’s own host when subscribed', () => {
    const all = originsFor({ wikipedia: true, wikidata: true, newsSearch: true, feeds: true });
    expect(all.filter((o) => /^https?:\/\/\*\//.test(o))).toEqual([]);
    expect(all).not.toContain('https://*/*');
    expect(all).not.toContain('http://*/*');
  });
});
