/** Pure helpers for editing profiles on the options page (tested in tests/components). */
import { getSkill, skillKey } from '@/lib/skills';
import type { Profile, ProfileSkill } from '@/lib/types';

/** One key per skill whatever the spelling: "JS" and "JavaScript" give the same key. */
export function skillIdentity(name: string): string {
  return skillKey(getSkill(name)?.name ?? name) || name.trim().toLowerCase();
}

/** Names typed by the user ("Python, React; Go"), trimmed, without blanks. */
export function splitNames(raw: string): string[] {
  return raw
    .split(/[,;\n]/)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first resume line that names a skill (by any spelling the taxonomy knows), trimmed. */
export function findResumeLine(resumeText: string | undefined, name: string): string | undefined {
  if (!resumeText) return undefined;
  const entry = getSkill(name);
  const spellings = [...new Set([name, ...(entry ? [entry.name, ...entry.aliases] : [])])].filter((s) => s.trim().length > 0);
  const res = spellings.map((s) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRe(s.trim())}(?![\\p{L}\\p{N}])`, 'iu'));
  for (const line of resumeText.split('\n')) if (res.some((re) => re.test(line))) return line.trim().slice(0, 300);
  return undefined;
}

/**
 * Skills with new names added at the end (those already there, under any spelling, are skipped);
 * each new one gets its resume line when the resume names it.
 */
export function addSkills(skills: ProfileSkill[], names: string[], resumeText?: string): ProfileSkill[] {
  const seen = new Set(skills.map((s) => skillIdentity(s.name)));
  const out = [...skills];
  for (const name of names) {
    const id = skillIdentity(name);
    if (seen.has(id)) continue;
    seen.add(id);
    const evidence = findResumeLine(resumeText, name);
    out.push(evidence ? { name, evidence } : { name });
  }
  return out;
}

/** A name not yet taken: "New profile", "New profile 2" ... */
export function uniqueName(base: string, taken: string[]): string {
  const names = new Set(taken.map((n) => n.trim().toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!names.has(`${base} ${i}`.toLowerCase())) return `${base} ${i}`;
}

/** What a user confirmed from a resume: the checked skills, years and level, and the resume text. */
export interface ConfirmedImport {
  skills: ProfileSkill[];
  totalYears: number | null;
  seniority: Profile['seniority'];
  resumeText: string;
}

/**
 * A confirmed import merged into an existing profile: new skills are added, skills already there
 * keep their years and gain the resume line (and years) they lacked; the resume text is replaced.
 */
export function mergeImport(profile: Profile, imp: ConfirmedImport): Profile {
  const byId = new Map(imp.skills.map((s) => [skillIdentity(s.name), s]));
  const skills = profile.skills.map((s) => {
    const found = byId.get(skillIdentity(s.name));
    if (!found) return s;
    byId.delete(skillIdentity(s.name));
    return { ...s, ...(s.evidence ? {} : found.evidence ? { evidence: found.evidence } : {}), ...(s.years == null && found.years != null ? { years: found.years } : {}) };
  });
  return {
    ...profile,
    skills: [...skills, ...byId.values()],
    totalYears: imp.totalYears ?? profile.totalYears ?? null,
    seniority: imp.seniority ?? profile.seniority ?? null,
    resumeText: imp.resumeText,
  };
}

/** Whether two profiles hold the same data (ignoring updatedAt): tells unsaved changes apart. */
export function sameProfile(a: Profile, b: Profile): boolean {
  // Sorted keys; unset, null and empty-list fields count as absent (setting then clearing is no change).
  const norm = (p: Profile) =>
    JSON.stringify(
      Object.entries(p)
        .filter(([k, v]) => k !== 'updatedAt' && v != null && !(Array.isArray(v) && v.length === 0 && k !== 'skills'))
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return norm(a) === norm(b);
}

/** Years typed in a number field: a non-negative number, or null when empty or not a number. */
export function parseYears(raw: string): number | null {
  if (raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 60) : null;
}
