import type { Profile, SkillFinding } from '../types';
import { getSkill, impliedSkills, skillKey } from '../skills';

/** How a profile skill covers a posting skill, as in Match.credited. */
export interface Credit {
  by: string;
  via: 'name' | 'alias' | 'implied';
  evidence?: string;
  /** Years the profile gives for the covering skill, when it states them. */
  years?: number;
}

interface ProfileEntry {
  /** As the user wrote it: "JS", "k8s". */
  written: string;
  writtenKey: string;
  /** Canonical key when the taxonomy knows the skill, else the written key. */
  canonicalKey: string;
  /** Canonical keys of every skill it implies (Django -> Python). */
  implies: Set<string>;
  years?: number;
  evidence?: string;
}

/** The profile's skills, looked up once in the taxonomy. */
export type ProfileIndex = ProfileEntry[];

/** Looks every profile skill up in lib/skills; blank names are dropped. */
export function indexProfile(profile: Profile): ProfileIndex {
  const out: ProfileIndex = [];
  for (const s of profile.skills ?? []) {
    const written = (s?.name ?? '').trim();
    if (!written) continue;
    const known = getSkill(written);
    const canonical = known?.name ?? written;
    out.push({
      written,
      writtenKey: skillKey(written),
      canonicalKey: skillKey(canonical),
      implies: new Set(impliedSkills(canonical).map(skillKey)),
      years: typeof s.years === 'number' && Number.isFinite(s.years) ? s.years : undefined,
      evidence: s.evidence?.trim() || findEvidence(profile.resumeText, written),
    });
  }
  return out;
}

/** The resume line that names a skill, when the profile kept the resume text. */
function findEvidence(resumeText: string | undefined, written: string): string | undefined {
  if (!resumeText) return undefined;
  const esc = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${esc}($|[^\\p{L}\\p{N}+#])`, 'iu');
  const line = resumeText.split(/\r?\n/).find((l) => re.test(l));
  return line?.trim() || undefined;
}

/** Which profile skill covers a posting skill: by its own name, an alias, or an implied skill. */
export function creditSkill(skill: SkillFinding, index: ProfileIndex): Credit | null {
  const target = skillKey(skill.name);
  const known = getSkill(skill.name);
  const targetKeys = new Set([target, ...(known ? [skillKey(known.name)] : [])]);
  const aliasKeys = new Set([...skill.aliases, ...(known?.aliases ?? [])].map(skillKey));
  let best: Credit | null = null;
  let rank = 0;
  for (const p of index) {
    let via: Credit['via'] | null = null;
    let r = 0;
    if (targetKeys.has(p.writtenKey)) [via, r] = ['name', 3];
    else if (targetKeys.has(p.canonicalKey) || aliasKeys.has(p.writtenKey)) [via, r] = ['alias', 2];
    else if ([...targetKeys].some((k) => p.implies.has(k))) [via, r] = ['implied', 1];
    // Among equal ways, prefer the entry that brings years, then evidence.
    const better = r > rank || (r === rank && r > 0 && best?.years === undefined && p.years !== undefined);
    if (via && better) {
      rank = r;
      best = { by: p.written, via, ...(p.evidence ? { evidence: p.evidence } : {}), ...(p.years !== undefined ? { years: p.years } : {}) };
    }
  }
  return best;
}

/** True when the profile names this skill (any alias) or a skill that implies it. */
export function profileHas(name: string, index: ProfileIndex): boolean {
  return creditSkill({ name, aliases: [], category: '', level: 'mentioned', evidence: [] }, index) !== null;
}
