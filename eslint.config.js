// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';

/**
 * The layers of lib/ (docs/architecture.md): each folder and the other lib folders it may import. Anything
 * not listed is refused, so an import that runs back up a layer (or a new cycle) fails lint.
 */
const LAYERS = {
  contract: [],
  url: [],
  settings: ['contract', 'url'],
  about: ['contract', 'url', 'settings'],
  page: ['contract', 'url'],
  kb: ['contract', 'url', 'settings', 'page'],
  nlp: ['contract', 'url', 'kb', 'page'],
  related: ['contract', 'url', 'settings', 'kb', 'page'],
  analysis: ['contract', 'url', 'settings', 'page', 'kb', 'nlp', 'related'],
  ext: ['contract', 'url', 'settings', 'about', 'page', 'kb', 'nlp', 'related', 'analysis'],
  worker: ['contract', 'url', 'settings', 'about', 'page', 'kb', 'nlp', 'related', 'analysis', 'ext'],
  content: ['contract', 'url', 'settings', 'about', 'page', 'kb', 'nlp', 'related', 'analysis', 'ext'],
};
/** The folders that run in the extension's processes and so may use its APIs. */
const BROWSER_FOLDERS = ['ext', 'worker', 'content'];

/** An import specifier (`@/lib/x/...` or `../x/...`) naming one of these lib folders. */
const libFolderRegex = (folders) => `^(@/lib/|(\\.\\./)+)(${folders.join('|')})(/|$)`;

/** One config block per lib folder: its browser-API rule and the folders it must not import. */
function layerRules() {
  return Object.entries(LAYERS).map(([folder, allowed]) => {
    const refused = Object.keys(LAYERS).filter((f) => f !== folder && !allowed.includes(f));
    const browser = BROWSER_FOLDERS.includes(folder);
    const patterns = [
      {
        regex: '^(@/|(\\.\\./)+)(components|entrypoints|scripts|tests|fixtures)(/|$)',
        message: 'lib/ is the core: it must not import UI, entry points, scripts or tests.',
      },
    ];
    if (refused.length)
      patterns.push({
        regex: libFolderRegex(refused),
        message: `lib/${folder} may import ${allowed.length ? `only lib/{${allowed.join(',')}}` : 'nothing from lib'} (docs/architecture.md).`,
      });
    if (!browser)
      patterns.push({
        group: ['wxt/*', 'wxt', '#imports', '@wxt-dev/*'],
        message: 'Only lib/ext, lib/worker and lib/content may import extension APIs.',
      });
    return {
      files: [`lib/${folder}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': ['error', { patterns }],
        'no-restricted-globals': browser
          ? 'off'
          : [
              'error',
              {
                name: 'browser',
                message: 'Only lib/ext, lib/worker and lib/content may use extension APIs.',
              },
              { name: 'chrome', message: 'Only lib/ext, lib/worker and lib/content may use extension APIs.' },
            ],
      },
    };
  });
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      'demo-output/',
      'test-results/',
      'playwright-report/',
      'assets/kb/',
      'assets/models/',
      'tests/fixtures/**/*.js',
      'fixtures/**/*.js',
      'tmp-*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The layer rule (STYLE.md, docs/architecture.md): lib ↛ components/entrypoints; components ↛ entrypoints,
      // lib/worker; lib ↛ data but the outlet table; data ↛ all but lib/kb/types; scripts ↛ tests; fixtures ↛ all but lib/contract.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './lib',
              from: './components',
              message: 'lib/ is the pure core: it must not import UI.',
            },
            { target: './lib', from: './entrypoints', message: 'lib/ must not import entrypoints.' },
            {
              target: './lib',
              from: './data',
              except: ['./kb-seed/outlets.ts'],
              message: 'lib/ reads KB seeds through the built KB; only the outlet table is read directly.',
            },
            {
              target: './components',
              from: './entrypoints',
              message: 'components must not import entrypoints.',
            },
            {
              target: './components',
              from: './lib/worker',
              message: 'components render in pages: they must not import worker-only code.',
            },
            {
              target: './data',
              from: './lib',
              except: ['./kb/types.ts'],
              message: 'data/ (KB seed entries) imports only the types in lib/kb/types.ts.',
            },
            {
              target: './data',
              from: ['./components', './entrypoints', './scripts', './tests', './fixtures'],
              message: 'data/ imports only the types in lib/kb/types.ts.',
            },
            {
              target: './scripts',
              from: './tests',
              message: 'scripts must not import tests; shared pages live in fixtures/.',
            },
            {
              target: './fixtures',
              from: ['./components', './entrypoints', './scripts', './tests', './data'],
              message: 'fixtures/ holds pages and texts: it may import only lib/contract types.',
            },
            {
              target: './fixtures',
              from: './lib',
              except: ['./contract'],
              message: 'fixtures/ holds pages and texts: it may import only lib/contract types.',
            },
          ],
        },
      ],
      // Per-folder rules for lib/ are in layerRules().
      'no-restricted-imports': 'off',
    },
  },
  ...layerRules(),
);
