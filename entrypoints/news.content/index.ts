import '@/assets/cards.css';
import { startContentSession } from '@/lib/content/content-session';
import { createCardLayer } from './card-layer';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    void startContentSession({
      doc: document,
      signal: ctx.signal,
      createCardLayer: (events) => createCardLayer(ctx, events),
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
    });
  },
});
