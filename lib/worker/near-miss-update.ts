/**
 * The worker's first analysis after a cold start leaves near misses for later (see LinkContext.deferNearMiss):
 * the page gets its cards without waiting for that search, and this completes it. The full analysis replaces
 * the tab's (the popup reads it there) and its marks go to the page, unless the tab has moved on meanwhile.
 */
import type { Analysis, Span } from '@/lib/contract/types';
import { sendToTab } from '../ext/messaging';
import type { WorkerContext } from './context';
import { marksForPage } from './page-marks';

/** A first analysis that deferred near misses, and how to redo it with them. */
export interface NearMissJob {
  tabId: number;
  url: string;
  /** The analysis the tab shows now (compared by identity: a newer one means the tab moved on). */
  shown: Analysis;
  /** The article's paragraphs, where the marks are found. */
  paragraphs: Span[];
  /** The same analysis with near misses searched (synchronous). */
  complete: () => Analysis;
}

/** Complete the job after the current reply has gone out. */
export function completeNearMissesLater(ctx: Pick<WorkerContext, 'tabs'>, job: NearMissJob): void {
  setTimeout(() => void completeNearMisses(ctx, job).catch(() => undefined), 0);
}

/** Redo the analysis with near misses; when cards or claims change, update the tab and the page's marks. */
export async function completeNearMisses(ctx: Pick<WorkerContext, 'tabs'>, job: NearMissJob): Promise<void> {
  const { tabId, url, shown } = job;
  const state = ctx.tabs.current(tabId);
  if (state?.status !== 'ready' || state.analysis !== shown) return;
  const analysis = job.complete();
  // An update that ran out of time for a stage the first analysis finished would show less: it is dropped.
  if (String(analysis.notes ?? '') !== String(shown.notes ?? '')) return;
  const seen = (a: Analysis) => JSON.stringify([a.entities, a.claims]);
  if (seen(analysis) === seen(shown)) return;
  await ctx.tabs.set(tabId, { ...state, analysis });
  await sendToTab(tabId, 'updateMarks', { url, marks: marksForPage(analysis, job.paragraphs) }).catch(
    () => null,
  );
}
