import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { ASSET_FILES, packagedPath, type AssetName } from './lib/analysis/asset-files';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The KB and model files ship as they are (the worker fetches them), never inlined into a script.
    'build:publicAssets': (wxt, files) => {
      for (const [name, path] of Object.entries(ASSET_FILES) as Array<[AssetName, string]>) {
        files.push({
          absoluteSrc: resolve(wxt.config.root, path),
          relativeDest: packagedPath(name).slice(1),
        });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Fact Context',
    description:
      'The context a news article takes for granted: who, what, when, who said what, and related coverage. Private by default.',
    permissions: ['storage', 'activeTab', 'tabs', 'alarms'],
    // Asked for one source at a time when the reader switches it on; the wildcards only make a subscribed
    // feed's own host askable (never requested whole).
    optional_host_permissions: [
      'https://*.wikipedia.org/*',
      'https://www.wikidata.org/*',
      'https://api.gdeltproject.org/*',
      'https://news.google.com/*',
      'https://*/*',
      'http://*/*',
    ],
    action: { default_title: 'Fact Context' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'fact-context@example.org', strict_min_version: '109.0' },
          },
        }
      : {}),
  }),
});
