import { useEffect, useRef } from 'preact/hooks';
import type { Analysis, SkillFinding, Span } from '@/lib/types';
import { cleanLine, LEADING_BULLET } from './text';

/** The sentence around a span (within its line), as offsets into the text. */
export function sentenceSpan(text: string, span: Span): Span {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const nl = text.indexOf('\n', span.end);
  const lineEnd = nl < 0 ? text.length : nl;
  let start = lineStart;
  const before = text.slice(lineStart, span.start);
  const stop = /[.!?;]\s+/g;
  for (let m = stop.exec(before); m; m = stop.exec(before)) start = lineStart + m.index + m[0].length;
  const after = /[.!?;](?=\s|$)/.exec(text.slice(span.end, lineEnd));
  const end = after ? span.end + after.index + 1 : lineEnd;
  return { start, end };
}

/** The sentence around a span as text: the evidence a user reads. */
export function sentenceAround(text: string, span: Span): string {
  const s = sentenceSpan(text, span);
  return text.slice(s.start, s.end).trim().slice(0, 400);
}

/** A quote of the posting with the skill's own words marked (text nodes only, never HTML). */
export function Quote({ text, span }: { text: string; span: Span }) {
  const s = sentenceSpan(text, span);
  const max = 300;
  let from = s.start;
  let to = s.end;
  if (to - from > max) {
    from = Math.max(s.start, span.start - max / 2);
    to = Math.min(s.end, span.end + max / 2);
  }
  return (
    <q>
      {from > s.start ? '…' : ''}
      {from > s.start ? text.slice(from, span.start) : text.slice(from, span.start).replace(LEADING_BULLET, '')}
      <mark>{text.slice(span.start, span.end)}</mark>
      {text.slice(span.end, to).trimEnd()}
      {to < s.end ? '…' : ''}
    </q>
  );
}

/**
 * Where a posting skill comes from, and what covers it: the sentences of the posting that ask
 * for it, and the resume line (or profile skill) that shows the user has it.
 */
export function SkillEvidence({ analysis, skill, onClose }: { analysis: Analysis; skill: SkillFinding; onClose(): void }) {
  const credit = analysis.match?.credited?.[skill.name];
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [skill.name]);
  const level = skill.level === 'preferred' ? 'nice to have' : skill.level;
  return (
    <section
      id="jdl-evidence"
      class="card stack evidence"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="jdl-evidence-title"
      data-testid="jdl-evidence"
      data-skill={skill.name}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div class="row" style="justify-content:space-between">
        <h2 id="jdl-evidence-title" style="margin:0">
          {skill.name} <span class="muted">({level})</span>
        </h2>
        <button type="button" class="secondary" onClick={onClose} aria-label={`Close the evidence for ${skill.name}`}>
          ×
        </button>
      </div>
      <div>
        <h3>The posting says</h3>
        <ul class="quotes">
          {skill.evidence.slice(0, 5).map((span) => (
            <li key={span.start} data-testid="jdl-posting-evidence">
              <Quote text={analysis.text} span={span} />
            </li>
          ))}
        </ul>
        {skill.evidence.length > 5 && <p class="muted">and {skill.evidence.length - 5} more places.</p>}
      </div>
      {credit ? (
        <div>
          <h3>Your resume shows it</h3>
          <p style="margin:0">
            Profile skill <strong>{credit.by}</strong>
            {credit.via === 'implied' ? ` (implies ${skill.name})` : credit.via === 'alias' ? ' (the same skill, spelled another way)' : ''}
          </p>
          {credit.evidence ? (
            <blockquote class="resume-line" data-testid="jdl-resume-evidence">
              {cleanLine(credit.evidence)}
            </blockquote>
          ) : (
            <p class="muted">No resume line: this skill was added by hand. Import your resume to link it to a line.</p>
          )}
        </div>
      ) : analysis.match ? (
        <p data-testid="jdl-evidence-missing">
          Your profile does not show {skill.name}. If you have used it, add it to your resume and profile{skill.level === 'required' ? '; it is required here' : ''}.
        </p>
      ) : null}
    </section>
  );
}
