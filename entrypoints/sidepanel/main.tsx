import '@/components/theme.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { FlagList, PostingHeader, SaveButton, ScoreGauge, SkillList } from '@/components/Analysis';
import { MatchDetails } from '@/components/MatchDetails';
import { ProfileSwitcher } from '@/components/ProfileSwitcher';
import { SkillEvidence } from '@/components/SkillEvidence';
import { Analysing, NoPosting } from '@/components/TabStatus';
import { useTabState } from '@/components/useTabState';
import { sendMessage } from '@/lib/messaging';
import type { Analysis } from '@/lib/types';

function Facts({ analysis }: { analysis: Analysis }) {
  const { experience, salary } = analysis;
  const years = experience
    ? experience.maxYears != null && experience.maxYears !== experience.minYears
      ? `${experience.minYears ?? 0}–${experience.maxYears} years`
      : experience.minYears != null
        ? `${experience.minYears}+ years`
        : '—'
    : 'not stated';
  const fmt = (n: number | null) => (n == null ? '' : n.toLocaleString('en'));
  const pay = salary ? `${salary.currency} ${[fmt(salary.min), fmt(salary.max)].filter(Boolean).join('–')} per ${salary.period}` : 'not stated';
  return (
    <dl class="card facts">
      <dt class="muted">Experience</dt>
      <dd>{years}</dd>
      <dt class="muted">Salary</dt>
      <dd>{pay}</dd>
      <dt class="muted">Seniority</dt>
      <dd>{analysis.seniority ?? 'not stated'}</dd>
      <dt class="muted">Work mode</dt>
      <dd>{analysis.workMode ?? 'not stated'}</dd>
      {analysis.softSkills.length > 0 && (
        <>
          <dt class="muted">Soft skills</dt>
          <dd>{analysis.softSkills.map((s) => s.name).join(', ')}</dd>
        </>
      )}
    </dl>
  );
}

function SidePanel() {
  const { state, loading, error, run, refresh } = useTabState({ followActive: true });
  const [focus, setFocus] = useState<string | null>(null);
  const analysis = state?.status === 'ready' ? state.analysis : null;
  const skill = focus ? analysis?.skills.find((s) => s.name === focus) : undefined;

  // Another posting (tab switch, navigation): close the evidence of the old one.
  const postingKey = analysis ? `${analysis.url}:${analysis.text.length}` : null;
  useEffect(() => setFocus(null), [postingKey]);

  const show = (name: string) => setFocus((f) => (f === name ? null : name));
  const close = () => {
    const name = focus;
    setFocus(null);
    // Back to the chip that opened it, for keyboard users.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid=jdl-skill][data-skill="${CSS.escape(name ?? '')}"] button`)?.focus());
  };

  return (
    <main class="stack panel">
      {loading && !state && (
        <p role="status">
          <span class="spinner" aria-hidden="true" /> Loading…
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!loading && !analysis && state?.status !== 'analyzing' && (
        <NoPosting state={state} run={run} fallback="Open a job posting, or analyse this page on request." />
      )}
      {state?.status === 'analyzing' && <Analysing />}
      {analysis && state && (
        <>
          <PostingHeader analysis={analysis} />
          <div class="row" style="justify-content:space-between;align-items:flex-start">
            <ScoreGauge match={analysis.match} />
            <SaveButton saved={state.saved} busy={loading} onSave={() => run((id) => sendMessage('savePosting', { tabId: id }))} />
          </div>
          {state.message && (
            <div class="card" role="status">
              <p style="margin-top:0">{state.message}</p>
              <button type="button" class="secondary" onClick={() => run((id) => sendMessage('analyzeTab', { tabId: id, generic: true }))}>
                Analyse the page generically
              </button>
            </div>
          )}
          {analysis.skills.length > 0 && <p class="muted small">Choose a skill to see where the posting asks for it and the resume line that shows it.</p>}
          {skill && <SkillEvidence analysis={analysis} skill={skill} onClose={close} />}
          <SkillList analysis={analysis} level="required" onEvidence={(s) => show(s.name)} selected={focus} />
          <SkillList analysis={analysis} level="preferred" onEvidence={(s) => show(s.name)} selected={focus} />
          <SkillList analysis={analysis} level="mentioned" onEvidence={(s) => show(s.name)} selected={focus} />
          {!analysis.skills.length && <p class="muted">No named skills were found in this posting.</p>}
          <Facts analysis={analysis} />
          {analysis.match && <MatchDetails match={analysis.match} />}
          <section>
            <h2>Red flags</h2>
            <FlagList analysis={analysis} />
          </section>
        </>
      )}
      <ProfileSwitcher onChange={refresh} />
    </main>
  );
}

render(<SidePanel />, document.getElementById('app')!);
