/** The CLI's readable reports: an Analysis (with its Match) and a resume draft, as plain text. */
import type { ResumeDraft } from '../lib/resume/node';
import type { Analysis, SkillLevel } from '../lib/types';

const LEVELS: [SkillLevel, string][] = [
  ['required', 'Required'],
  ['preferred', 'Nice to have'],
  ['mentioned', 'Mentioned'],
];

function quote(text: string, start: number, end: number): string {
  return JSON.stringify(text.slice(start, end).replace(/\s+/g, ' ').slice(0, 160));
}

/** An Analysis as a report for a person. */
export function formatReport(a: Analysis): string {
  const out: string[] = [];
  out.push(`${a.title ?? 'Job posting'}${a.company ? ` at ${a.company}` : ''}${a.location ? ` (${a.location})` : ''}`);
  if (a.url) out.push(a.url);
  const m = a.match;
  if (m) {
    out.push('', `Fit score: ${m.score}/100 for "${m.profileName ?? 'profile'}" (scoring ${m.version})`);
    for (const line of m.breakdown ?? []) out.push(`  ${line.points >= 0 ? '+' : ''}${line.points} ${line.label}`);
    for (const cap of m.caps) out.push(`  capped at ${cap.max}: ${cap.reason}`);
    if (m.required.missing.length) out.push(`  missing required: ${m.required.missing.join(', ')}`);
    if (m.preferred.missing.length) out.push(`  missing nice-to-have: ${m.preferred.missing.join(', ')}`);
  }
  const have = new Set([...(m?.required.have ?? []), ...(m?.preferred.have ?? [])]);
  for (const [level, label] of LEVELS) {
    const skills = a.skills.filter((s) => s.level === level);
    if (!skills.length) continue;
    out.push('', `${label} (${skills.length}):`);
    for (const s of skills) out.push(`  ${m ? (have.has(s.name) ? '[have] ' : '[miss] ') : ''}${s.name} (${s.category})${s.group ? ' [either-or]' : ''}`);
  }
  if (!a.skills.length) out.push('', 'No named skills found.');
  out.push('');
  const e = a.experience;
  out.push(`Experience: ${e ? `${e.minYears ?? '?'}${e.maxYears != null ? `-${e.maxYears}` : '+'} years` : 'not stated'}`);
  const s = a.salary;
  out.push(`Salary: ${s ? `${s.currency} ${s.min ?? '?'}${s.max != null && s.max !== s.min ? `-${s.max}` : ''} per ${s.period}` : 'not stated'}`);
  out.push(`Seniority: ${a.seniority ?? 'not stated'}`, `Work mode: ${a.workMode ?? 'not stated'}`);
  if (a.softSkills.length) out.push(`Soft skills: ${a.softSkills.map((x) => x.name).join(', ')}`);
  out.push('', a.redFlags.length ? `Red flags (${a.redFlags.length}):` : 'Red flags: none');
  for (const f of a.redFlags) {
    out.push(`  ! ${f.title}: ${f.why}`);
    const ev = f.evidence[0];
    if (ev) out.push(`    ${quote(a.text, ev.start, ev.end)}`);
  }
  if (m?.tips.length) {
    out.push('', 'Tips:');
    for (const t of m.tips) out.push(`  - ${t}`);
  }
  return out.join('\n') + '\n';
}

/** A resume draft as a report: the proposed profile with the line each skill came from. */
export function formatResume(d: ResumeDraft): string {
  const out = [`Proposed profile: ${d.skills.length} skills, ${d.totalYears ?? '?'} years of experience${d.seniority ? `, ${d.seniority}` : ''}`];
  for (const s of d.skills) out.push(`  ${s.name}${s.years != null ? ` (${s.years} y)` : ''}  <- ${JSON.stringify(s.evidence.slice(0, 120))}`);
  for (const w of d.warnings) out.push(`warning: ${w}`);
  return out.join('\n') + '\n';
}
