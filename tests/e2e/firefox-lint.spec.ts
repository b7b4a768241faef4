/** The Firefox build (built by `npm run test:e2e` before Playwright starts) passes Mozilla's web-ext lint. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

test('web-ext lint finds no errors in the Firefox build', () => {
  const dir = resolve(import.meta.dirname, '../../.output/firefox-mv2');
  expect(existsSync(resolve(dir, 'manifest.json')), 'run npm run build:firefox first').toBe(true);
  let output: string;
  try {
    output = execFileSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
      {
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
      },
    );
  } catch (error) {
    // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(output.slice(output.indexOf('{'))) as {
    errors: Array<{ code: string; message: string; file?: string }>;
    summary: { errors: number; warnings: number };
  };
  expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
});
