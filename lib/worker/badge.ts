/**
 * The toolbar button for a tab: the number of context cards on the badge, a greyed icon where the reader
 * switched the site off, and a title that says which.
 */
import { browser } from 'wxt/browser';
import type { TabState } from '../ext/protocol';

const iconSet = (suffix: string) =>
  Object.fromEntries([16, 32, 48, 128].map((size) => [size, `/icon/${size}${suffix}.png`])) as Record<
    string,
    string
  >;
/** Greyed icon where the reader switched the site off. */
const OFF_ICONS = iconSet('-off');
const ON_ICONS = iconSet('');

/** The cards a tab's badge counts. */
const cardCount = (state: TabState): number =>
  state.status === 'ready' ? (state.analysis?.entities.filter((e) => e.card).length ?? 0) : 0;

/** Show a tab's state on the toolbar button; never fails. */
export async function showOnButton(tabId: number, state: TabState): Promise<void> {
  const count = cardCount(state);
  // The tab may have closed meanwhile, or this browser lacks one of these: the badge is not worth failing for.
  await Promise.resolve()
    .then(() =>
      Promise.all([
        browser.action.setBadgeText({ tabId, text: count ? String(count) : '' }),
        browser.action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' }),
        browser.action.setIcon({ tabId, path: state.status === 'disabled' ? OFF_ICONS : ON_ICONS }),
        browser.action.setTitle({
          tabId,
          title:
            state.status === 'disabled'
              ? 'Fact Context (off on this site)'
              : count
                ? `Fact Context: ${count} context cards`
                : 'Fact Context',
        }),
      ]),
    )
    .catch(() => undefined);
}
