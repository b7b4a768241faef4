import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard } from '@/components/HoverCard';
import type { CardLayer } from '@/lib/ext/content-session';

/** The in-page hover card: one shadow root at the end of <html>, sized 0×0 so the page never moves. */
export async function createCardLayer(ctx: ContentScriptContext): Promise<CardLayer> {
  let hovered = false;
  let container: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'fact-context-ui',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    onMount(uiContainer, _shadow, host) {
      host.setAttribute('data-fc-ui', '');
      host.setAttribute(
        'style',
        'position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;display:block!important;overflow:visible!important;z-index:2147483647!important;',
      );
      uiContainer.classList.add('fc-root');
      container = uiContainer;
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  const hide = () => {
    hovered = false;
    if (container) render(null, container);
  };
  return {
    show(entity, anchor, mark) {
      if (!container) return;
      const id = 'fc-hovercard';
      mark.setAttribute('aria-controls', id);
      render(
        <HoverCard
          id={id}
          entity={entity}
          anchor={{ top: anchor.top, left: anchor.left, bottom: anchor.bottom, right: anchor.right }}
          onClose={() => {
            hide();
            mark.setAttribute('aria-expanded', 'false');
          }}
          onHoverChange={(inside) => {
            hovered = inside;
            if (!inside) setTimeout(() => !hovered && hide(), 300);
          }}
        />,
        container,
      );
    },
    hide,
    isHovered: () => hovered,
    destroy() {
      hide();
      ui.remove();
    },
  };
}
