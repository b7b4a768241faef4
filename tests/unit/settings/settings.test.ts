import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  hostMatches,
  isSiteEnabled,
  normaliseSettings,
  normaliseSitePattern,
  withSiteToggled,
} from '@/lib/settings';

describe('isSiteEnabled', () => {
  const settings = (sites: Partial<typeof DEFAULT_SETTINGS.sites>) => ({
    ...DEFAULT_SETTINGS,
    sites: { ...DEFAULT_SETTINGS.sites, ...sites },
  });

  it('is on for ordinary web pages by default and never for non-web URLs', () => {
    expect(isSiteEnabled('https://www.bbc.co.uk/news/uk-50399977', DEFAULT_SETTINGS)).toBe(true);
    expect(isSiteEnabled('chrome://extensions', DEFAULT_SETTINGS)).toBe(false);
    expect(isSiteEnabled('file:///home/me/page.html', DEFAULT_SETTINGS)).toBe(false);
    expect(isSiteEnabled('not a url', DEFAULT_SETTINGS)).toBe(false);
  });

  it('lets the deny list beat the allow list, with wildcards for subdomains', () => {
    const s = settings({ enabledFor: ['*.example.com'], disabledFor: ['news.example.com'] });
    expect(isSiteEnabled('https://blog.example.com/a', s)).toBe(true);
    expect(isSiteEnabled('https://news.example.com/a', s)).toBe(false);
  });

  it("in 'off' mode runs only on allowed sites", () => {
    const s = settings({ mode: 'off', enabledFor: ['theguardian.com'] });
    expect(isSiteEnabled('https://www.theguardian.com/politics', s)).toBe(true);
    expect(isSiteEnabled('https://www.bbc.co.uk/news', s)).toBe(false);
  });

  it('toggles one site without touching the others', () => {
    const off = withSiteToggled(DEFAULT_SETTINGS, 'https://www.bbc.co.uk/news/x', false);
    expect(off.sites.disabledFor).toEqual(['bbc.co.uk']);
    expect(isSiteEnabled('https://www.bbc.co.uk/news/y', off)).toBe(false);
    const on = withSiteToggled(off, 'https://bbc.co.uk/', true);
    expect(on.sites.disabledFor).toEqual([]);
    expect(isSiteEnabled('https://www.bbc.co.uk/news/y', on)).toBe(true);
  });
});

describe('site patterns', () => {
  it('reduces what a reader types to a host pattern', () => {
    expect(normaliseSitePattern(' https://www.BBC.co.uk/news ')).toBe('bbc.co.uk');
    expect(normaliseSitePattern('*.example.com')).toBe('*.example.com');
    expect(normaliseSitePattern('example.com/path')).toBe('example.com');
    expect(normaliseSitePattern('not a site!')).toBe('');
    expect(normaliseSitePattern('')).toBe('');
  });
  it('matches a bare host with and without www, and wildcards on subdomains only when asked', () => {
    expect(hostMatches('www.example.com', 'example.com')).toBe(true);
    expect(hostMatches('news.example.com', 'example.com')).toBe(false);
    expect(hostMatches('news.example.com', '*.example.com')).toBe(true);
    expect(hostMatches('badexample.com', '*.example.com')).toBe(false);
  });
});

describe('normaliseSettings (corrupt storage)', () => {
  it('returns defaults for nothing stored, without problems', () => {
    expect(normaliseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
  it('falls back to defaults for a non-object and says so', () => {
    const { settings, problems } = normaliseSettings('garbage');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems[0]).toMatch(/not an object/);
  });
  it('keeps valid parts and repairs invalid ones', () => {
    const { settings, problems } = normaliseSettings({
      sites: { mode: 'sometimes', enabledFor: ['good.com', 42, ''], disabledFor: 'x' },
      features: { highlights: false, hoverDelayMs: 1e9, entityTypes: null },
      feeds: ['https://example.com/rss', 'javascript:alert(1)'],
      historySize: -5,
    });
    expect(settings.sites.mode).toBe('news');
    expect(settings.sites.enabledFor).toEqual(['good.com']);
    expect(settings.sites.disabledFor).toEqual([]);
    expect(settings.features.highlights).toBe(false);
    expect(settings.features.hoverDelayMs).toBe(2000);
    expect(settings.features.entityTypes.person).toBe(true);
    expect(settings.feeds).toEqual(['https://example.com/rss']);
    expect(settings.historySize).toBe(0);
    expect(problems.join(' ')).toMatch(/sometimes/);
  });
});
