/**
 * The copy of a tab's state kept in session storage, so the popup renders at once after the worker slept.
 * Bounded: the browser gives all tabs together 10 MB, and one large page once took 7 MB of it.
 */
import type { TabState } from '../ext/protocol';

/** Most characters of JSON one tab may keep in session storage (about 1 MB). */
export const MAX_SESSION_CHARS = 1_000_000;

/**
 * What of `state` to keep: without the article text (the popup never shows it), and without the analysis
 * at all when even that is too large (the popup then asks the worker, which reads the page again).
 */
export function forSession(state: TabState): TabState {
  if (!state.analysis) return state;
  const { article } = state.analysis;
  const slim: TabState = { ...state, analysis: { ...state.analysis, article: { ...article, text: '' } } };
  if (JSON.stringify(slim).length <= MAX_SESSION_CHARS) return slim;
  return { status: 'unknown', url: state.url };
}
