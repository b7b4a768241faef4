import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard } from '@/components/HoverCard';
import type { CardLayer, CardLayerEvents } from '@/lib/content/content-session';

const HOST_STYLE =
  'position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;display:block!important;overflow:visible!important;z-index:2147483647!important;';

/**
 * Move the shadow root's <style> into a constructed stylesheet: a page's Content-Security-Policy may
 * refuse inline <style> elements, never adopted sheets. Keeps the <style> where adopting is unsupported.
 */
function adoptStyles(shadow: ShadowRoot): void {
  const style = shadow.querySelector('style');
  if (!style) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style.textContent ?? '');
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    style.remove();
  } catch {
    // Older engines or Firefox's content-script wrappers: the <style> element stays.
  }
}

/** The in-page hover card: one closed shadow root at the end of <html>, sized 0×0 so the page never moves. */
export async function createCardLayer(
  ctx: ContentScriptContext,
  events: CardLayerEvents,
): Promise<CardLayer> {
  let container: HTMLElement | undefined;
  let hostEl: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'fact-context-ui',
    // Closed: a page script cannot reach into the card (host.shadowRoot is null); only this layer holds the root.
    mode: 'closed',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    onMount(uiContainer, shadow, host) {
      host.setAttribute('data-fc-ui', '');
      host.style.cssText = HOST_STYLE;
      adoptStyles(shadow);
      uiContainer.classList.add('fc-root');
      container = uiContainer;
      hostEl = host;
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  const hide = () => {
    if (container) render(null, container);
  };
  return {
    show(entity, anchor) {
      if (!container) return;
      render(
        <HoverCard
          id="fc-hovercard"
          entity={entity}
          anchor={{ top: anchor.top, left: anchor.left, bottom: anchor.bottom, right: anchor.right }}
          onClose={events.onClose}
          onHoverChange={events.onHoverChange}
          // Only a card from the KB can be wrong; the layer shows the button, the session reports it.
          onWrongCard={events.onWrongCard}
        />,
        container,
      );
    },
    focus() {
      container?.querySelector<HTMLElement>('[role="dialog"]')?.focus();
    },
    hide,
    contains(node) {
      return (
        node instanceof Node &&
        Boolean(hostEl && (node === hostEl || hostEl.contains(node) || container?.contains(node)))
      );
    },
    destroy() {
      hide();
      ui.remove();
    },
  };
}
