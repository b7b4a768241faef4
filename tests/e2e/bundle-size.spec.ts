/**
 * What every page a reader opens has to load: the content script of the Chrome build (built by
 * `npm run test:e2e` before Playwright starts) stays at most 60 KB gzipped (issue 15). Prints the size.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const LIMIT_BYTES = 60 * 1024;

test('the content script is at most 60 KB gzipped', () => {
  const dir = resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts');
  expect(existsSync(dir), 'run npm run build first').toBe(true);
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts) {
    const raw = readFileSync(resolve(dir, name));
    const gzipped = gzipSync(raw, { level: 9 }).length;
    console.log(
      `[size] ${name}: ${(raw.length / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped`,
    );
    expect(gzipped, name).toBeLessThanOrEqual(LIMIT_BYTES);
  }
});
