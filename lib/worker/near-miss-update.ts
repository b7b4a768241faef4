/**
 * The worker's first analysis after a cold start shows the cards and leaves the rest for later: near misses
 * (see LinkContext.deferNearMiss), the timeline, the claims and related coverage (AnalyzeDeps.deferStages).
 * The page gets its cards without waiting for code that is slow until compiled, and this completes them. The
 * full analysis replaces the tab's (the popup reads it there, asking again while the tab says `completing`)
 * and its marks go to the page, unless the tab has moved on meanwhile.
 */
import type { Analysis, Span } from '@/lib/contract/types';
import { sendToTab } from '../ext/messaging';
import type { WorkerContext } from './context';
import { marksForPage } from './page-marks';
import { settledState } from './tab-state';

/** A first analysis that deferred part of its work, and how to redo it whole. */
export interface NearMissJob {
  tabId: number;
  url: string;
  /** The analysis the tab shows now (compared by identity: a newer one means the tab moved on). */
  shown: Analysis;
  /** The article's paragraphs, where the marks are found. */
  paragraphs: Span[];
  /** The same analysis with nothing deferred (synchronous). */
  complete: () => Analysis;
}

/** Complete the job after the current reply has gone out. */
export function completeNearMissesLater(ctx: Pick<WorkerContext, 'tabs'>, job: NearMissJob): void {
  setTimeout(() => void completeNearMisses(ctx, job).catch(() => undefined), 0);
}

/**
 * Redo the analysis whole; when it shows more (cards, claims, timeline, related coverage), update the tab and
 * the page's marks. An update that ran out of time says so in the tab's notes, as the first analysis would
 * have: it still shows at least what the first one did, which left those stages empty.
 */
export async function completeNearMisses(ctx: Pick<WorkerContext, 'tabs'>, job: NearMissJob): Promise<void> {
  const { tabId, url, shown } = job;
  const state = ctx.tabs.current(tabId);
  if (state?.status !== 'ready') return;
  // The tab moved on (another page, or this one with a wrong card taken out): no update is coming for it.
  if (state.analysis !== shown) {
    if (state.completing) await ctx.tabs.set(tabId, settledState(state));
    return;
  }
  const analysis = job.complete();
  const seen = (a: Analysis) => JSON.stringify([a.entities, a.claims, a.timeline, a.related]);
  if (seen(analysis) === seen(shown) && String(analysis.notes ?? '') === String(shown.notes ?? '')) {
    await ctx.tabs.set(tabId, settledState(state));
    return;
  }
  // The page's own notes (a page too large to read whole) stay; the analysis' notes are the update's.
  const notes = [...(state.notes ?? []).filter((n) => !shown.notes?.includes(n)), ...(analysis.notes ?? [])];
  await ctx.tabs.set(tabId, { ...settledState(state), analysis, notes: notes.length ? notes : undefined });
  // The page marks names: new claims or dates alone change nothing there.
  const marks = marksForPage(analysis, job.paragraphs);
  if (JSON.stringify(marks) === JSON.stringify(marksForPage(shown, job.paragraphs))) return;
  await sendToTab(tabId, 'updateMarks', { url, marks }).catch(() => null);
}
