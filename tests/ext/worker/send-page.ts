/** Send a page to the background as the content script does: its HTML in parts, then the request to read it. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply, TabState } from '@/lib/ext/protocol';

/** Deliver one message to the background's listener as `sender` would, and return the reply. */
export async function send(type: string, payload: unknown, sender: object): Promise<Reply<unknown>> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const [reply] = await trigger({ type, payload }, sender, () => undefined);
  return reply as Reply<unknown>;
}

const popup = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/popup.html' };

/**
 * As the popup waits: the tab's state once the update that completes a first analysis after the worker
 * started (TabState.completing) is in.
 */
export async function settledTabState(tabId: number): Promise<TabState | undefined> {
  for (let tries = 0; tries < 600; tries++) {
    const reply = await send('getTabState', { tabId }, popup);
    if (!reply.ok) return undefined;
    const state = reply.value as TabState;
    if (!state.completing) return state;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`tab ${tabId}: the update that completes its analysis never came`);
}

let pages = 0;
/**
 * The content script's way: parts of `partChars` characters, then analyzePage; returns analyzePage's reply,
 * once the analysis is complete in the tab's state (`settle: false` returns at once).
 */
export async function sendPage(
  sender: { tab?: { id?: number } },
  url: string,
  html: string,
  { force = false, partChars = 64_000, settle = true } = {},
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
  const reply = await send('analyzePage', { url, pageId, parts, force }, sender);
  if (settle && reply.ok && sender.tab?.id !== undefined) await settledTabState(sender.tab.id);
  return reply;
}
