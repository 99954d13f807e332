import data from './data/skills.json';
import { skillKey } from './key';
import type { RawSkill, SkillData } from './types';

export { skillKey };

/** A canonical skill as the rest of JD Lens sees it. */
export interface SkillEntry {
  name: string;
  aliases: string[];
  category: string;
  implies: string[];
  ambiguous?: boolean;
}

/** One entry with the scanning details that stay inside lib/skills. */
export interface LoadedSkill {
  entry: SkillEntry;
  raw: RawSkill;
}

interface Taxonomy {
  skills: LoadedSkill[];
  entries: readonly SkillEntry[];
  byKey: Map<string, LoadedSkill>;
}

let taxonomy: Taxonomy | undefined;


/** The taxonomy, parsed from data/skills.json on first use. */
export function getTaxonomy(): Taxonomy {
  if (taxonomy) return taxonomy;
  const raws = (data as SkillData).skills;
  const skills: LoadedSkill[] = [];
  const byKey = new Map<string, LoadedSkill>();
  for (const raw of raws) {
    const entry: SkillEntry = {
      name: raw.n,
      aliases: [...(raw.a ?? []), ...(raw.q ?? [])],
      category: raw.c,
      implies: raw.i ?? [],
    };
    if (raw.x?.length) entry.ambiguous = true;
    const loaded = { entry, raw };
    skills.push(loaded);
  }
  // Canonical names first, so a name always wins over another skill's alias of the same key.
  for (const s of skills) byKey.set(skillKey(s.entry.name), s);
  for (const s of skills) {
    for (const a of s.entry.aliases) {
      const k = skillKey(a);
      if (!byKey.has(k)) byKey.set(k, s);
    }
  }
  taxonomy = { skills, entries: Object.freeze(skills.map((s) => s.entry)), byKey };
  return taxonomy;
}
