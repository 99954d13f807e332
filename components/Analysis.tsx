import type { Analysis, Match, SkillFinding, SkillLevel } from '@/lib/types';
import type { SavedInfo } from '@/lib/messaging';

/** Where a user with no profile (or an empty one) goes: the options page, its resume import focused. */
export const IMPORT_URL = '/options.html?import=1';

/** Shown instead of a score when there is no profile: an invitation to import a resume. */
export function NoProfileInvite() {
  return (
    <div class="card stack" data-testid="jdl-no-profile">
      <p style="margin:0">
        <strong>No fit score yet.</strong> JD Lens needs your resume profile to compare this posting with.
      </p>
      <a class="button" href={IMPORT_URL} target="_blank">
        Import your resume
      </a>
    </div>
  );
}

/**
 * The cap that holds the score where it is, if one does: caps come sorted, lowest first, and the
 * lowest holds the score only when it cut points (lib/match then adds a "Capped at" line).
 */
export function heldBy(match: Match): Match['caps'][number] | null {
  const cap = match.caps[0];
  if (!cap) return null;
  const cut = match.breakdown ? match.breakdown.some((l) => l.max === 0 && l.points < 0) : match.score >= cap.max;
  return cut && match.score === cap.max ? cap : null;
}

/** In words, for screen readers and the line under the number. */
export function verdict(score: number): string {
  return score >= 70 ? 'strong fit' : score >= 40 ? 'partial fit' : 'weak fit';
}

const RING = 2 * Math.PI * 26;

/**
 * The fit score as a ring meter with the number inside (`[data-testid=jdl-score]` holds only the
 * number), and the reason beside it: the cap that holds it down, or what the skills add up to.
 */
export function ScoreGauge({ match }: { match: Match | undefined }) {
  if (!match) return <NoProfileInvite />;
  const tone = match.score >= 70 ? 'score-good' : match.score >= 40 ? 'score-warn' : 'score-bad';
  const cap = heldBy(match);
  const empty = match.caps.some((c) => c.id === 'empty-profile');
  const req = match.required.have.length + match.required.missing.length;
  const summary = req ? `You have ${match.required.have.length} of the ${req} required skills.` : null;
  return (
    <div class="gauge" aria-live="polite">
      <div
        class={`gauge-ring ${tone}`}
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={match.score}
        aria-valuetext={`${match.score} out of 100, ${verdict(match.score)}`}
        aria-label="Fit score"
      >
        <svg viewBox="0 0 64 64" width="72" height="72" aria-hidden="true" focusable="false">
          <circle cx="32" cy="32" r="26" class="gauge-track" />
          <circle
            cx="32"
            cy="32"
            r="26"
            class="gauge-value"
            stroke-dasharray={`${(RING * match.score) / 100} ${RING}`}
            transform="rotate(-90 32 32)"
          />
        </svg>
        <span class="score" data-testid="jdl-score">
          {match.score}
        </span>
      </div>
      <div class="gauge-text">
        <div>
          <strong>{verdict(match.score)[0]!.toUpperCase() + verdict(match.score).slice(1)}</strong>
          <span class="muted">
            {' '}
            ({match.score} out of 100){match.profileName ? ` for “${match.profileName}”` : ''}
          </span>
        </div>
        {cap ? (
          <p class="gauge-reason" data-testid="jdl-score-reason" data-cap-id={cap.id}>
            Held at {cap.max}: {cap.reason}
          </p>
        ) : empty ? (
          <p class="gauge-reason" data-testid="jdl-score-reason" data-cap-id="empty-profile">
            {match.caps.find((c) => c.id === 'empty-profile')!.reason}
          </p>
        ) : (
          summary && (
            <p class="gauge-reason muted" data-testid="jdl-score-reason">
              {summary}
            </p>
          )
        )}
        {empty && (
          <a href={IMPORT_URL} target="_blank">
            Import your resume
          </a>
        )}
      </div>
    </div>
  );
}

/** Whether the profile covers a skill: true, false, or null with no profile. */
export function hasSkill(match: Match | undefined, skill: SkillFinding): boolean | null {
  if (!match) return null;
  // `credited` covers every level (a skill only named counts too); have-lists cover required and preferred.
  if (match.credited) return Object.hasOwn(match.credited, skill.name);
  return match.required.have.includes(skill.name) || match.preferred.have.includes(skill.name);
}

const LEVEL_LABEL: Record<SkillLevel, string> = { required: 'Required', preferred: 'Nice to have', mentioned: 'Mentioned' };

/** Skills of one level as chips, each saying have / missing in words and not only colour. */
export function SkillList({
  analysis,
  level,
  onEvidence,
  selected,
  limit,
}: {
  analysis: Analysis;
  level: SkillLevel;
  /** Makes each chip a button that shows where the posting (and the resume) says it. */
  onEvidence?: (skill: SkillFinding) => void;
  /** The skill whose evidence is open. */
  selected?: string | null;
  limit?: number;
}) {
  const skills = analysis.skills.filter((s) => s.level === level);
  if (!skills.length) return null;
  const shown = limit ? skills.slice(0, limit) : skills;
  const had = analysis.match ? skills.filter((s) => hasSkill(analysis.match, s)).length : null;
  return (
    <section aria-label={`${LEVEL_LABEL[level]} skills`}>
      <h3>
        {LEVEL_LABEL[level]} ({skills.length}){had != null && level !== 'mentioned' && <span class="count"> · you have {had}</span>}
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
                <button
                  type="button"
                  class="chip-button"
                  aria-expanded={selected === skill.name}
                  aria-controls="jdl-evidence"
                  aria-label={`${skill.name}${said}; show where the posting asks for it`}
                  onClick={() => onEvidence(skill)}
                >
                  {status}
                  {skill.name}
                </button>
              ) : (
                // aria-label is ignored on a plain span: the verdict is visually hidden text instead.
                <span>
                  <span aria-hidden="true">{status}</span>
                  {skill.name}
                  {said && <span class="sr-only">{said}</span>}
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
