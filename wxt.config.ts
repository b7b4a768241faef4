import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Fact Context',
    description:
      'The context a news article takes for granted: who, what, when, who said what, and related coverage. Private by default.',
    permissions: ['storage', 'activeTab', 'tabs'],
    optional_host_permissions: ['https://*.wikipedia.org/*', 'https://www.wikidata.org/*', 'https://*/*', 'http://*/*'],
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
