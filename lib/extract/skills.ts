/**
 * Skills of a posting with their level: scanner hits (lib/skills) placed in their section and
 * sentence, governed by the nearest cue (levels.ts), with either-or groups and negation.
 */
import type { SkillFinding, SkillLevel, Span } from '../types';
import type { SectionKind } from '../rules/types';
import type { SkillMention } from '../skills';
import type { Governing } from './levels';

/** The level a mention gets from its section and governing cue; null when negated. */
export function levelFor(kind: SectionKind, g: Governing | null, aboutSentence: boolean): SkillLevel | null {
  if (g?.label === 'negated') return null;
  if (kind === 'about' || kind === 'benefits' || aboutSentence) return 'mentioned';
  if (!g) return kind === 'required' ? 'required' : kind === 'preferred' ? 'preferred' : 'mentioned';
  switch (g.label) {
    case 'preferred':
      return 'preferred';
    case 'weakPreferred':
      return kind === 'required' ? 'required' : 'preferred';
    case 'required':
      if (kind === 'preferred') return 'preferred';
      // a duty such as "provide knowledge in ML" describes the work; only a modal cue makes it a demand
      if (kind === 'responsibilities' && g.tier === 'desc' && !g.strong) return 'mentioned';
      return 'required';
    case 'mentioned':
      return kind === 'preferred' && g.tier === 'desc' ? 'preferred' : kind === 'required' && g.tier === 'desc' ? 'required' : 'mentioned';
    default:
      return 'mentioned';
  }
}

const RANK: Record<SkillLevel, number> = { required: 3, preferred: 2, mentioned: 1 };

/** Gap text between two list items, classified. */
function connector(gap: string): 'or' | 'and' | 'comma' | null {
  const g = gap.trim().toLowerCase();
  if (g === ',' || g === '') return g === ',' ? 'comma' : null;
  if (/^,?\s*(?:or|and\/or|\/|or\s+even|nor)$/.test(g) || g === '/') return 'or';
  if (/^,?\s*(?:and|&|as well as|plus)$/.test(g)) return 'and';
  return null;
}

/**
 * Either-or groups among mentions of one unit (sentence piece): "Java or Kotlin", "Java, C++ and/or
 * Python", "one of Go, Rust, Zig". Returns mention index -> local group number.
 */
export function findGroups(unitText: string, base: number, mentions: SkillMention[]): Map<number, number> {
  const groups = new Map<number, number>();
  let g = 0;
  let i = 0;
  while (i < mentions.length) {
    // grow a run of items joined by connectors
    const run = [i];
    const conns: ('or' | 'and' | 'comma')[] = [];
    let j = i;
    while (j + 1 < mentions.length) {
      const gap = unitText.slice(mentions[j]!.end - base, mentions[j + 1]!.start - base);
      const c = connector(gap);
      if (!c) break;
      conns.push(c);
      run.push(j + 1);
      j++;
    }
    const lead = unitText.slice(Math.max(0, mentions[i]!.start - base - 40), mentions[i]!.start - base);
    const oneOf = /\b(?:one\s+or\s+more\s+of|one\s+of|either|any\s+of|at\s+least\s+one\s+of)\b[^.;]{0,30}$/i.test(lead);
    if (run.length >= 2) {
      // split at "and" unless the whole run is governed by "one of"
      let sub: number[] = [run[0]!];
      let subHasOr = false;
      const flush = () => {
        if (sub.length >= 2 && (subHasOr || oneOf)) {
          g++;
          for (const k of sub) groups.set(k, g);
        }
      };
      for (let k = 0; k < conns.length; k++) {
        const c = conns[k]!;
        if (c === 'and' && !oneOf) {
          flush();
          sub = [run[k + 1]!];
          subHasOr = false;
        } else {
          if (c === 'or') subHasOr = true;
          sub.push(run[k + 1]!);
        }
      }
      flush();
    }
    i = j + 1;
  }
  return groups;
}

interface Occurrence {
  mention: SkillMention;
  level: SkillLevel;
  group?: string;
}

/** One finding per skill at its strongest level, with all its evidence in text order. */
export function aggregate(occ: Occurrence[]): SkillFinding[] {
  const by = new Map<string, { f: SkillFinding; rank: number; groupRank: number }>();
  for (const o of occ) {
    const name = o.mention.skill.name;
    const span: Span = { start: o.mention.start, end: o.mention.end };
    const r = RANK[o.level];
    let e = by.get(name);
    if (!e) {
      e = {
        f: { name, aliases: [...o.mention.skill.aliases], category: o.mention.skill.category, level: o.level, evidence: [] },
        rank: r,
        groupRank: 0,
      };
      by.set(name, e);
    }
    e.f.evidence.push(span);
    if (r > e.rank) {
      e.rank = r;
      e.f.level = o.level;
    }
    if (o.group && r > e.groupRank) {
      e.f.group = o.group;
      e.groupRank = r;
    }
  }
  const out: SkillFinding[] = [];
  for (const { f, rank } of by.values()) {
    // a group id only stands when the grouped mention is at the skill's own level
    if (f.group !== undefined && by.get(f.name)!.groupRank < rank) delete f.group;
    f.evidence.sort((a, b) => a.start - b.start);
    out.push(f);
  }
  out.sort((a, b) => RANK[b.level] - RANK[a.level] || a.evidence[0]!.start - b.evidence[0]!.start);
  return out;
}
