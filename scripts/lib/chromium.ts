/** Finding Chromium and the flags that load the built extension (shared by the demo and the e2e tests). */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The built Chrome MV3 extension. */
export const chromeBuildPath = resolve(projectRoot, '.output/chrome-mv3');

/** Flags for a quiet, offline Chromium with only our extension loaded. */
export function extensionLaunchArgs(path = chromeBuildPath): string[] {
  return [
    `--disable-extensions-except=${path}`,
    `--load-extension=${path}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own browser; undefined if none exists. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  return candidates.find((p): p is string => Boolean(p) && existsSync(p!));
}
