import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { defineConfig } from 'wxt';
import { ASSET_FILES, isUnpackedInPackage, packagedPath, type AssetName } from './lib/analysis/asset-files';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The KB and model files ship as files (the worker fetches them), never inlined into a script. The KB
    // is unpacked here, once per build, so that the worker does not gunzip it on every start.
    'build:publicAssets': (wxt, files) => {
      for (const [name, path] of Object.entries(ASSET_FILES) as Array<[AssetName, string]>) {
        const relativeDest = packagedPath(name).slice(1);
        let absoluteSrc = resolve(wxt.config.root, path);
        if (isUnpackedInPackage(name)) {
          const unpacked = resolve(wxt.config.wxtDir, 'unpacked', relativeDest);
          mkdirSync(dirname(unpacked), { recursive: true });
          writeFileSync(unpacked, gunzipSync(readFileSync(absoluteSrc)));
          absoluteSrc = unpacked;
        }
        files.push({ absoluteSrc, relativeDest });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Fact Context',
    description:
      'The context a news article takes for granted: who, what, when, who said what, and related coverage. Private by default.',
    // Each justified in the README (Privacy). `tabs`: the tab's address in tabs.onUpdated and tabs.query
    // (content-script matches do not give it: without `tabs` a tab's url is undefined outside activeTab).
    permissions: ['storage', 'activeTab', 'tabs', 'alarms'],
    // One worker for normal and private windows; it keeps nothing from a private tab (sender.tab.incognito)
    // and looks nothing up online for it. Browsers still run the extension in private windows only when
    // the reader allows it.
    incognito: 'spanning',
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
            gecko: {
              id: 'fact-context@example.org',
              strict_min_version: '109.0',
              // Nothing is collected; names from an article go to Wikipedia/Wikidata only when the reader
              // switches that source on.
              data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
            },
          },
        }
      : {}),
  }),
});
