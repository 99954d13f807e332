import '@/components/theme.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FlagList, IMPORT_URL, PostingHeader, SaveButton, ScoreGauge, SkillList } from '@/components/Analysis';
import { ProfileRanking } from '@/components/ProfileRanking';
import { ProfileSwitcher } from '@/components/ProfileSwitcher';
import { Analysing, NoPosting } from '@/components/TabStatus';
import { useTabState } from '@/components/useTabState';
import { sendMessage, type RankedProfile } from '@/lib/messaging';

/** Open the side panel (Chrome) or the sidebar (Firefox); must run inside the click. */
function openSidePanel(tabId: number | null): void {
  const api = browser as unknown as {
    sidePanel?: { open(o: { tabId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && tabId != null) void api.sidePanel.open({ tabId }).then(() => window.close());
  else if (api.sidebarAction) void api.sidebarAction.open().then(() => window.close());
}

function Popup() {
  const { tabId, state, loading, error, run, refresh } = useTabState();
  const [profileCount, setProfileCount] = useState<number | null>(null);
  const [ranking, setRanking] = useState<{ ranking: RankedProfile[]; activeId: string | null } | null>(null);
  const [switching, setSwitching] = useState(false);
  const [profilesVersion, setProfilesVersion] = useState(0);
  const analysis = state?.status === 'ready' ? state.analysis : null;
  const missing = analysis?.match?.required.missing ?? [];

  useEffect(() => {
    void sendMessage('listProfiles', undefined)
      .then((r) => setProfileCount(r.profiles.length))
      .catch(() => setProfileCount(null));
  }, [profilesVersion]);

  // The ranking follows the shown analysis (and the active profile, which re-scores it).
  const scoreKey = `${tabId}:${analysis?.match?.profileName ?? ''}:${analysis?.match?.score ?? ''}:${analysis?.text.length ?? 0}`;
  useEffect(() => {
    if (tabId == null || !analysis || (profileCount ?? 0) < 2) {
      setRanking(null);
      return;
    }
    let live = true;
    void sendMessage('rankProfiles', { tabId })
      .then((r) => live && setRanking(r))
      .catch(() => live && setRanking(null));
    return () => {
      live = false;
    };
  }, [scoreKey, profileCount, profilesVersion]);

  const switchTo = async (id: string) => {
    setSwitching(true);
    try {
      await sendMessage('setActiveProfile', { id });
      setProfilesVersion((v) => v + 1);
      await refresh();
    } finally {
      setSwitching(false);
    }
  };

  return (
    <main class="stack popup">
      {loading && !state && (
        <p role="status">
          <span class="spinner" aria-hidden="true" /> Reading this page…
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {profileCount === 0 && !analysis && (
        <div class="card stack" data-testid="jdl-no-profile">
          <p style="margin:0">
            <strong>Start with your resume.</strong> JD Lens scores each posting against your skills.
          </p>
          <a class="button" href={IMPORT_URL} target="_blank">
            Import your resume
          </a>
        </div>
      )}
      {!loading && !analysis && state?.status !== 'analyzing' && (
        <NoPosting state={state} run={run} fallback="No job posting was detected on this page." />
      )}
      {state?.status === 'analyzing' && <Analysing />}
      {analysis && state && (
        <>
          <PostingHeader analysis={analysis} />
          <ScoreGauge match={analysis.match} />
          {missing.length > 0 && (
            <p data-testid="jdl-missing-required">
              <strong>Missing required:</strong> {missing.slice(0, 5).join(', ')}
              {missing.length > 5 ? ` and ${missing.length - 5} more` : ''}
            </p>
          )}
          <div class="row">
            <SaveButton saved={state.saved} busy={loading} onSave={() => run((id) => sendMessage('savePosting', { tabId: id }))} />
            <button type="button" class="secondary" onClick={() => openSidePanel(tabId)}>
              Open side panel
            </button>
          </div>
          {ranking && <ProfileRanking ranking={ranking.ranking} activeId={ranking.activeId} busy={switching} onSwitch={(id) => void switchTo(id)} />}
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
        </>
      )}
      <ProfileSwitcher
        key={profilesVersion}
        onChange={() => {
          setProfilesVersion((v) => v + 1);
          void refresh();
        }}
      />
      <nav class="row">
        <a href="/tracker.html" target="_blank">
          Tracker
        </a>
        <a href="/options.html" target="_blank">
          Profiles &amp; settings
        </a>
      </nav>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
