/**
 * Page assembly and reading for a content script's `analyzePage`: the page put together from its parts,
 * read (detection and extraction), analysed with related coverage when the reader wants it, kept for the
 * popup and answered with what the page should mark.
 */
import {
  ANALYSIS_BUDGET_MS,
  MAX_ARTICLE_CHARS,
  MAX_PAGE_HTML_CHARS,
  type PageRequest,
} from '@/lib/analysis/validate';
import { readPage } from '@/lib/page/read-page';
import { isSiteEnabled, withoutWrongCards, type Settings } from '@/lib/settings';
import type { RelatedService } from '../related/related-service';
import type { Analysis } from '@/lib/contract/types';
import type { PageResult } from '../ext/protocol';
import { loadSettings, loadWrongCards } from '../ext/storage';
import type { WorkerContext } from './context';
import { applyFeatureSettings, shownSections } from './feature-settings';
import { completeNearMissesLater } from './near-miss-update';
import { marksForPage } from './page-marks';

/** Analyses a tab may ask for in a minute, whatever its page does (forged navigation events, pushState loops). */
export const MAX_ANALYSES_PER_MINUTE = 6;
/** History entries a tab may add in a minute. */
export const MAX_REMEMBERED_PER_MINUTE = 3;

/** Related coverage for an article on an enabled site, or nothing when the reader does not want it. */
async function findRelatedFor(
  related: RelatedService,
  url: string | undefined,
  settings: Settings,
  remember: () => boolean,
) {
  if (!settings.features.related || !url || !isSiteEnabled(url, settings)) return undefined;
  return { findRelated: await related.prepare(settings.historySize, remember()) };
}

/** The tab that sent the page. */
export interface SendingTab {
  id: number;
  incognito: boolean;
}

/** Read and analyse the page `tab` sent in parts; the tab's state follows each step. */
export async function analyseTabPage(
  ctx: WorkerContext,
  request: PageRequest,
  tab: SendingTab,
): Promise<PageResult> {
  const { url, pageId, parts, force } = request;
  const { id: tabId, incognito } = tab;
  if (incognito) ctx.tabs.markPrivate(tabId);
  if (!ctx.readerAsked.delete(tabId) && !ctx.analysesPerTab.take(tabId)) {
    ctx.pageParts.drop(tabId);
    const error = `This page asked to be analysed more than ${MAX_ANALYSES_PER_MINUTE} times in a minute; Fact Context waits a minute. “Analyse” in this popup reads it now.`;
    await ctx.tabs.set(tabId, { status: 'error', url, error });
    throw new Error(error);
  }
  await ctx.tabs.set(tabId, { status: 'analysing', url, since: Date.now() });
  try {
    const { html, truncated } = ctx.pageParts.take(tabId, pageId, parts);
    const t0 = performance.now();
    const [engine, settings, wrongCards] = await Promise.all([
      ctx.analyzer(),
      loadSettings(),
      loadWrongCards(),
    ]);
    const reading = readPage(html, url, { force, maxChars: MAX_ARTICLE_CHARS });
    if ('notNews' in reading) {
      const reasons = reading.notNews.reasons.slice(0, 20);
      const { language } = reading;
      await ctx.tabs.set(tabId, { status: 'not-news', url, reasons, language });
      return { status: 'not-news' as const, reasons, language };
    }
    const { article } = reading;
    // Remembered: news articles (what the options page promises), outside private windows, a few a minute per tab.
    const remember = () => !incognito && article.isNews !== false && ctx.rememberedPerTab.take(tabId);
    // Cards the reader marked wrong on this site are not shown again.
    // The reader's feature settings are applied here, once: the popup, the badge and the marks show this.
    const shown = (raw: Analysis) => applyFeatureSettings(withoutWrongCards(raw, wrongCards), settings);
    // Right after the worker starts (its code not yet compiled), the page gets its cards first: names the KB
    // lacks are searched for near misses, and the timeline, claims and related coverage read, by the update
    // that completes the analysis (completeNearMissesLater).
    const cold = engine.cold;
    const related = await findRelatedFor(ctx.related, url, settings, remember);
    const first = engine.analyze(article, {
      ...related,
      budgetMs: ANALYSIS_BUDGET_MS,
      ...(cold ? { deferNearMisses: () => undefined, deferStages: true } : {}),
    });
    const analysis = shown(first);
    const allNotes = [
      ...(truncated
        ? [
            `This page is very large (over ${MAX_PAGE_HTML_CHARS / 1e6} million characters of HTML); only its first part was read.`,
          ]
        : []),
      ...(analysis.notes ?? []),
    ];
    const notes = allNotes.length ? allNotes : undefined;
    const elapsedMs = performance.now() - t0;
    const sections = shownSections(settings);
    await ctx.tabs.set(tabId, {
      status: 'ready',
      url,
      analysis,
      elapsedMs,
      notes,
      sections,
      ...(cold ? { completing: true } : {}),
    });
    if (cold)
      completeNearMissesLater(ctx, {
        tabId,
        url,
        shown: analysis,
        paragraphs: article.paragraphs,
        // Related coverage is found (and the article remembered) here, once, from the whole analysis.
        complete: () => shown(engine.analyze(article, { ...related, budgetMs: ANALYSIS_BUDGET_MS })),
      });
    return { status: 'ready' as const, marks: marksForPage(analysis, article.paragraphs) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await ctx.tabs.set(tabId, { status: 'error', url, error: message });
    throw error;
  }
}
