import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFeedPoller, type FeedPollerOptions } from '@/lib/related/feed-poller';
import { createRelatedIndex, MAX_FEED_ITEMS, toRemembered, type RememberedArticle } from '@/lib/related';
import { analysisOf, labourAttackWire } from '../../fixtures/related/stories';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/related/${name}`, import.meta.url), 'utf8');
const MINUTE = 60_000;

/** A local feed server: each path is one kind of feed; requests are counted per path. */
let server: Server;
let base = '';
const requests = new Map<string, IncomingMessage[]>();
const hugeFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>${Array.from(
  { length: 3000 },
  (_, i) =>
    `<item><title>Huge story ${i} about council budgets</title><link>https://huge.example/${i}</link><description>${'Words of padding. '.repeat(20)}</description></item>`,
).join('')}</channel></rss>`;

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/rss': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    res
      .writeHead(200, {
        'content-type': 'application/rss+xml',
        etag: '"v1"',
        'last-modified': 'Tue, 12 Nov 2019 10:00:00 GMT',
      })
      .end(fixture('rss.xml'));
  },
  '/atom': (req, res) => {
    if (req.headers['if-modified-since'] === 'Wed, 13 Nov 2019 15:00:00 GMT')
      return void res.writeHead(304).end();
    res
      .writeHead(200, {
        'content-type': 'application/atom+xml',
        'last-modified': 'Wed, 13 Nov 2019 15:00:00 GMT',
      })
      .end(fixture('atom.xml'));
  },
  '/broken': (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixture('broken.xml')),
  '/huge': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(hugeFeed),
  '/slow': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
    setTimeout(() => res.end('</channel></rss>'), 3000).unref();
  },
  '/busy': (_req, res) => res.writeHead(503, { 'retry-after': '7200' }).end('busy'),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.set(path, [...(requests.get(path) ?? []), req]);
    (routes[path] ?? ((_q, r) => r.writeHead(404).end()))(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => requests.clear());

function poller(extra: Partial<FeedPollerOptions> = {}) {
  let clock = Date.parse('2019-11-13T12:00:00Z');
  const received: Array<{ feed: string; items: RememberedArticle[] }> = [];
  const p = createFeedPoller({
    onItems: (feed, items) => void received.push({ feed, items }),
    now: () => clock,
    intervalMinutes: 30,
    timeoutMs: 300,
    ...extra,
  });
  return { p, received, advance: (ms: number) => (clock += ms), now: () => clock };
}
const count = (path: string) => requests.get(path)?.length ?? 0;

describe('feed polling against a local feed server', () => {
  it('reads a valid RSS feed, then asks with its ETag and accepts 304 Not Modified without re-reading', async () => {
    const { p, received, advance } = poller();
    const first = await p.pollDue([`${base}/rss`]);
    expect(first.results).toEqual([
      { url: `${base}/rss`, status: 'updated', items: 3, nextPollAt: expect.any(Number) },
    ]);
    expect(received[0].items[0]).toMatchObject({
      source: 'feed',
      url: 'https://wire.example/news/2019/11/12/labour-cyber-attack',
    });
    advance(31 * MINUTE);
    const second = await p.pollDue([`${base}/rss`]);
    expect(second.results[0].status).toBe('not-modified');
    expect(requests.get('/rss')?.[1].headers['if-none-match']).toBe('"v1"');
    expect(requests.get('/rss')?.[1].headers['if-modified-since']).toBe('Tue, 12 Nov 2019 10:00:00 GMT');
    expect(received).toHaveLength(1);
  });

  it('uses Last-Modified when a feed has no ETag (Atom)', async () => {
    const { p, advance } = poller();
    expect((await p.pollDue([`${base}/atom`])).results[0]).toMatchObject({ status: 'updated', items: 2 });
    advance(30 * MINUTE);
    expect((await p.pollDue([`${base}/atom`])).results[0].status).toBe('not-modified');
  });

  it('never polls a feed more than once per interval, however often it is woken', async () => {
    const { p, advance } = poller();
    const feeds = [`${base}/rss`, `${base}/atom`];
    const [a, b] = await Promise.all([p.pollDue(feeds), p.pollDue(feeds)]);
    expect(a.results.map((r) => r.status)).toEqual(['updated', 'updated']);
    expect(b.results.map((r) => r.status)).toEqual(['not-due', 'not-due']);
    for (let i = 0; i < 5; i++) {
      advance(5 * MINUTE);
      await p.pollDue(feeds);
    }
    expect(count('/rss')).toBe(1);
    advance(6 * MINUTE);
    const due = await p.pollDue(feeds);
    expect(count('/rss')).toBe(2);
    expect(due.nextWakeAt).toBe(due.results[0].nextPollAt);
  });

  it('fails clearly on broken XML and backs off: 2, 4, 8 intervals, then back to normal once it works', async () => {
    const { p, advance, now } = poller();
    const url = `${base}/broken`;
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { results } = await p.pollDue([url]);
      expect(results[0].status).toBe('failed');
      expect(results[0].error).toMatch(/not valid XML \(line \d+/);
      waits.push((results[0].nextPollAt - now()) / MINUTE);
      advance(results[0].nextPollAt - now());
    }
    expect(waits).toEqual([60, 120, 240]);
    expect((await p.states())[url]).toMatchObject({ failures: 3 });
    expect(count('/broken')).toBe(3);
  });

  it('honours Retry-After from a busy server', async () => {
    const { p, now } = poller();
    const { results } = await p.pollDue([`${base}/busy`]);
    expect(results[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/HTTP 503/) });
    expect(results[0].nextPollAt - now()).toBe(2 * 3600_000);
  });

  it('reads a huge feed up to the item cap, and refuses one over the size limit', async () => {
    const big = poller({ timeoutMs: 10_000 });
    const ok = await big.p.pollDue([`${base}/huge`]);
    expect(ok.results[0]).toMatchObject({ status: 'updated', items: MAX_FEED_ITEMS });
    const capped = poller({ maxBytes: 100_000 });
    const refused = await capped.p.pollDue([`${base}/huge`]);
    expect(refused.results[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/larger than the 100000-byte limit/),
    });
  });

  it('gives up on a slow feed after the timeout', async () => {
    const { p } = poller({ timeoutMs: 200 });
    const { results } = await p.pollDue([`${base}/slow`]);
    expect(results[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/within 0.2 s/) });
  });

  it('forgets the state of a feed the reader unsubscribed from', async () => {
    const { p } = poller();
    await p.pollDue([`${base}/rss`]);
    await p.pollDue([]);
    expect(await p.states()).toEqual({});
  });

  it('feed items become related coverage for an article the reader opens', async () => {
    const { p, received } = poller();
    await p.pollDue([`${base}/atom`, `${base}/rss`]);
    const index = createRelatedIndex(received.flatMap((r) => r.items));
    const reading = toRemembered(
      analysisOf({ ...labourAttackWire, url: 'https://elsewhere.example/labour' }),
      'history',
    );
    const related = index.rank(reading);
    expect(related.map((r) => r.url)).toContain(
      'https://paper.example/politics/labour-says-cyber-attack-failed',
    );
  });
});
