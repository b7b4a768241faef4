// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_PAGE_HTML_CHARS } from '@/lib/analysis/validate';
import { PART_CHARS, sendRenderedPage, type PageSenderDeps } from '@/lib/content/page-sender';
import type { PageResult } from '@/lib/ext/protocol';
import { serialisePage } from '@/lib/page/serialise';

const NOT_NEWS: PageResult = { status: 'not-news', reasons: ['test'] };

/** Records what would go to the worker. */
function recorder(overrides: Partial<PageSenderDeps> = {}) {
  const parts: Array<{ pageId: string; index: number; html: string }> = [];
  const requests: unknown[] = [];
  let t = 0;
  let pauses = 0;
  const deps: PageSenderDeps = {
    sendPart: async (part) => void parts.push(part),
    analyze: async (request) => (requests.push(request), NOT_NEWS),
    pause: async () => void pauses++,
    stopped: () => false,
    now: () => (t += 0.5), // each node costs half a millisecond: a slice holds ~16
    ...overrides,
  };
  return { deps, parts, requests, pauses: () => pauses };
}

describe('sendRenderedPage', () => {
  beforeEach(() => {
    const paragraph = `<p>${'The NCSC said the attack on Labour had failed. '.repeat(20)}</p>`;
    document.body.innerHTML = `<article>${paragraph.repeat(400)}</article>`; // ~390 K characters
  });

  it('sends the page in parts of at most 64 K characters that add up to the whole page, then asks for the reading', async () => {
    const { deps, parts, requests, pauses } = recorder();
    expect(await sendRenderedPage(document, 'https://example.org/a', false, deps)).toBe(NOT_NEWS);
    const whole = serialisePage(document);
    expect(parts.map((p) => p.index)).toEqual(parts.map((_, i) => i));
    expect(parts.every((p) => p.html.length <= PART_CHARS && p.pageId === parts[0].pageId)).toBe(true);
    expect(parts.map((p) => p.html).join('')).toBe(whole);
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(whole.length / PART_CHARS));
    expect(requests).toEqual([
      { url: 'https://example.org/a', pageId: parts[0].pageId, parts: parts.length, force: false },
    ]);
    expect(pauses()).toBeGreaterThan(0); // the page got its main thread back between slices
  });

  it('a page above the worker’s ceiling: writing stops just past it and the worker is asked (it says the page was cut)', async () => {
    const paragraph = `<p>${'x'.repeat(100_000)}</p>`;
    document.body.innerHTML = paragraph.repeat(Math.ceil((1.5 * MAX_PAGE_HTML_CHARS) / 100_000));
    const { deps, parts, requests } = recorder();
    await sendRenderedPage(document, 'https://example.org/huge', false, deps);
    const sent = parts.reduce((n, p) => n + p.html.length, 0);
    expect(sent).toBeGreaterThan(MAX_PAGE_HTML_CHARS);
    expect(sent).toBeLessThan(MAX_PAGE_HTML_CHARS + 300_000);
    expect(requests).toHaveLength(1);
  });

  it('stops sending when the session ends half-way, and asks for nothing', async () => {
    let stop = false;
    const { deps, parts, requests } = recorder({
      sendPart: async (part) => {
        parts.push(part);
        stop = part.index === 1;
      },
      stopped: () => stop,
    });
    expect(await sendRenderedPage(document, 'https://example.org/a', true, deps)).toBeUndefined();
    expect(parts).toHaveLength(2);
    expect(requests).toEqual([]);
  });

  it('an empty document goes as no parts, and the worker is still asked (it answers "not an article")', async () => {
    const { deps, parts, requests } = recorder();
    const empty = document.implementation.createHTMLDocument('');
    empty.documentElement.remove();
    await sendRenderedPage(empty, 'https://example.org/empty', false, deps);
    expect(parts).toEqual([]);
    expect(requests).toEqual([
      { url: 'https://example.org/empty', pageId: expect.any(String), parts: 0, force: false },
    ]);
  });
});
