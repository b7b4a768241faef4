/**
 * Settings as a file the reader can keep or move to another browser: export writes versioned JSON,
 * import reads it back through normaliseSettings, so a hand-edited or foreign file can never store junk.
 */
import { normaliseSettings, SETTINGS_VERSION, type Settings } from './settings';
import { isRecord } from '@/lib/contract/is-record';

/** The `format` marker of an exported settings file. */
const SETTINGS_FILE_FORMAT = 'fact-context-settings';

/** The settings as pretty-printed JSON with a format marker and the schema version. */
export function settingsToJson(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

/** The outcome of reading a settings file: usable settings and what was repaired, or why nothing could be used. */
export type ImportedSettings =
  { ok: true; settings: Settings; problems: string[] } | { ok: false; error: string };

/** Read an exported settings file (or a bare settings object); invalid parts fall back to defaults and are listed. */
export function settingsFromJson(text: string): ImportedSettings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'This file is not JSON. Choose a file exported from Fact Context’s options page.',
    };
  }
  if (!isRecord(parsed))
    return {
      ok: false,
      error: 'This file does not hold settings. Choose a file exported from Fact Context.',
    };
  const wrapped = parsed.format === SETTINGS_FILE_FORMAT;
  if (wrapped && typeof parsed.version === 'number' && parsed.version > SETTINGS_VERSION) {
    return {
      ok: false,
      error: `These settings come from a newer Fact Context (version ${parsed.version}). Update the extension, then import again.`,
    };
  }
  const raw = wrapped ? parsed.settings : parsed;
  if (!isRecord(raw) || !('sites' in raw || 'features' in raw || 'online' in raw)) {
    return {
      ok: false,
      error: 'No Fact Context settings found in this file. Choose a file exported from Fact Context.',
    };
  }
  const { settings, problems } = normaliseSettings(raw);
  return { ok: true, settings, problems };
}
