import { analyze, type AnalyzeMeta } from '@/lib/extract';
import type { Analysis, SkillLevel } from '@/lib/types';

/** Level of the skill named `name` (case-insensitive, name or alias), or undefined when absent. */
export function levelOf(a: Analysis, name: string): SkillLevel | undefined {
  const n = name.toLowerCase();
  return a.skills.find((s) => s.name.toLowerCase() === n || s.aliases.some((x) => x.toLowerCase() === n))?.level;
}

export function run(text: string, meta?: AnalyzeMeta): Analysis {
  return analyze(text, meta);
}

/** Every span in the analysis, with what it should name when known. */
export function allSpans(a: Analysis): { where: string; start: number; end: number }[] {
  const out: { where: string; start: number; end: number }[] = [];
  for (const s of a.skills) for (const e of s.evidence) out.push({ where: `skill ${s.name}`, ...e });
  for (const s of a.softSkills) for (const e of s.evidence) out.push({ where: `soft ${s.name}`, ...e });
  for (const e of a.experience?.evidence ?? []) out.push({ where: 'experience', ...e });
  for (const p of a.experience?.perSkill ?? []) for (const e of p.evidence) out.push({ where: `years ${p.skill}`, ...e });
  for (const e of a.salary?.evidence ?? []) out.push({ where: 'salary', ...e });
  for (const f of a.redFlags) for (const e of f.evidence) out.push({ where: `flag ${f.id}`, ...e });
  return out;
}
