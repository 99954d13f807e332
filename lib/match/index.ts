/**
 * lib/match: Analysis x Profile -> Match. Pure and deterministic; every number is in
 * ./weights.ts. How a score is made:
 *  - 100 points shared by skills (75), years (15), seniority (5), salary (3), work mode (2);
 *    a dimension the posting does not state is left out and its points go to the skills.
 *  - Each posting skill (or either-or group) weighs 3 if required, 1 if preferred, 0.5 if only
 *    named; it is had by name, alias or an implied skill (./credit.ts). A thin posting (less
 *    than three required skills' worth) adds an "unsaid" line at half credit.
 *  - Gates then cap the score (missing must-haves, far too few years, seniority gap, a
 *    dealbreaker, pay below the floor, work mode, empty profile, no skills found); the lowest
 *    cap is shown as its own breakdown line so the lines add up to the final score.
 */
import type { Analysis, Match, MatchLine, Profile } from '../types';
import { getSkill, skillKey } from '../skills';
import { indexProfile } from './credit';
import type { Dimension, Gate } from './conditions';
import { salaryDimension, seniorityDimension, workModeDimension, yearsDimension } from './conditions';
import { apportion } from './round';
import { skillTips } from './tips';
import { buildUnits, unitLabel } from './units';
import { CAPS, LEVEL_WEIGHT, MIN_SKILL_WEIGHT, POOLS, UNKNOWN_SHARE } from './weights';

/** Bumps whenever weights or rules change (lib/match/weights.ts), so stored scores can be told apart. */
export const MATCH_VERSION = '1.1.0';

export { apportion } from './round';
export { CAPS, LEVEL_WEIGHT, POOLS } from './weights';

interface Draft {
  label: string;
  weight: number;
  fraction: number;
}

/** Deterministic fit score of a posting for a profile (DESIGN.md Match), every point traceable to a breakdown line. */
export function matchProfile(analysis: Analysis, profile: Profile): Match {
  const index = indexProfile(profile);
  const units = buildUnits(analysis.skills ?? [], index);
  const gates: Gate[] = [];
  const tips: string[] = [];

  const dims = [
    yearsDimension(analysis, profile, index, gates, tips),
    seniorityDimension(analysis, profile, gates, tips),
    salaryDimension(analysis, profile, gates, tips),
    workModeDimension(analysis, profile, gates),
  ].filter((d): d is Dimension => d !== null);

  // Points of the dimensions the posting leaves out go to the skills.
  const skillsPool = 100 - dims.reduce((sum, d) => sum + POOLS[d.key], 0);
  const drafts: Draft[] = [];
  const unitWeights = units.map((u) => LEVEL_WEIGHT[u.level]);
  const named = unitWeights.reduce((x, y) => x + y, 0);
  const unstated = units.length > 0 ? Math.max(0, MIN_SKILL_WEIGHT - named) : 0;
  const unitTotal = named + unstated;
  if (units.length === 0) {
    drafts.push({ label: 'Skills: none found in the posting, so skill fit is unknown (half credit)', weight: skillsPool, fraction: UNKNOWN_SHARE });
    gates.push({ id: 'no-posting-skills', max: CAPS.noPostingSkills, reason: 'No skills were found in the posting, so this score cannot measure skill fit.' });
  } else {
    units.forEach((u, i) => drafts.push({ label: unitLabel(u), weight: (skillsPool * unitWeights[i]!) / unitTotal, fraction: u.satisfied ? 1 : 0 }));
    if (unstated > 0) {
      const n = units.length;
      drafts.push({
        label: `Skills the posting leaves unsaid: it names only ${n} skill${n === 1 ? '' : 's'}, so the rest of the fit is unknown (half credit)`,
        weight: (skillsPool * unstated) / unitTotal,
        fraction: UNKNOWN_SHARE,
      });
    }
  }
  for (const d of dims) drafts.push({ label: d.label, weight: POOLS[d.key], fraction: d.fraction });

  // Whole points per line that add up to exactly 100 at most, and exactly the score.
  const maxes = apportion(drafts.map((d) => d.weight), 100);
  const breakdown: MatchLine[] = drafts.map((d, i) => {
    const max = maxes[i]!;
    return { label: d.label, points: d.fraction >= 1 ? max : Math.round(d.fraction * max), max };
  });
  const raw = breakdown.reduce((s, l) => s + l.points, 0);

  // Gates.
  const req = units.filter((u) => u.level === 'required');
  const missingReq = req.filter((u) => !u.satisfied);
  if (req.length > 0) {
    const share = missingReq.length / req.length;
    const gate = CAPS.missingRequired.find((g) => share >= g.share);
    if (gate) {
      const names = missingReq.map((u) => u.members.map((m) => m.name).join(' or ')).join(', ');
      gates.push({ id: 'missing-required', max: gate.max, reason: `${missingReq.length} of ${req.length} required skills are missing: ${names}.` });
    }
  }
  dealbreakerGates(analysis, profile, gates);
  if (index.length === 0) {
    gates.push({ id: 'empty-profile', max: CAPS.emptyProfile, reason: 'Your profile has no skills yet, so nothing can be matched. Import a resume or add your skills.' });
  }

  const caps = gates.sort((x, y) => x.max - y.max);
  const binding = caps[0];
  let score = raw;
  if (binding && binding.max < raw) {
    score = binding.max;
    breakdown.push({ label: `Capped at ${binding.max}: ${binding.reason}`, points: binding.max - raw, max: 0 });
  }
  // Warnings first, then skill advice, then the conditions (years, level, pay).
  const head: string[] = [];
  if (index.length === 0) head.push('Your profile is empty: import your resume or add your skills on the options page to get a real score.');
  if (units.length === 0) head.push('No skills were found in this posting; read its requirements yourself before trusting the score.');
  const allTips = [...head, ...(index.length ? skillTips(analysis, profile, units) : []), ...tips];

  const have = (level: 'required' | 'preferred') =>
    units.filter((u) => u.level === level).flatMap((u) => u.members.filter((m) => u.credits.get(m.name)).map((m) => m.name));
  const missing = (level: 'required' | 'preferred') =>
    units.filter((u) => u.level === level && !u.satisfied).flatMap((u) => u.members.map((m) => m.name));
  const credited: NonNullable<Match['credited']> = {};
  for (const u of units)
    for (const m of u.members) {
      const c = u.credits.get(m.name);
      if (c) credited[m.name] = { by: c.by, via: c.via, ...(c.evidence ? { evidence: c.evidence } : {}) };
    }
  const asked = analysis.experience?.minYears ?? null;
  const had = typeof profile.totalYears === 'number' ? profile.totalYears : null;

  return {
    score: Math.max(0, Math.min(100, score)),
    version: MATCH_VERSION,
    required: { have: have('required'), missing: missing('required') },
    preferred: { have: have('preferred'), missing: missing('preferred') },
    experience: { required: asked, have: had, ok: asked === null || had === null ? null : had >= asked },
    caps: caps.map(({ id, reason, max }) => ({ id, reason, max })),
    tips: [...new Set(allTips)],
    breakdown,
    credited,
    profileName: profile.name,
  };
}

/** A dealbreaker (a skill or red-flag id the user refuses) present in the posting caps hard. */
function dealbreakerGates(a: Analysis, p: Profile, gates: Gate[]): void {
  for (const raw of p.dealbreakers ?? []) {
    const d = raw?.trim();
    if (!d) continue;
    const flag = a.redFlags?.find((f) => f.id.toLowerCase() === d.toLowerCase());
    if (flag) {
      gates.push({ id: `dealbreaker:${flag.id}`, max: CAPS.dealbreaker, reason: `You marked '${flag.title || flag.id}' as a dealbreaker, and this posting raises it.` });
      continue;
    }
    const keys = new Set([skillKey(d), skillKey(getSkill(d)?.name ?? d)]);
    const hit = a.skills?.find((s) => keys.has(skillKey(s.name)) || s.aliases.some((x) => keys.has(skillKey(x))));
    if (hit) {
      const where = hit.level === 'mentioned' ? 'names it' : `lists it as ${hit.level}`;
      gates.push({ id: `dealbreaker:${hit.name}`, max: CAPS.dealbreaker, reason: `You marked ${hit.name} as a dealbreaker, and the posting ${where}.` });
    }
  }
}

/** Which of several profiles fits this posting best, sorted by score. */
export function rankProfiles(analysis: Analysis, profiles: Profile[]): { profile: Profile; match: Match }[] {
  return profiles
    .map((profile, i) => ({ profile, match: matchProfile(analysis, profile), i }))
    .sort((x, y) => y.match.score - x.match.score || y.match.required.have.length - x.match.required.have.length || x.i - y.i)
    .map(({ profile, match }) => ({ profile, match }));
}
