import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Analysis } from '@/lib/contract/types';
import { FEED_ALARM } from '@/lib/related/feed-poller';
import type { BackgroundProtocol, PageResult, Reply, RequestOf } from '@/lib/ext/protocol';
import { createEnrichmentStore } from '@/lib/ext/enrichment-store';
import { loadSettings, saveSettings } from '@/lib/ext/storage';
import { sendPage } from './send-page';
import { startFreshBackground } from './fresh-background';

const site = (path: string) => new URL(`../../../fixtures/site${path}`, import.meta.url);
const ORIGIN = 'http://127.0.0.1:4517';
const SEED = `${ORIGIN}/news/labour-cyber-attack.html`;
const SECOND = `${ORIGIN}/news/other-labour-attack-report.html`;
const UNRELATED = `${ORIGIN}/news/harbour-bridge-reopens.html`;

/** The page the content script would send for a fixture URL. */
const pageAt = (url: string) => ({ url, html: readFileSync(site(new URL(url).pathname), 'utf8') });

const extensionPage = {
  id: fakeBrowser.runtime.id,
  url: 'chrome-extension://test-extension-id/options.html',
};
const contentScript = (tabId: number, url: string) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId, url },
  frameId: 0,
});

/** Send a message as `sender` would and return the background's reply. */
async function send<K extends keyof BackgroundProtocol>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
  sender: object,
): Promise<Reply<unknown>> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const [reply] = await trigger({ type, payload }, sender, () => undefined);
  return reply as Reply<unknown>;
}

let tabs = 0;
/** The reader opens `url`: its content script asks for an analysis. */
async function visit(url: string, html = pageAt(url).html): Promise<Analysis> {
  const reply = await sendPage(contentScript(++tabs, url), url, html);
  if (!reply.ok) throw new Error(reply.error);
  if ((reply.value as PageResult).status !== 'ready') throw new Error(`${url} was not read as an article`);
  // The popup's view of the tab: the whole analysis (the page itself only gets what it marks).
  const state = await send('getTabState', { tabId: tabs }, extensionPage);
  if (!state.ok) throw new Error(state.error);
  return (state.value as { analysis: Analysis }).analysis;
}
const counts = async () => {
  const reply = await send('getRelatedCounts', {}, extensionPage);
  return reply.ok ? reply.value : reply.error;
};

/** A local server for the fixture feed. */
let server: Server;
let feedUrl = '';
beforeAll(async () => {
  server = createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(readFileSync(site('/feeds/ledger.xml'))),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feeds/ledger.xml`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => startFreshBackground('background-related', { hostPermission: true }));

describe('related coverage, wired in the background', () => {
  it('after two reports of one story and an unrelated article, the second lists the first, not the unrelated one', async () => {
    expect((await visit(SEED)).related).toEqual([]);
    expect((await visit(UNRELATED)).related).toEqual([]);
    const second = await visit(SECOND);
    expect(second.related.map((r) => r.url)).toEqual([SEED]);
    expect(second.related[0].title).toBe('British security officials play down cyber attack on Labour');
    expect(second.related[0].why).toMatch(/^shares .*NCSC/);
    // The popup asks for the tab's state and gets the same list.
    const state = await send('getTabState', { tabId: tabs }, extensionPage);
    expect(state.ok && (state.value as { analysis: Analysis }).analysis.related[0].url).toBe(SEED);
    expect(await counts()).toEqual({ history: 3, feed: 0 });
  });

  it('a copy of a story at another address that names the story as canonical is the same article', async () => {
    await visit(SEED);
    const printUrl = `${ORIGIN}/print?id=48213`;
    const printCopy = pageAt(SEED).html.replace('</head>', `<link rel="canonical" href="${SEED}"></head>`);
    const copy = await visit(printUrl, printCopy);
    expect(copy.article.canonicalUrl).toBe(SEED);
    expect(copy.related.map((r) => r.url)).not.toContain(SEED);
    // Remembered once: the copy replaced the story in the history instead of counting as a second article.
    expect(await counts()).toEqual({ history: 1, feed: 0 });
    // Without the canonical link the same page at another address is remembered as another article.
    await visit(`${ORIGIN}/print?id=48214`, pageAt(SEED).html);
    expect(await counts()).toEqual({ history: 2, feed: 0 });
  });

  it('clears the history only when the options page asks; a re-analysed page then lists nothing', async () => {
    await visit(SEED);
    expect((await visit(SECOND)).related).toHaveLength(1);
    const refused = await send('clearHistory', {}, contentScript(99, SEED));
    expect(refused).toEqual({
      ok: false,
      error: 'This message is accepted only from Fact Context’s own pages.',
    });
    expect(await counts()).toEqual({ history: 2, feed: 0 });
    expect(await send('clearHistory', {}, extensionPage)).toEqual({
      ok: true,
      value: { history: 0, feed: 0 },
    });
    expect((await visit(SECOND)).related).toEqual([]);
  });

  it('forgets a site when the reader turns it off, and remembers nothing there while it is off', async () => {
    await visit(SEED);
    await visit(UNRELATED);
    const off = await send('setSiteEnabled', { url: SEED, enabled: false }, extensionPage);
    expect(off.ok).toBe(true);
    await vi.waitFor(async () => expect(await counts()).toEqual({ history: 0, feed: 0 }));
    // Analyse anyway on the turned-off site: no history, no related coverage.
    expect((await visit(SECOND)).related).toEqual([]);
    expect(await counts()).toEqual({ history: 0, feed: 0 });
  });

  it('with related coverage switched off, nothing is ranked or remembered', async () => {
    const settings = await loadSettings();
    await saveSettings({ ...settings, features: { ...settings.features, related: false } });
    await visit(SEED);
    expect((await visit(SECOND)).related).toEqual([]);
    expect(await counts()).toEqual({ history: 0, feed: 0 });
  });

  it('a subscribed feed is polled on the alarm, logged, and its report of the story becomes related coverage', async () => {
    const settings = await loadSettings();
    await saveSettings({ ...settings, online: { ...settings.online, feeds: true }, feeds: [feedUrl] });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeDefined());
    await fakeBrowser.alarms.onAlarm.trigger({
      name: FEED_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    await vi.waitFor(async () => expect(await counts()).toEqual({ history: 0, feed: 3 }));
    // The request is in the log the options page shows (the enrichment store's).
    const store = await createEnrichmentStore();
    expect((await store.requestLog()).map((r) => [r.url, r.status])).toEqual([[feedUrl, 200]]);
    store.close();
    const related = (await visit(SECOND)).related.map((r) => r.url);
    expect(related).toContain(
      'https://southern-gazette.example/politics/2019/11/12/labour-cyber-attack-ncsc',
    );
    expect(related.some((url) => url.includes('/local/'))).toBe(false);
    // The next alarm is a full interval away: no extra wake-ups.
    const next = await fakeBrowser.alarms.get(FEED_ALARM);
    expect(next!.scheduledTime - Date.now()).toBeGreaterThan(29 * 60_000);
  });
});
