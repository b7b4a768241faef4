/**
 * The reader's settings: one shape, one set of defaults, forward migrations, and a normaliser that turns
 * anything found in storage (old versions, hand-edited or corrupt values) into valid settings.
 */
import { isRecord } from '@/lib/contract/is-record';

/** What happens on a page the reader did not list. */
export type SiteMode = 'news' | 'all' | 'off';

/** Per-site rules as data (darkreader style): patterns are hostnames, optionally with a leading '*.' wildcard. */
export interface SiteRules {
  mode: SiteMode;
  enabledFor: string[];
  disabledFor: string[];
}

/** Which parts of the analysis the reader wants to see. */
export interface FeatureSettings {
  highlights: boolean;
  claims: boolean;
  timeline: boolean;
  related: boolean;
  entityTypes: { organization: boolean; person: boolean; place: boolean; event: boolean; other: boolean };
  /** Milliseconds before a hover card opens under the pointer. */
  hoverDelayMs: number;
}

/** Online sources: all off by default; switching one on asks for its host permission. */
export interface OnlineSources {
  wikipedia: boolean;
  wikidata: boolean;
  /** Search GDELT and Google News for related coverage of the article open in the popup. */
  newsSearch: boolean;
  feeds: boolean;
}

/** Everything the reader can set. */
export interface Settings {
  sites: SiteRules;
  features: FeatureSettings;
  online: OnlineSources;
  /** Subscribed RSS/Atom feed URLs. */
  feeds: string[];
  /** How many articles the local reading history keeps. */
  historySize: number;
}

/** Current schema version; bump it and add a migration when the shape changes. */
export const SETTINGS_VERSION = 1;

/** Private-by-default starting point. */
export const DEFAULT_SETTINGS: Settings = {
  sites: { mode: 'news', enabledFor: [], disabledFor: [] },
  features: {
    highlights: true,
    claims: true,
    timeline: true,
    related: true,
    entityTypes: { organization: true, person: true, place: true, event: true, other: false },
    hoverDelayMs: 350,
  },
  online: { wikipedia: false, wikidata: false, newsSearch: false, feeds: false },
  feeds: [],
  historySize: 5000,
};

const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
const strings = (v: unknown) =>
  Array.isArray(v)
    ? [...new Set(v.filter((s): s is string => typeof s === 'string' && s.trim() !== ''))]
    : [];

/** Result of reading settings: the usable value and what had to be repaired. */
export interface NormalisedSettings {
  settings: Settings;
  problems: string[];
}

/**
 * Turn any stored value into valid settings, keeping every part that is valid and reporting the rest.
 * Never throws: a corrupt store falls back to defaults part by part.
 */
export function normaliseSettings(raw: unknown): NormalisedSettings {
  const problems: string[] = [];
  const d = DEFAULT_SETTINGS;
  if (raw === undefined || raw === null) return { settings: structuredClone(d), problems };
  if (!isRecord(raw)) {
    return {
      settings: structuredClone(d),
      problems: ['Stored settings were not an object; defaults restored.'],
    };
  }
  const sitesRaw = isRecord(raw.sites) ? raw.sites : {};
  if (raw.sites !== undefined && !isRecord(raw.sites))
    problems.push('Site rules were unreadable; defaults restored.');
  const mode: SiteMode =
    sitesRaw.mode === 'all' || sitesRaw.mode === 'off' || sitesRaw.mode === 'news' ? sitesRaw.mode : 'news';
  if (sitesRaw.mode !== undefined && sitesRaw.mode !== mode)
    problems.push(`Unknown site mode ${JSON.stringify(sitesRaw.mode)}; using 'news'.`);
  const f = isRecord(raw.features) ? raw.features : {};
  if (raw.features !== undefined && !isRecord(raw.features))
    problems.push('Feature settings were unreadable; defaults restored.');
  const types = isRecord(f.entityTypes) ? f.entityTypes : {};
  const o = isRecord(raw.online) ? raw.online : {};
  const delay =
    typeof f.hoverDelayMs === 'number' && Number.isFinite(f.hoverDelayMs)
      ? f.hoverDelayMs
      : d.features.hoverDelayMs;
  const historySize =
    typeof raw.historySize === 'number' && Number.isFinite(raw.historySize) ? raw.historySize : d.historySize;
  return {
    settings: {
      sites: {
        mode,
        enabledFor: strings(sitesRaw.enabledFor).map(normaliseSitePattern).filter(Boolean),
        disabledFor: strings(sitesRaw.disabledFor).map(normaliseSitePattern).filter(Boolean),
      },
      features: {
        highlights: bool(f.highlights, d.features.highlights),
        claims: bool(f.claims, d.features.claims),
        timeline: bool(f.timeline, d.features.timeline),
        related: bool(f.related, d.features.related),
        entityTypes: {
          organization: bool(types.organization, true),
          person: bool(types.person, true),
          place: bool(types.place, true),
          event: bool(types.event, true),
          other: bool(types.other, false),
        },
        hoverDelayMs: Math.min(2000, Math.max(0, Math.round(delay))),
      },
      online: {
        wikipedia: bool(o.wikipedia, false),
        wikidata: bool(o.wikidata, false),
        newsSearch: bool(o.newsSearch, false),
        feeds: bool(o.feeds, false),
      },
      feeds: strings(raw.feeds).filter((u) => /^https?:\/\//i.test(u)),
      historySize: Math.min(20000, Math.max(0, Math.round(historySize))),
    },
    problems,
  };
}

/** Reduce what a reader typed ('https://www.bbc.co.uk/news', '*.example.com') to a host pattern, or ''. */
export function normaliseSitePattern(input: string): string {
  let s = input.trim().toLowerCase();
  if (!s) return '';
  const wildcard = s.startsWith('*.');
  if (wildcard) s = s.slice(2);
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = new URL(s).hostname;
  } catch {
    return '';
  }
  s = s.replace(/[/:?#].*$/, '').replace(/^www\./, '');
  if (!/^[a-z0-9.-]+$/.test(s) || s.startsWith('.') || s.endsWith('.')) return '';
  return wildcard ? `*.${s}` : s;
}

/** Does a hostname match a pattern ('example.com' matches itself and www.; '*.example.com' matches subdomains too). */
export function hostMatches(hostname: string, pattern: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === pattern;
}

/**
 * Is the extension on for this URL? Deny list beats allow list; otherwise the default mode decides
 * ('news': on, but only news articles are analysed unasked; 'all': on; 'off': only allow-listed sites).
 */
export function isSiteEnabled(url: string, settings: Settings): boolean {
  let hostname: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    hostname = u.hostname;
  } catch {
    return false;
  }
  const { mode, enabledFor, disabledFor } = settings.sites;
  if (disabledFor.some((p) => hostMatches(hostname, p))) return false;
  if (enabledFor.some((p) => hostMatches(hostname, p))) return true;
  return mode !== 'off';
}

/** The settings with one site switched on or off, replacing any rule that names that exact host. */
export function withSiteToggled(settings: Settings, url: string, enabled: boolean): Settings {
  const host = normaliseSitePattern(url);
  if (!host) return settings;
  const enabledFor = settings.sites.enabledFor.filter((p) => p !== host);
  const disabledFor = settings.sites.disabledFor.filter((p) => p !== host);
  (enabled ? enabledFor : disabledFor).push(host);
  return { ...settings, sites: { ...settings.sites, enabledFor, disabledFor } };
}
