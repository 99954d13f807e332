// The highlight styles reach the page document (not a shadow root) through the manifest's
// content-script CSS; on-demand injection adds the same file with scripting.insertCSS.
// paintHighlights also adopts a theme-aware copy, which Firefox may refuse from a content script.
import '@/lib/highlight/highlight.css';
import { BOARD_MATCHES } from '@/lib/sites/matches';
import { startReader } from './reader';

// Static only on the known job boards; anywhere else the background injects this same file
// when the user asks (popup, context menu, shortcut), through activeTab, or registers it for
// every site after the opt-in.
export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    // Injected again (static + on request)? WXT invalidates the older context first, so the
    // newest reader takes over; the flag guards against two readers in one context.
    const flag = '__jdLensReader';
    const scope = globalThis as unknown as Record<string, unknown>;
    if (scope[flag]) return;
    scope[flag] = true;
    ctx.onInvalidated(() => {
      delete scope[flag];
    });
    startReader(ctx);
  },
});
