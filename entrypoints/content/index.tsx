import { BOARD_MATCHES } from '@/lib/sites/matches';
import { startReader } from './reader';

// Static only on the known job boards; anywhere else the background injects this same file
// when the user asks (popup, context menu, shortcut), through activeTab.
export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Injected twice (static + on request)? The first reader stays in charge.
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
