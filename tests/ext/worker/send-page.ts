/** Send a page to the background as the content script does: its HTML in parts, then the request to read it. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply } from '@/lib/ext/protocol';

/** Deliver one message to the background's listener as `sender` would, and return the reply. */
export async function send(type: string, payload: unknown, sender: object): Promise<Reply<unknown>> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const [reply] = await trigger({ type, payload }, sender, () => undefined);
  return reply as Reply<unknown>;
}

let pages = 0;
/** The content script's way: parts of `partChars` characters, then analyzePage; returns analyzePage's reply. */
export async function sendPage(
  sender: object,
  url: string,
  html: string,
  { force = false, partChars = 64_000 } = {},
): Promise<Reply<unknown>> {
  const pageId = `test-${++pages}`;
  const parts = Math.ceil(html.length / partChars);
  for (let index = 0; index < parts; index++) {
    const reply = await send(
      'pagePart',
      { pageId, index, html: html.slice(index * partChars, (index + 1) * partChars) },
      sender,
    );
    if (!reply.ok) return reply;
  }
  return send('analyzePage', { url, pageId, parts, force }, sender);
}
