// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';

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
      // The layer rule (STYLE.md): lib ↛ components/entrypoints; components ↛ entrypoints.
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
              target: './components',
              from: './entrypoints',
              message: 'components must not import entrypoints.',
            },
          ],
        },
      ],
      // Only lib/ext touches extension APIs.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/ext/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt/*', 'wxt', '#imports', '@wxt-dev/*'],
              message: 'Only lib/ext may import extension APIs.',
            },
            { group: ['@/components/*', '@/entrypoints/*'], message: 'lib/ is the pure core.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'Only lib/ext may use extension APIs.' },
        { name: 'chrome', message: 'Only lib/ext may use extension APIs.' },
      ],
    },
  },
);
