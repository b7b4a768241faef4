/**
 * Sends the rendered page to the worker as it is written out: a few milliseconds of serialising, then a
 * pause for the page; every 64 K characters a part goes out. No copy of the whole page is ever built
 * on the page's main thread, so there is little garbage to collect there either.
 */
import { MAX_PAGE_HTML_CHARS } from '@/lib/analysis/validate';
import { serialiseSteps } from '@/lib/page/serialise';
import type { BackgroundProtocol, PageResult, RequestOf } from '../ext/protocol';
import { stepSlice } from './slices';

/**
 * Characters per part: copying a message costs the main thread about 1 ms per 10 K characters, so a part
 * stays well inside one slice.
 */
export const PART_CHARS = 64_000;
/** Longest stretch of serialising before the page gets its main thread back (ms). */
const SLICE_MS = 8;

/** What the sender needs from its surroundings (the content script passes the real ones). */
export interface PageSenderDeps {
  sendPart: (part: RequestOf<BackgroundProtocol, 'pagePart'>) => Promise<unknown>;
  analyze: (request: RequestOf<BackgroundProtocol, 'analyzePage'>) => Promise<PageResult>;
  /** Wait for the next chance to work (an idle callback). */
  pause: () => Promise<void>;
  /** True when the session ended: stop sending. */
  stopped: () => boolean;
  now?: () => number;
}

/** Write `doc` out and send it in parts, then ask the worker to read it; undefined when stopped. */
export async function sendRenderedPage(
  doc: Document,
  url: string,
  force: boolean,
  { sendPart, analyze, pause, stopped, now = () => performance.now() }: PageSenderDeps,
): Promise<PageResult | undefined> {
  const pageId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const out: string[] = [];
  const steps = serialiseSteps(doc, out);
  let counted = 0;
  let size = 0;
  let index = 0;
  let sent = 0;
  const flush = async () => {
    const html = out.splice(0).join('');
    sent += html.length;
    counted = size = 0;
    for (let at = 0; at < html.length; at += PART_CHARS)
      await sendPart({ pageId, index: index++, html: html.slice(at, at + PART_CHARS) });
  };
  for (let done = false; !done;) {
    if (stopped()) return undefined;
    done = stepSlice(steps, now() + SLICE_MS, now, () => {
      while (counted < out.length) size += out[counted++].length;
      return size < PART_CHARS;
    });
    if (size >= PART_CHARS || done) await flush();
    else await pause();
    // Past the worker's ceiling nothing more is read: stop writing, and let the worker say the page was cut.
    if (sent > MAX_PAGE_HTML_CHARS) break;
  }
  if (stopped()) return undefined;
  return analyze({ url, pageId, parts: index, force });
}
