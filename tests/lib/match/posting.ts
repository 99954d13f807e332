import type { Analysis, SkillFinding, SkillLevel } from '../../../lib/types';
import { getSkill } from '../../../lib/skills';

/**
 * Builds an Analysis by hand so matcher tests never depend on extractor tuning. Skills are
 * written "Name" or "Name|Other" (either-or group); each gets an evidence span on its own
 * line of the generated text, spelled as written, so wording tips can be checked.
 */
export function posting(spec: {
  required?: string[];
  preferred?: string[];
  mentioned?: string[];
  minYears?: number | null;
  perSkill?: { skill: string; minYears: number }[];
  seniority?: Analysis['seniority'];
  workMode?: Analysis['workMode'];
  salary?: Analysis['salary'];
  redFlags?: string[];
}): Analysis {
  let text = 'Backend Engineer\n';
  const skills: SkillFinding[] = [];
  let group = 0;
  const add = (level: SkillLevel, items: string[] = []) => {
    for (const item of items) {
      const names = item.split('|');
      const gid = names.length > 1 ? `g${++group}` : undefined;
      for (const written of names) {
        const start = text.length;
        text += `${written}\n`;
        const known = getSkill(written);
        skills.push({
          name: known?.name ?? written,
          aliases: known?.aliases ?? [],
          category: known?.category ?? 'other',
          level,
          evidence: [{ start, end: start + written.length }],
          ...(gid ? { group: gid } : {}),
        });
      }
    }
  };
  add('required', spec.required);
  add('preferred', spec.preferred);
  add('mentioned', spec.mentioned);
  const hasYears = spec.minYears != null || spec.perSkill?.length;
  return {
    text,
    title: 'Backend Engineer',
    company: null,
    location: null,
    url: null,
    skills,
    softSkills: [],
    experience: hasYears
      ? {
          minYears: spec.minYears ?? null,
          maxYears: null,
          evidence: [],
          ...(spec.perSkill ? { perSkill: spec.perSkill.map((p) => ({ ...p, evidence: [] })) } : {}),
        }
      : null,
    salary: spec.salary ?? null,
    seniority: spec.seniority ?? null,
    workMode: spec.workMode ?? null,
    redFlags: (spec.redFlags ?? []).map((id) => ({ id, title: id, why: id, evidence: [] })),
  };
}
