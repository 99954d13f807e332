import type { Analysis, Match, SkillFinding, SkillLevel } from '@/lib/types';
import type { SavedInfo } from '@/lib/messaging';

/** The fit score, announced to screen readers when it changes. */
export function ScoreGauge({ match }: { match: Match | undefined }) {
  if (!match) {
    return (
      <div class="card">
        <p class="muted" role="status">
          No fit score yet: add your resume profile in <a href="/options.html" target="_blank">JD Lens options</a>.
        </p>
      </div>
    );
  }
  const tone = match.score >= 70 ? 'score-good' : match.score >= 40 ? 'score-warn' : 'score-bad';
  return (
    <div class="row" role="status" aria-live="polite" aria-label={`Fit score ${match.score} out of 100`}>
      <span class={`score ${tone}`} data-testid="jdl-score">
        {match.score}
      </span>
      <span class="muted">
        / 100 fit{match.profileName ? ` for “${match.profileName}”` : ''}
        {match.caps.length > 0 && <> · capped: {match.caps.map((c) => c.reason).join('; ')}</>}
      </span>
    </div>
  );
}

/** Whether the profile covers a skill: true, false, or null with no profile. */
export function hasSkill(match: Match | undefined, skill: SkillFinding): boolean | null {
  if (!match) return null;
  return match.required.have.includes(skill.name) || match.preferred.have.includes(skill.name);
}

const LEVEL_LABEL: Record<SkillLevel, string> = { required: 'Required', preferred: 'Nice to have', mentioned: 'Mentioned' };

/** Skills of one level as chips, each saying have / missing in words and not only colour. */
export function SkillList({
  analysis,
  level,
  onEvidence,
  limit,
}: {
  analysis: Analysis;
  level: SkillLevel;
  onEvidence?: (skill: SkillFinding) => void;
  limit?: number;
}) {
  const skills = analysis.skills.filter((s) => s.level === level);
  if (!skills.length) return null;
  const shown = limit ? skills.slice(0, limit) : skills;
  return (
    <section aria-label={`${LEVEL_LABEL[level]} skills`}>
      <h3>
        {LEVEL_LABEL[level]} ({skills.length})
      </h3>
      <ul class="chips">
        {shown.map((skill) => {
          const have = hasSkill(analysis.match, skill);
          const status = have == null ? '' : have ? '✓ ' : '✗ ';
          const said = have == null ? '' : have ? ', you have it' : ', missing from your profile';
          return (
            <li
              key={skill.name}
              class="chip"
              data-testid="jdl-skill"
              data-level={skill.level}
              data-have={String(have === true)}
              data-skill={skill.name}
            >
              {onEvidence ? (
                <button type="button" class="secondary" style="padding:0 4px;border:0" aria-label={`${skill.name}${said}; show where the posting asks for it`} onClick={() => onEvidence(skill)}>
                  {status}
                  {skill.name}
                </button>
              ) : (
                <span aria-label={`${skill.name}${said}`}>
                  {status}
                  {skill.name}
                </span>
              )}
            </li>
          );
        })}
        {shown.length < skills.length && <li class="chip muted">+{skills.length - shown.length} more</li>}
      </ul>
    </section>
  );
}

/** Red flags with the posting's own words as evidence. */
export function FlagList({ analysis }: { analysis: Analysis }) {
  if (!analysis.redFlags.length) return <p class="muted">No red flags found.</p>;
  return (
    <ul class="stack" style="list-style:none;padding:0;margin:0">
      {analysis.redFlags.map((flag) => (
        <li key={flag.id} class="flag" data-testid="jdl-flag" data-flag-id={flag.id}>
          <strong>⚑ {flag.title}</strong>
          <div>{flag.why}</div>
          {flag.evidence[0] && <q class="muted">{analysis.text.slice(flag.evidence[0].start, flag.evidence[0].end).slice(0, 200)}</q>}
        </li>
      ))}
    </ul>
  );
}

/** Save to the tracker, or say it is saved. */
export function SaveButton({ saved, busy, onSave }: { saved: SavedInfo | null; busy: boolean; onSave(): void }) {
  return (
    <button type="button" data-testid="jdl-save" disabled={busy || !!saved} onClick={onSave} aria-label={saved ? `Saved to tracker (${saved.status})` : 'Save to tracker'}>
      {saved ? `✓ ${saved.status === 'saved' ? 'Saved' : saved.status}` : 'Save'}
    </button>
  );
}

/** Title, company and location of a posting. */
export function PostingHeader({ analysis }: { analysis: Analysis }) {
  return (
    <header>
      <h1>{analysis.title ?? 'Job posting'}</h1>
      <p class="muted" style="margin:0">{[analysis.company, analysis.location].filter(Boolean).join(' · ')}</p>
    </header>
  );
}
