/**
 * The worker's message handlers, one per message and one set per direction of the protocol
 * (../ext/protocol.ts). Payloads arrive checked and senders are checked by their route; handlers only do
 * the work, through the shared context.
 */
import { addWrongCard, reportFor, withoutWrongCards, withSiteToggled } from '@/lib/settings';
import {
  isExtensionPage,
  isOwnContentScript,
  route,
  sendToTab,
  type Handlers,
  type Sender,
} from '../ext/messaging';
import { CONTENT_TO_WORKER, OPTIONS_TO_WORKER, POPUP_TO_WORKER } from '../ext/protocol';
import { loadSettings, loadWrongCards, saveSettings, wrongCardsItem } from '../ext/storage';
import type { TabState } from '../ext/protocol';
import { analyseTabPage } from './analyse-page';
import type { WorkerContext } from './context';
import { enrichCardInTab, searchRelatedForTab } from './tab-online';

/** The tab a content script's message came from (its route accepted only a tab's top frame). */
function tabOf(sender: Sender): { id: number; incognito: boolean; url?: string } {
  const tab = sender.tab;
  if (typeof tab?.id !== 'number') throw new Error('This message must come from a tab.');
  return { id: tab.id, incognito: tab.incognito === true, url: tab.url };
}

/**
 * "Wrong card?": remember that this name on this site is not that entry, take the card off the tab's
 * analysis and reply the tab's new state.
 */
async function reportWrongCard(ctx: WorkerContext, tabId: number, entityId: string): Promise<TabState> {
  const state = await ctx.tabs.get(tabId);
  const analysis = state.analysis;
  const entity = analysis?.entities.find((e) => e.id === entityId);
  const url = analysis?.article.url ?? state.url ?? '';
  const report = entity && analysis ? reportFor(entity, url) : undefined;
  if (state.status !== 'ready' || !analysis || !report) return state;
  const reports = addWrongCard(await loadWrongCards(), report);
  await wrongCardsItem.setValue(reports);
  const next: TabState = { ...state, analysis: withoutWrongCards(analysis, reports) };
  await ctx.tabs.set(tabId, next);
  return next;
}

/** Content script → worker. */
const contentHandlers = (ctx: WorkerContext): Handlers<typeof CONTENT_TO_WORKER> => ({
  pagePart: (part, sender) => {
    ctx.pageParts.add(tabOf(sender).id, part);
    return null;
  },
  analyzePage: (request, sender) =>
    analyseTabPage(ctx, { ...request, force: request.force === true }, tabOf(sender)),
  pageStatus: async ({ status, reasons }, sender) => {
    const tab = tabOf(sender);
    if (tab.incognito) ctx.tabs.markPrivate(tab.id);
    await ctx.tabs.set(tab.id, { status, url: tab.url, reasons });
    return null;
  },
  openCard: ({ entityId }, sender) => {
    const tab = tabOf(sender);
    return enrichCardInTab(ctx, tab.id, entityId, tab.incognito);
  },
  reportWrongCard: ({ entityId }, sender) => reportWrongCard(ctx, tabOf(sender).id, entityId),
});

/** Popup → worker. */
const popupHandlers = (ctx: WorkerContext): Handlers<typeof POPUP_TO_WORKER> => ({
  getTabState: ({ tabId }) => ctx.tabs.get(tabId),
  analyzeTab: async ({ tabId, force }) => {
    ctx.readerAsked.add(tabId);
    await sendToTab(tabId, 'runAnalysis', { force });
    return ctx.tabs.current(tabId) ?? { status: 'unknown' };
  },
  setSiteEnabled: async ({ url, enabled }) =>
    saveSettings(withSiteToggled(await loadSettings(), url, enabled)),
  openCard: async ({ tabId, entityId }) =>
    enrichCardInTab(ctx, tabId, entityId, await ctx.isPrivateTab(tabId)),
  searchRelated: ({ tabId }) => searchRelatedForTab(ctx, tabId),
  reportWrongCard: ({ tabId, entityId }) => reportWrongCard(ctx, tabId, entityId),
});

/** Options page → worker. */
const optionsHandlers = (ctx: WorkerContext): Handlers<typeof OPTIONS_TO_WORKER> => ({
  getRelatedCounts: () => ctx.related.counts(),
  clearHistory: async () => {
    // Clearing is clearing: what online sources answered, and the log of what was asked, go too.
    await Promise.all([ctx.related.clearHistory(), (await ctx.enrichmentStore()).clear()]);
    return ctx.related.counts();
  },
  checkFeeds: async () => {
    const results = await ctx.feeds.poll(await loadSettings());
    return results.map(({ url, status, items, error }) => ({ url, status, items, error }));
  },
  getRequestLog: async () => (await ctx.enrichmentStore()).requestLog(),
});

/** Only the extension's own pages may ask about tabs, settings and what the worker keeps. */
const OWN_PAGES_ONLY = () => 'This message is accepted only from Fact Context’s own pages.';

/** The routes the worker listens to: who may send which messages, checked before any handler runs. */
export const workerRoutes = (ctx: WorkerContext) => [
  // The pages come first: a message both send (openCard) from a stranger is refused as the pages' message.
  route({
    from: isExtensionPage,
    refusal: OWN_PAGES_ONLY,
    messages: POPUP_TO_WORKER,
    handlers: popupHandlers(ctx),
  }),
  route({
    from: isExtensionPage,
    refusal: OWN_PAGES_ONLY,
    messages: OPTIONS_TO_WORKER,
    handlers: optionsHandlers(ctx),
  }),
  route({
    from: isOwnContentScript,
    refusal: (type) => `Only Fact Context’s content script may send '${type}'.`,
    messages: CONTENT_TO_WORKER,
    handlers: contentHandlers(ctx),
  }),
];
