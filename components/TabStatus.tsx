import type { TabState } from '@/lib/messaging';
import { sendMessage } from '@/lib/messaging';
import type { TabStateHook } from './useTabState';

/**
 * What the popup and the side panel show when the tab holds no analysis: the reason, and a button
 * that analyses the page on request. A board page whose description selector came back empty
 * (page health: `missing` holds 'text') offers the heuristic reader instead.
 */
export function NoPosting({ state, run, fallback }: { state: TabState | null; run: TabStateHook['run']; fallback: string }) {
  const generic = !!state?.meta?.missing?.includes('text');
  return (
    <section class="stack">
      <h1>JD Lens</h1>
      <p>{state?.message ?? fallback}</p>
      <button type="button" onClick={() => run((id) => sendMessage('analyzeTab', { tabId: id, generic }))}>
        {generic ? 'Analyse the page generically' : 'Analyse this page'}
      </button>
      <p class="muted">Tip: select the posting text and right-click “Analyse the selected text with JD Lens”.</p>
    </section>
  );
}

/** The spinner while the background analyses the tab's posting. */
export function Analysing() {
  return (
    <p role="status">
      <span class="spinner" aria-hidden="true" /> Analysing…
    </p>
  );
}
