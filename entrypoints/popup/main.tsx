import '@/components/theme.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FlagList, PostingHeader, SaveButton, ScoreGauge, SkillList } from '@/components/Analysis';
import { ProfileSwitcher } from '@/components/ProfileSwitcher';
import { useTabState } from '@/components/useTabState';
import { sendMessage } from '@/lib/messaging';

/** Open the side panel (Chrome) or the sidebar (Firefox); must run inside the click. */
export function openSidePanel(tabId: number | null): void {
  const api = browser as unknown as {
    sidePanel?: { open(o: { tabId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && tabId != null) void api.sidePanel.open({ tabId }).then(() => window.close());
  else if (api.sidebarAction) void api.sidebarAction.open().then(() => window.close());
}

function Popup() {
  const { tabId, state, loading, error, run, refresh } = useTabState();
  const analysis = state?.status === 'ready' ? state.analysis : null;
  const missing = analysis?.match?.required.missing ?? [];
  return (
    <main class="stack" style="width:360px;padding:14px">
      {loading && !state && (
        <p role="status">
          <span class="spinner" aria-hidden="true" /> Reading this page…
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {!loading && !analysis && (
        <section class="stack">
          <h1>JD Lens</h1>
          <p>{state?.message ?? 'No job posting was detected on this page.'}</p>
          <button type="button" onClick={() => run((id) => sendMessage('analyzeTab', { tabId: id }))}>
            Analyse this page
          </button>
          <p class="muted">Tip: select the posting text and right-click “Analyse the selected text with JD Lens”.</p>
        </section>
      )}
      {state?.status === 'analyzing' && (
        <p role="status">
          <span class="spinner" aria-hidden="true" /> Analysing…
        </p>
      )}
      {analysis && state && (
        <>
          <PostingHeader analysis={analysis} />
          <ScoreGauge match={analysis.match} />
          {missing.length > 0 && (
            <p>
              <strong>Missing required:</strong> {missing.slice(0, 5).join(', ')}
              {missing.length > 5 ? ` and ${missing.length - 5} more` : ''}
            </p>
          )}
          <SkillList analysis={analysis} level="required" limit={12} />
          <SkillList analysis={analysis} level="preferred" limit={8} />
          {analysis.redFlags.length > 0 && <FlagList analysis={analysis} />}
          {state.message && (
            <div class="card" role="status">
              <p style="margin-top:0">{state.message}</p>
              <button type="button" class="secondary" onClick={() => run((id) => sendMessage('analyzeTab', { tabId: id, generic: true }))}>
                Analyse the page generically
              </button>
            </div>
          )}
          <div class="row">
            <SaveButton saved={state.saved} busy={loading} onSave={() => run((id) => sendMessage('savePosting', { tabId: id }))} />
            <button type="button" class="secondary" onClick={() => openSidePanel(tabId)}>
              Open side panel
            </button>
          </div>
        </>
      )}
      <ProfileSwitcher onChange={refresh} />
      <nav class="row">
        <a href="/tracker.html" target="_blank">
          Tracker
        </a>
        <a href="/options.html" target="_blank">
          Profile &amp; settings
        </a>
      </nav>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
