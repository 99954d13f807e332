import type { SkillFinding, SkillLevel } from '../types';
import { skillKey } from '../skills';
import type { Credit, ProfileIndex } from './credit';
import { creditSkill } from './credit';

const LEVEL_ORDER: Record<SkillLevel, number> = { required: 3, preferred: 2, mentioned: 1 };

/** One thing the posting asks for: a skill, or an either-or group satisfied by any member. */
export interface Unit {
  level: SkillLevel;
  members: SkillFinding[];
  /** Credit per member name (null: the profile lacks it). */
  credits: Map<string, Credit | null>;
  satisfied: boolean;
}

/** Posting skills, deduplicated at their strongest level, grouped, and credited against the profile. */
export function buildUnits(skills: SkillFinding[], index: ProfileIndex): Unit[] {
  const byKey = new Map<string, SkillFinding>();
  for (const s of skills) {
    if (!s?.name) continue;
    const k = skillKey(s.name);
    const prev = byKey.get(k);
    if (!prev || LEVEL_ORDER[s.level] > LEVEL_ORDER[prev.level]) byKey.set(k, s);
  }
  const units: Unit[] = [];
  const groups = new Map<string, Unit>();
  for (const s of byKey.values()) {
    const credit = creditSkill(s, index);
    let u = s.group ? groups.get(s.group) : undefined;
    if (!u) {
      u = { level: s.level, members: [], credits: new Map(), satisfied: false };
      units.push(u);
      if (s.group) groups.set(s.group, u);
    }
    u.members.push(s);
    u.credits.set(s.name, credit);
    if (credit) u.satisfied = true;
    if (LEVEL_ORDER[s.level] > LEVEL_ORDER[u.level]) u.level = s.level;
  }
  // Required first, then preferred, then mentioned; posting order within a level.
  return units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => LEVEL_ORDER[b.u.level] - LEVEL_ORDER[a.u.level] || a.i - b.i)
    .map(({ u }) => u);
}

const LEVEL_WORD: Record<SkillLevel, string> = { required: 'Required', preferred: 'Preferred', mentioned: 'Named in the posting' };

function how(name: string, c: Credit): string {
  if (c.via === 'name') return `${name} (in your profile)`;
  if (c.via === 'alias') return `${name} (your profile says '${c.by}')`;
  return `${name} (implied by your '${c.by}')`;
}

/** The breakdown label of a unit, in plain words. */
export function unitLabel(u: Unit): string {
  const lead = LEVEL_WORD[u.level];
  if (u.members.length === 1) {
    const s = u.members[0]!;
    const c = u.credits.get(s.name);
    return `${lead}: ${c ? how(s.name, c) : `${s.name} (missing)`}`;
  }
  const names = u.members.map((m) => m.name).join(', ');
  const hit = u.members.find((m) => u.credits.get(m.name));
  const c = hit ? u.credits.get(hit.name) : null;
  return `${lead}, any one of ${names}: ${hit && c ? `you have ${how(hit.name, c)}` : 'missing all'}`;
}
