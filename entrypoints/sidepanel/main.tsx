import '@/components/theme.css';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { FlagList, PostingHeader, SaveButton, ScoreGauge, SkillList } from '@/components/Analysis';
import { MatchDetails } from '@/components/MatchDetails';
import { ProfileSwitcher } from '@/components/ProfileSwitcher';
import { useTabState } from '@/components/useTabState';
import { sendMessage } from '@/lib/messaging';
import type { Analysis, SkillFinding, Span } from '@/lib/types';

/** The sentence around a span: the evidence a user reads. */
export function sentenceAround(text: string, span: Span): string {
  const start = Math.max(text.lastIndexOf('\n', span.start - 1) + 1, 0);
  const endLine = text.indexOf('\n', span.end);
  const end = endLine < 0 ? text.length : endLine;
  return text.slice(start, end).trim().slice(0, 400);
}

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
    <dl class="card" style="display:grid;grid-template-columns:auto 1fr;gap:4px 12px;margin:0">
      <dt class="muted">Experience</dt>
      <dd style="margin:0">{years}</dd>
      <dt class="muted">Salary</dt>
      <dd style="margin:0">{pay}</dd>
      <dt class="muted">Seniority</dt>
      <dd style="margin:0">{analysis.seniority ?? 'not stated'}</dd>
      <dt class="muted">Work mode</dt>
      <dd style="margin:0">{analysis.workMode ?? 'not stated'}</dd>
      {analysis.softSkills.length > 0 && (
        <>
          <dt class="muted">Soft skills</dt>
          <dd style="margin:0">{analysis.softSkills.map((s) => s.name).join(', ')}</dd>
        </>
      )}
    </dl>
  );
}

function Evidence({ analysis, skill, onClose }: { analysis: Analysis; skill: SkillFinding; onClose(): void }) {
  const credit = analysis.match?.credited?.[skill.name];
  return (
    <section class="card" aria-live="polite" aria-label={`Evidence for ${skill.name}`}>
      <div class="row" style="justify-content:space-between">
        <h2 style="margin:0">
          {skill.name} <span class="muted">({skill.level})</span>
        </h2>
        <button type="button" class="secondary" onClick={onClose} aria-label="Close evidence">
          ×
        </button>
      </div>
      <p class="muted">The posting says:</p>
      <ul>
        {skill.evidence.slice(0, 5).map((span) => (
          <li key={span.start}>“{sentenceAround(analysis.text, span)}”</li>
        ))}
      </ul>
      {credit ? (
        <p>
          Your profile: <strong>{credit.by}</strong>
          {credit.via === 'implied' ? ` (implies ${skill.name})` : credit.via === 'alias' ? ' (same skill, other spelling)' : ''}
          {credit.evidence && <> — “{credit.evidence}”</>}
        </p>
      ) : analysis.match ? (
        <p>Your profile does not show this skill.</p>
      ) : null}
    </section>
  );
}

function SidePanel() {
  const { state, loading, error, run, refresh } = useTabState({ followActive: true });
  const [focus, setFocus] = useState<SkillFinding | null>(null);
  const analysis = state?.status === 'ready' ? state.analysis : null;
  return (
    <main class="stack" style="padding:14px;max-width:720px">
      {loading && !state && (
        <p role="status">
          <span class="spinner" aria-hidden="true" /> Loading…
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {!loading && !analysis && state?.status !== 'analyzing' && (
        <section class="stack">
          <h1>JD Lens</h1>
          <p>{state?.message ?? 'Open a job posting, or analyse this page on request.'}</p>
          <button type="button" onClick={() => run((id) => sendMessage('analyzeTab', { tabId: id }))}>
            Analyse this page
          </button>
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
          <div class="row" style="justify-content:space-between">
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
          {focus && <Evidence analysis={analysis} skill={focus} onClose={() => setFocus(null)} />}
          <SkillList analysis={analysis} level="required" onEvidence={setFocus} />
          <SkillList analysis={analysis} level="preferred" onEvidence={setFocus} />
          <SkillList analysis={analysis} level="mentioned" onEvidence={setFocus} />
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
