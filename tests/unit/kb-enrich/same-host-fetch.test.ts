import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHostQueue,
  wikipediaSummaryUrl,
  type FetchLike,
  type RequestLogEntry,
} from '../../../lib/kb/enrich';
import { startFixtureServer, type FixtureServer } from '../../fixtures/kb-enrich/fixture-server';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

function queue() {
  const log: RequestLogEntry[] = [];
  const inits: Array<Parameters<FetchLike>[1]> = [];
  const q = createHostQueue({
    fetch: (url, init) => {
      inits.push(init);
      return fetch(url, init);
    },
    now: Date.now,
    timeoutMs: 2000,
    log: (entry) => void log.push(entry),
  });
  return { q, log, inits };
}

describe('online requests: no cookies, redirects only within the host', () => {
  it('sends every request without cookies and with redirects handled by hand', async () => {
    const { q, inits } = queue();
    await q.getJson(wikipediaSummaryUrl('Moved Here', server.base));
    expect(inits.length).toBe(2);
    for (const init of inits) expect(init).toMatchObject({ credentials: 'omit', redirect: 'manual' });
  });

  it('follows a redirect on the same host and logs both hops, with where the first one went', async () => {
    const { q, log } = queue();
    const r = await q.getJson(wikipediaSummaryUrl('Moved Here', server.base));
    expect(r.ok && (r.body as { title: string }).title).toBe('Fixture City');
    expect(log.map((e) => e.status)).toEqual([301, 200]);
    expect(log[0]).toMatchObject({
      redirectedTo: `${server.base}/api/rest_v1/page/summary/Fixture_City`,
      followed: true,
    });
    expect(log[1].url).toBe(`${server.base}/api/rest_v1/page/summary/Fixture_City`);
  });

  it('does not follow a redirect to another host or to a javascript: address, and says where it pointed', async () => {
    const { q, log } = queue();
    const before = server.requests.length;
    const away = await q.getJson(wikipediaSummaryUrl('Moved Away', server.base));
    expect(away).toEqual({ ok: false, status: 302 });
    expect(server.requests.length - before).toBe(1); // localhost was never asked
    expect(log[0]).toMatchObject({ status: 302, followed: false });
    expect(log[0].redirectedTo).toMatch(/^http:\/\/localhost:\d+\//);

    const script = await q.getJson(wikipediaSummaryUrl('Moved To Script', server.base));
    expect(script.ok).toBe(false);
    expect(log[1]).toMatchObject({ status: 302, followed: false, redirectedTo: 'javascript:alert(1)' });
  });

  it('stops at a redirect the browser hides (opaque redirect)', async () => {
    const log: RequestLogEntry[] = [];
    const q = createHostQueue({
      fetch: async () => ({
        ok: false,
        status: 0,
        type: 'opaqueredirect',
        headers: { get: () => null },
        json: async () => ({}),
        text: async () => '',
      }),
      now: Date.now,
      log: (entry) => void log.push(entry),
    });
    expect(await q.getJson('https://en.wikipedia.org/api/rest_v1/page/summary/X')).toEqual({
      ok: false,
      status: 'redirect-hidden',
    });
    expect(log).toMatchObject([{ status: 'redirect-hidden', followed: false }]);
  });
});
