import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FEED_ALARM } from '@/lib/related/feed-poller';
import { createFeedService, MIN_ALARM_DELAY_MS } from '@/lib/related/feed-service';
import { feedStatesItem, storedFeedStates } from '@/lib/ext/storage';
import type { RequestLogEntry } from '@/lib/kb/enrich';
import type { RememberedArticle } from '@/lib/related';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

const MINUTE = 60_000;
const rss = readFileSync(new URL('../../fixtures/related/rss.xml', import.meta.url), 'utf8');

/** A local feed server: /rss is a valid feed with an ETag, /broken is not XML, /slow answers too late. */
let server: Server;
let base = '';
let hits = 0;
const port = () => (server.address() as AddressInfo).port;
beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    if (req.url === '/rss') {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(rss);
    }
    if (req.url === '/broken') return void res.writeHead(200).end('<rss><channel><item>');
    if (req.url === '/slow') return void setTimeout(() => res.writeHead(200).end(rss), 1500).unref();
    // Redirects: within this host, and to another host (localhost is not 127.0.0.1).
    if (req.url === '/moved') return void res.writeHead(301, { location: '/rss' }).end();
    if (req.url === '/away')
      return void res.writeHead(302, { location: `http://localhost:${port()}/rss` }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  fakeBrowser.reset();
  hits = 0;
});

const withFeeds = (feeds: string[], on = true): Settings => ({
  ...DEFAULT_SETTINGS,
  online: { ...DEFAULT_SETTINGS.online, feeds: on },
  feeds,
});

/** The service as the worker wires it: browser alarms, storage-backed states and request log. */
function service(granted: (origin: string) => boolean = () => true) {
  let clock = Date.parse('2019-11-13T12:00:00Z');
  const items: RememberedArticle[] = [];
  const log: RequestLogEntry[] = [];
  const feeds = createFeedService({
    alarms: fakeBrowser.alarms,
    hasHostPermission: async (origin) => granted(origin),
    states: storedFeedStates,
    log: async (entry) => void log.push(entry),
    onItems: async (polled) => void items.push(...polled),
    now: () => clock,
    intervalMinutes: 30,
    timeoutMs: 500,
  });
  return { feeds, items, log, now: () => clock, advance: (ms: number) => (clock += ms) };
}
const alarm = () => fakeBrowser.alarms.get(FEED_ALARM);

describe('feed polling in the worker', () => {
  it('is off by default: no alarm and no request, even with feeds listed', async () => {
    const { feeds } = service();
    await feeds.schedule(DEFAULT_SETTINGS);
    await feeds.schedule(withFeeds([`${base}/rss`], false));
    expect(await alarm()).toBeUndefined();
    expect(await feeds.poll(withFeeds([`${base}/rss`], false))).toEqual([]);
    expect(hits).toBe(0);
  });

  it('a new subscription sets the one alarm a minute ahead; polling then moves it to the next interval', async () => {
    const { feeds, items, now, advance } = service();
    const settings = withFeeds([`${base}/rss`]);
    await feeds.schedule(settings);
    expect((await alarm())?.scheduledTime).toBe(now() + MIN_ALARM_DELAY_MS);
    expect(hits).toBe(0); // scheduling fetches nothing
    advance(MINUTE);
    const results = await feeds.poll(settings);
    expect(results[0]).toMatchObject({ status: 'updated', items: 3 });
    expect(items.map((i) => i.url)).toContain('https://wire.example/news/2019/11/12/labour-cyber-attack');
    expect((await alarm())?.scheduledTime).toBe(now() + 30 * MINUTE);
    // The state survives the worker: ETag kept in storage.local, so the next poll is conditional.
    expect((await feedStatesItem.getValue())[`${base}/rss`].etag).toBe('"v1"');
    advance(30 * MINUTE);
    expect((await feeds.poll(settings))[0].status).toBe('not-modified');
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('waking early polls nothing and does not bring the alarm forward', async () => {
    const { feeds, now, advance } = service();
    const settings = withFeeds([`${base}/rss`]);
    await feeds.poll(settings);
    const next = now() + 30 * MINUTE;
    advance(5 * MINUTE);
    await feeds.schedule(settings); // the worker restarted
    expect((await alarm())?.scheduledTime).toBe(next);
    expect((await feeds.poll(settings))[0].status).toBe('not-due');
    expect(hits).toBe(1);
    expect((await alarm())?.scheduledTime).toBe(next);
  });

  it('logs every request for the reader: answers, failures and timeouts', async () => {
    const { feeds, log } = service();
    const closed = 'http://127.0.0.1:1/rss'; // nothing listens there
    await feeds.poll(withFeeds([`${base}/rss`, `${base}/broken`, closed, `${base}/slow`]));
    expect(log.map((r) => [r.url, r.status])).toEqual([
      [`${base}/rss`, 200],
      [`${base}/broken`, 200],
      [closed, 'network-error'],
      [`${base}/slow`, 'timeout'],
    ]);
    expect(log[0].host).toBe('127.0.0.1');
    const states = await feedStatesItem.getValue();
    expect(states[`${base}/broken`].lastError).toContain('not valid XML');
    expect(states[`${base}/slow`].lastError).toContain('no answer within');
  });

  it('without the feed site’s permission nothing is fetched or logged, and the reader is told what to do', async () => {
    const { feeds, items, log } = service(() => false);
    const [result] = await feeds.poll(withFeeds([`${base}/rss`]));
    expect(result.status).toBe('failed');
    expect(result.error).toContain('no permission to reach 127.0.0.1');
    expect(result.error).toContain('subscribe to the feed again');
    expect(hits).toBe(0);
    expect(items).toEqual([]);
    expect(log).toEqual([]);
  });

  it('switching feeds off, or unsubscribing from the last one, clears the alarm', async () => {
    const { feeds } = service();
    await feeds.schedule(withFeeds([`${base}/rss`]));
    expect(await alarm()).toBeDefined();
    await feeds.schedule(withFeeds([`${base}/rss`], false));
    expect(await alarm()).toBeUndefined();
    await feeds.schedule(withFeeds([`${base}/rss`]));
    await feeds.schedule(withFeeds([]));
    expect(await alarm()).toBeUndefined();
  });

  it('follows a redirect within the feed’s host, logging both hops and where the first went', async () => {
    const { feeds, items, log } = service();
    const [result] = await feeds.poll(withFeeds([`${base}/moved`]));
    expect(result.status).toBe('updated');
    expect(items.length).toBe(3);
    expect(log.map((e) => e.status)).toEqual([301, 200]);
    expect(log[0]).toMatchObject({ url: `${base}/moved`, redirectedTo: `${base}/rss`, followed: true });
  });

  it('never follows a redirect to another host: the feed fails with a reason, the log says where it pointed', async () => {
    const { feeds, items, log } = service();
    const [result] = await feeds.poll(withFeeds([`${base}/away`]));
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/redirected to localhost.*not followed/);
    expect(hits).toBe(1);
    expect(items).toEqual([]);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ status: 302, followed: false });
    expect(log[0].redirectedTo).toMatch(/^http:\/\/localhost:/);
  });

  it('sends feed requests without cookies', async () => {
    const inits: RequestInit[] = [];
    const feeds = createFeedService({
      alarms: fakeBrowser.alarms,
      hasHostPermission: async () => true,
      states: storedFeedStates,
      log: async () => undefined,
      onItems: async () => undefined,
      fetch: (input, init) => {
        inits.push(init ?? {});
        return fetch(input, init);
      },
    });
    await feeds.poll(withFeeds([`${base}/rss`]));
    expect(inits).toHaveLength(1);
    expect(inits[0]).toMatchObject({ credentials: 'omit', redirect: 'manual' });
  });
});
