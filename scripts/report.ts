/** The CLI's readable reports: an Analysis (with its Match) and a resume draft, as plain text. */
import type { ResumeDraft } from '../lib/resume/node';
import type { Analysis, Match, SkillLevel } from '../lib/types';

const LEVELS: [SkillLevel, string][] = [
  ['required', 'Required'],
  ['preferred', 'Nice to have'],
  ['mentioned', 'Mentioned'],
];

function quote(text: string, start: number, end: number): string {
  return JSON.stringify(text.slice(start, end).replace(/\s+/g, ' ').slice(0, 160));
}

const WIDTH = 100;

/** Words wrapped to WIDTH columns; the first line starts with `first`, the next ones with `rest`. */
export function wrap(text: string, first: string, rest = ' '.repeat(first.length)): string[] {
  const out: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length + word.length + 1 > WIDTH && line.trim().length > first.trim().length) {
      out.push(line.trimEnd());
      line = rest;
    }
    line += (line === first || line === rest ? '' : ' ') + word;
  }
  out.push(line.trimEnd());
  return out;
}

const num = (n: number | null) => (n == null ? '?' : n.toLocaleString('en-US'));

/** "5+ years", "3-5 years", "5 years". */
function years(e: NonNullable<Analysis['experience']>): string {
  if (e.minYears == null && e.maxYears == null) return 'not stated';
  if (e.maxYears == null) return `${e.minYears}+ years`;
  if (e.minYears == null || e.minYears === e.maxYears) return `${e.maxYears} years`;
  return `${e.minYears}-${e.maxYears} years`;
}

/** "EUR 75,000-90,000 per year". */
function pay(s: NonNullable<Analysis['salary']>): string {
  const range = s.max != null && s.min != null && s.max !== s.min ? `${num(s.min)}-${num(s.max)}` : num(s.min ?? s.max);
  return `${s.currency} ${range} per ${s.period}`;
}

/** The match part of the report: score, the lines it is made of, what caps it, what is missing. */
function formatMatch(m: Match): string[] {
  const out: string[] = ['', `Fit score: ${m.score}/100 for "${m.profileName ?? 'profile'}" (scoring ${m.version})`];
  const lines = m.breakdown ?? [];
  const earned = lines.filter((l) => l.max > 0);
  const capLine = lines.find((l) => l.max === 0 && l.points < 0);
  if (earned.length) {
    out.push('', 'What the score is made of (points / most possible):');
    const w = Math.max(...earned.map((l) => `${l.points}/${l.max}`.length));
    for (const l of earned) out.push(...wrap(l.label, `  ${`${l.points}/${l.max}`.padStart(w)}  `));
    // The cap line's label repeats the cap's reason, listed under Caps just below.
    if (capLine) out.push(`  ${String(capLine.points).padStart(w)}  ${capLine.label.replace(/:.*$/s, '')} (see Caps)`);
    out.push(`  ${String(m.score).padStart(w)}  = the score`);
  }
  if (m.caps.length) {
    out.push('', 'Caps (the score can be no higher than):');
    m.caps.forEach((cap, i) => out.push(...wrap(`${cap.reason}${i === 0 && capLine ? ' (this one holds the score)' : ''}`, `  ${String(cap.max).padStart(3)}  `)));
  }
  if (m.required.missing.length || m.preferred.missing.length) out.push('');
  if (m.required.missing.length) out.push(...wrap(m.required.missing.join(', '), 'Missing required: '));
  if (m.preferred.missing.length) out.push(...wrap(m.preferred.missing.join(', '), 'Missing nice-to-have: '));
  return out;
}

/** An Analysis as a report for a person. */
export function formatReport(a: Analysis): string {
  const out: string[] = [];
  out.push(`${a.title ?? 'Job posting'}${a.company ? ` at ${a.company}` : ''}${a.location ? ` (${a.location})` : ''}`);
  if (a.url) out.push(a.url);
  const m = a.match;
  if (m) out.push(...formatMatch(m));
  const credited = m?.credited;
  const have = new Set([...(m?.required.have ?? []), ...(m?.preferred.have ?? [])]);
  const has = (name: string) => (credited ? Object.hasOwn(credited, name) : have.has(name));
  for (const [level, label] of LEVELS) {
    const skills = a.skills.filter((s) => s.level === level);
    if (!skills.length) continue;
    out.push('', `${label} (${skills.length}):`);
    for (const s of skills) {
      const c = credited?.[s.name];
      const via = c && c.via !== 'name' ? ` <- your "${c.by}"` : '';
      out.push(`  ${m ? (has(s.name) ? '[have] ' : '[miss] ') : ''}${s.name} (${s.category})${s.group ? ' [either-or]' : ''}${via}`);
    }
  }
  if (!a.skills.length) out.push('', 'No named skills found.');
  out.push('');
  out.push(`Experience: ${a.experience ? years(a.experience) : 'not stated'}`);
  out.push(`Salary: ${a.salary ? pay(a.salary) : 'not stated'}`);
  out.push(`Seniority: ${a.seniority ?? 'not stated'}`, `Work mode: ${a.workMode ?? 'not stated'}`);
  if (a.softSkills.length) out.push(`Soft skills: ${a.softSkills.map((x) => x.name).join(', ')}`);
  out.push('', a.redFlags.length ? `Red flags (${a.redFlags.length}):` : 'Red flags: none');
  for (const f of a.redFlags) {
    out.push(...wrap(`${f.title}: ${f.why}`, '  ! ', '    '));
    const ev = f.evidence[0];
    if (ev) out.push(`    ${quote(a.text, ev.start, ev.end)}`);
  }
  if (m?.tips.length) {
    out.push('', 'Tips:');
    for (const t of m.tips) out.push(...wrap(t, '  - ', '    '));
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
