/**
 * The content script's whole job on one page: decide whether to run, extract the article, ask the
 * worker for the analysis, highlight mentions and open cards on hover or focus. Every listener is tied to
 * the session's AbortSignal, and teardown leaves the page as it was.
 */
import { browser } from 'wxt/browser';
import type { Analysis, AnalysisEntity, Article } from '@/lib/analysis/types';
import { findArticleRoot, HIGHLIGHT_TAG, highlightEntities, removeAllHighlights, type HighlightHandle } from '@/lib/highlight';
import { detectNews, quickNewsGate } from '@/lib/page/detect';
import { extractArticle } from '@/lib/page/extract';
import { isSiteEnabled, type Settings } from '@/lib/settings';
import { createMessageListener, sendToBackground } from './messaging';
import type { ContentProtocol } from './protocol';
import { loadSettings, watchSettings } from './storage';

/** The in-page card UI the session drives (a shadow-rooted layer, provided by the entrypoint). */
export interface CardLayer {
  show(entity: AnalysisEntity, anchor: DOMRect, mark: HTMLElement): void;
  hide(): void;
  /** Is the pointer currently over the card? */
  isHovered(): boolean;
  destroy(): void;
}

/** What the entrypoint hands the session: the page, its lifetime and a factory for the card layer. */
export interface ContentSessionOptions {
  doc: Document;
  signal: AbortSignal;
  createCardLayer: () => Promise<CardLayer>;
}

/** Yield to the page so extraction never holds the main thread together with page scripts' work. */
function idle(): Promise<void> {
  return new Promise((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0),
  );
}

/** Type a reader might switch off in options. */
function wantedEntities(analysis: Analysis, settings: Settings): AnalysisEntity[] {
  return analysis.entities.filter((e) => settings.features.entityTypes[e.type]);
}

/** Start the session on the current page. Resolves once the first pass is done. */
export async function startContentSession({ doc, signal, createCardLayer }: ContentSessionOptions): Promise<void> {
  removeAllHighlights(doc); // leftovers from a previous instance (extension reloaded)
  let settings = await loadSettings();
  let handle: HighlightHandle | undefined;
  let analysis: Analysis | undefined;
  let layer: CardLayer | undefined;
  let running = false;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let openMark: HTMLElement | undefined;
  const url = () => doc.location?.href ?? '';

  const teardown = () => {
    clearTimeout(hoverTimer);
    clearTimeout(hideTimer);
    layer?.hide();
    handle?.remove();
    handle = undefined;
    analysis = undefined;
    openMark = undefined;
  };

  const run = async (force: boolean) => {
    if (running) return;
    running = true;
    try {
      teardown();
      if (!isSiteEnabled(url(), settings)) {
        await sendToBackground('pageStatus', { status: 'disabled', url: url() }).catch(() => null);
        return;
      }
      let article: Article;
      if (!force && settings.sites.mode !== 'all') {
        if (!quickNewsGate(doc, url())) {
          await sendToBackground('pageStatus', { status: 'not-news', url: url(), reasons: ['No sign of an article'] });
          return;
        }
        await idle();
        const verdict = detectNews(doc, url());
        if (!verdict.isNews) {
          await sendToBackground('pageStatus', { status: 'not-news', url: url(), reasons: verdict.reasons });
          return;
        }
        await idle();
        article = extractArticle(doc, url(), { verdict });
      } else {
        await idle();
        article = extractArticle(doc, url());
      }
      if (signal.aborted) return;
      analysis = await sendToBackground('analyze', { article });
      if (signal.aborted || !settings.features.highlights) return;
      const root = findArticleRoot(doc, article);
      handle = highlightEntities(
        root,
        wantedEntities(analysis, settings).map((e) => ({
          entityId: e.id,
          // Highlight names, not descriptions such as 'the party' (those start lower-case).
          surfaces: e.mentions.map((m) => m.text).filter((t) => /^[\p{Lu}\p{N}]/u.test(t)),
          label: `${e.card?.title ?? e.name}: context card available`,
        })),
      );
    } catch (error) {
      // Never let an error escape into the page; the popup shows the worker's view of it.
      console.debug('[Fact Context]', error);
    } finally {
      running = false;
    }
  };

  const entityOf = (mark: Element) => analysis?.entities.find((e) => e.id === mark.getAttribute('data-fc-entity'));

  const open = async (mark: HTMLElement) => {
    const entity = entityOf(mark);
    if (!entity) return;
    layer ??= await createCardLayer();
    if (openMark && openMark !== mark) openMark.setAttribute('aria-expanded', 'false');
    openMark = mark;
    mark.setAttribute('aria-expanded', 'true');
    layer.show(entity, mark.getBoundingClientRect(), mark);
  };
  const close = () => {
    clearTimeout(hoverTimer);
    openMark?.setAttribute('aria-expanded', 'false');
    openMark = undefined;
    layer?.hide();
  };
  const markFrom = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest(HIGHLIGHT_TAG) as HTMLElement | null) : null;

  const on = { signal, capture: true, passive: true } as const;
  doc.addEventListener(
    'pointerover',
    (e) => {
      const mark = markFrom(e.target);
      if (!mark) return;
      clearTimeout(hideTimer);
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(() => void open(mark), settings.features.hoverDelayMs);
    },
    on,
  );
  doc.addEventListener(
    'pointerout',
    (e) => {
      if (!markFrom(e.target)) return;
      clearTimeout(hoverTimer);
      hideTimer = setTimeout(() => {
        if (!layer?.isHovered()) close();
      }, 300);
    },
    on,
  );
  doc.addEventListener('focusin', (e) => {
    const mark = markFrom(e.target);
    if (mark) void open(mark);
  }, on);
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && openMark) {
        const mark = openMark;
        close();
        mark.focus({ preventScroll: true });
        return;
      }
      // Alt+Shift+. / Alt+Shift+, moves to the next / previous highlight.
      if (e.altKey && e.shiftKey && (e.code === 'Period' || e.code === 'Comma') && handle?.marks.length) {
        const marks = handle.marks.filter((m) => m.isConnected);
        const current = marks.indexOf(doc.activeElement as HTMLElement);
        const step = e.code === 'Period' ? 1 : -1;
        const next = marks[(current + step + marks.length) % marks.length] ?? marks[0];
        next.focus();
      }
    },
    { signal, capture: true },
  );
  doc.addEventListener(
    'scroll',
    () => {
      if (!openMark) return;
      const box = openMark.getBoundingClientRect();
      if (box.bottom < 0 || box.top > (doc.defaultView?.innerHeight ?? 0)) close();
    },
    on,
  );

  const onMessage = createMessageListener<ContentProtocol>({
    runAnalysis: async ({ force }) => {
      await run(force === true);
      return null;
    },
    scrollToEntity: ({ entityId }) => {
      const mark = handle?.marks.find((m) => m.isConnected && m.getAttribute('data-fc-entity') === entityId);
      if (!mark) return false;
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.focus({ preventScroll: true });
      return true;
    },
  });
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings((next) => {
    const wasEnabled = isSiteEnabled(url(), settings);
    settings = next;
    const enabled = isSiteEnabled(url(), settings);
    if (!enabled) {
      teardown();
      void sendToBackground('pageStatus', { status: 'disabled', url: url() }).catch(() => null);
    } else if (!wasEnabled) void run(false);
  });
  signal.addEventListener('abort', () => {
    teardown();
    layer?.destroy();
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
  });
  doc.defaultView?.addEventListener('wxt:locationchange', () => void run(false), { signal });

  await run(false);
}
