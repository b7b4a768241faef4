/**
 * Online answers in the built extension, against a local stand-in for Wikidata: the browser resolves
 * www.wikidata.org and en.wikipedia.org to an HTTPS fixture server on 127.0.0.1 (a throwaway certificate),
 * so the extension sends exactly what it would send to the real hosts and nothing leaves the machine.
 * Analysing a page sends nothing; opening the card of a name the knowledge base lacks sends the name to
 * Wikidata, the card then shows the checked answer, and the options page's request log lists the request.
 */
import { chromium, test, expect, type BrowserContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromeBuildPath, extensionLaunchArgs, findChromium } from '../../scripts/lib/chromium';
import { startFixtureServer, type FixtureServer } from '../fixtures/kb-enrich/fixture-server';
import { hoverCard } from './ux-helpers';

const root = resolve(import.meta.dirname, '../..');
const seed = readFileSync(resolve(root, 'fixtures/site/news/labour-cyber-attack.html'), 'utf8');
/** The seed story with a minister the knowledge base does not know. */
const page = seed.replace(
  '<p>Labour described the attack',
  '<p>Jane Fixture, the Minister for Fixtures, said the attack had been dealt with. Jane Fixture added that no data was lost.</p>\n    <p>Labour described the attack',
);

let dir: string;
let server: FixtureServer;
let context: BrowserContext;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fc-online-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=www.wikidata.org',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  server = await startFixtureServer({
    key: readFileSync(join(dir, 'key.pem'), 'utf8'),
    cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
  });
  // The reader already granted the two hosts: a copy of the build whose manifest grants them at install
  // (a headless browser cannot answer the permission prompt).
  const extension = join(dir, 'extension');
  cpSync(chromeBuildPath, extension, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['https://www.wikidata.org/*', 'https://*.wikipedia.org/*'];
  writeFileSync(join(extension, 'manifest.json'), JSON.stringify(manifest));
  const port = new URL(server.base).port;
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: findChromium() ?? '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...extensionLaunchArgs(extension),
      `--host-resolver-rules=MAP www.wikidata.org 127.0.0.1:${port}, MAP en.wikipedia.org 127.0.0.1:${port}`,
      '--ignore-certificate-errors',
    ],
  });
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a name the knowledge base lacks gets a checked Wikidata card when its card is opened, and only then', async ({
  baseURL,
}) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Wikidata facts').check();
  await expect(options.getByRole('status').filter({ hasText: 'Wikidata facts is on.' })).toBeVisible();

  const article = await context.newPage();
  await article.route('**/news/jane-fixture.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: page }),
  );
  await article.goto(`${baseURL}/news/jane-fixture.html`);
  const jane = article.locator('fc-mark', { hasText: 'Jane Fixture' }).first();
  await expect(jane).toBeVisible({ timeout: 30_000 });
  // Analysing the page sent nothing online.
  await article.waitForTimeout(500);
  expect(server.requests).toEqual([]);

  await jane.hover();
  const card = hoverCard(article);
  await expect.poll(card.text, { timeout: 15_000 }).toContain('Minister for Fixtures (since 2019)');
  expect(await card.text()).toContain('Wikidata (online)');
  expect(server.requests[0]).toMatch(/action=wbsearchentities.*search=Jane\+Fixture/);
  expect(server.requests.every((r) => !/labour|cyber|127\.0\.0\.1/i.test(decodeURIComponent(r)))).toBe(true);

  await options.reload();
  const log = options.locator('.fc-request-log');
  await expect(log).toContainText('www.wikidata.org');
  await expect(log).toContainText('wbsearchentities');
});
