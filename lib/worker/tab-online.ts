/**
 * What the worker asks online sources for a tab's analysis: an entity's enriched card, and other reports
 * of the article. Nothing read in a private window goes online; the tab's state takes the answer only if it
 * still shows the analysis that was asked about.
 */
import type { EntitySummary } from '@/lib/contract/types';
import { isSiteEnabled } from '@/lib/settings';
import type { TabState } from '../ext/protocol';
import { loadSettings } from '../ext/storage';
import type { WorkerContext } from './context';

/** The entity `entityId` of the tab's analysis with its card enriched online, or null. */
export async function enrichCardInTab(
  ctx: WorkerContext,
  tabId: number,
  entityId: string,
  incognito: boolean,
): Promise<EntitySummary | null> {
  // Nothing read in a private window goes online.
  if (incognito) return null;
  const state = await ctx.tabs.get(tabId);
  const analysis = state.analysis;
  if (state.status !== 'ready' || !analysis) return null;
  const [engine, settings] = await Promise.all([ctx.analyzer(), loadSettings()]);
  const enriched = await ctx.enrichment.enrichEntity(analysis, entityId, settings, engine.linker);
  if (!enriched) return null;
  // The popup shows the enriched card too, as long as the tab still shows this analysis.
  const now = ctx.tabs.current(tabId);
  if (now?.analysis === analysis)
    await ctx.tabs.set(tabId, {
      ...now,
      analysis: {
        ...analysis,
        entities: analysis.entities.map((e) => (e.id === enriched.id ? enriched : e)),
      },
    });
  const { mentions: _mentions, ...summary } = enriched;
  return summary;
}

/** The tab's state with other reports of its article from the news indexes the reader switched on. */
export async function searchRelatedForTab(ctx: WorkerContext, tabId: number): Promise<TabState> {
  const state = await ctx.tabs.get(tabId);
  const analysis = state.analysis;
  if (state.status !== 'ready' || !analysis || ctx.searched.has(analysis)) return state;
  // Nothing read in a private window goes online; nor a page on a site the reader turned off.
  const settings = await loadSettings();
  if (!state.url || !isSiteEnabled(state.url, settings) || (await ctx.isPrivateTab(tabId))) return state;
  ctx.searched.add(analysis);
  const related = await ctx.newsSearch.search(analysis, settings);
  const now = ctx.tabs.current(tabId) ?? state;
  if (!related || now.analysis !== analysis) return now;
  const next: TabState = { ...now, analysis: { ...analysis, related } };
  ctx.searched.add(next.analysis!);
  await ctx.tabs.set(tabId, next);
  return next;
}
