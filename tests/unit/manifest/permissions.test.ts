/**
 * The manifest asks for what the README justifies and says what it does in private windows and with
 * data (Firefox's data_collection_permissions), deliberately rather than by default.
 */
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type Manifest = Record<string, unknown> & {
  permissions: string[];
  browser_specific_settings?: { gecko: Record<string, unknown> };
};
const manifestFor = (browser: 'chrome' | 'firefox') =>
  (config.manifest as (env: { browser: string }) => Manifest)({ browser });

describe('manifest', () => {
  it('asks for the permissions the README justifies, and no host permission up front', () => {
    for (const browser of ['chrome', 'firefox'] as const)
      expect(manifestFor(browser).permissions).toEqual(['storage', 'activeTab', 'tabs', 'alarms']);
  });
  it('runs in private windows only as one spanning worker, which keeps nothing from them', () => {
    expect(manifestFor('chrome').incognito).toBe('spanning');
    expect(manifestFor('firefox').incognito).toBe('spanning');
  });
  it('Firefox declares that nothing is collected, and that names may go to online sources the reader turns on', () => {
    expect(manifestFor('firefox').browser_specific_settings?.gecko.data_collection_permissions).toEqual({
      required: ['none'],
      optional: ['websiteContent'],
    });
  });
});
