import type { Analysis, Profile, Seniority } from '../types';
import type { ProfileIndex } from './credit';
import { creditSkill } from './credit';
import { CAPS, PER_YEAR, SENIORITY_RANK, UNKNOWN_SHARE, seniorityFromYears } from './weights';

/** One scored dimension besides skills: the share of its points earned, and why. */
export interface Dimension {
  key: 'years' | 'seniority' | 'salary' | 'workMode';
  fraction: number;
  label: string;
}

export interface Gate {
  id: string;
  reason: string;
  max: number;
}

const yrs = (n: number) => `${n} year${n === 1 ? '' : 's'}`;

/** Years asked vs years had (overall, and per skill when both sides give them). */
export function yearsDimension(a: Analysis, p: Profile, index: ProfileIndex, gates: Gate[], tips: string[]): Dimension | null {
  const asked = a.experience?.minYears ?? null;
  const perSkill = (a.experience?.perSkill ?? []).filter((s) => s.minYears > 0);
  if (asked === null && perSkill.length === 0) return null;
  const have = typeof p.totalYears === 'number' && Number.isFinite(p.totalYears) ? p.totalYears : null;
  const parts: number[] = [];
  const notes: string[] = [];
  if (asked !== null) {
    if (have === null) {
      parts.push(UNKNOWN_SHARE);
      notes.push(`${asked}+ years asked; your profile doesn't give your years (half credit)`);
      tips.push('Add your total years of experience to your profile so the score can compare them.');
    } else {
      parts.push(asked <= 0 ? 1 : Math.min(1, have / asked));
      notes.push(`${asked}+ years asked, you have ${have}`);
      const gate = CAPS.years.find((g) => asked >= g.minAsked && have < asked * g.share);
      if (gate) {
        gates.push({ id: 'experience-gap', max: gate.max, reason: `The posting asks for ${asked}+ years of experience; your profile shows ${yrs(have)}.` });
        tips.push('If you have relevant freelance, open-source or research work, give it dates on your resume so it counts; otherwise look for roles nearer your years.');
      } else if (have < asked) {
        tips.push(`The posting asks for ${asked}+ years and you have ${have}: put your strongest, most recent results first so the gap weighs less.`);
      }
    }
  }
  for (const s of perSkill) {
    const c = creditSkill({ name: s.skill, aliases: [], category: '', level: 'required', evidence: [] }, index);
    if (!c || c.years === undefined) continue; // Missing skills are counted with the skills.
    parts.push(Math.min(1, c.years / s.minYears));
    notes.push(`${s.minYears}+ years of ${s.skill} asked, you have ${c.years}`);
    if (c.years < s.minYears) tips.push(`The posting asks for ${s.minYears}+ years of ${s.skill}; your profile says ${c.years}. Show the depth you do have with concrete results.`);
  }
  if (parts.length === 0) return null;
  const fraction = parts.reduce((x, y) => x + y, 0) / parts.length;
  return { key: 'years', fraction, label: `Experience: ${notes.join('; ')}` };
}

/** The posting's level vs the profile's (stated, or read from its years). */
export function seniorityDimension(a: Analysis, p: Profile, gates: Gate[], tips: string[]): Dimension | null {
  const want = a.seniority;
  if (!want) return null;
  let mine: Seniority | null = p.seniority ?? null;
  let from = '';
  if (!mine && typeof p.totalYears === 'number') {
    mine = seniorityFromYears(p.totalYears);
    from = ` (from your ${yrs(p.totalYears)})`;
  }
  if (!mine) {
    tips.push('Set your seniority in your profile so the score can compare levels.');
    return { key: 'seniority', fraction: UNKNOWN_SHARE, label: `Seniority: ${want} role; your profile doesn't say your level (half credit)` };
  }
  const gap = SENIORITY_RANK[want] - SENIORITY_RANK[mine];
  const label = `Seniority: ${want} role, you are ${mine}${from}`;
  const gate = CAPS.seniority.find((g) => gap >= g.gap);
  if (gate) {
    gates.push({ id: 'seniority-gap', max: gate.max, reason: `This is a ${want} role, ${gap} levels above your ${mine} level.` });
    return { key: 'seniority', fraction: 0, label };
  }
  if (gap === 1) return { key: 'seniority', fraction: 0.5, label: `${label} (one level up: a stretch)` };
  const track = (s: Seniority) => (s === 'lead' || s === 'director' ? 'manager' : s === 'staff' ? 'individual' : null);
  if (track(want) && track(mine) && track(want) !== track(mine)) {
    tips.push(`This ${want} role and your ${mine} level sit on different tracks (individual contributor vs manager); say in your summary which one you want.`);
  }
  if (gap <= -2) tips.push(`This ${want} role sits well below your ${mine} level; check the pay and scope before applying.`);
  return { key: 'seniority', fraction: 1, label };
}

/** Posting pay vs the profile's floor, per year, only in the same currency. */
export function salaryDimension(a: Analysis, p: Profile, gates: Gate[], tips: string[]): Dimension | null {
  const s = a.salary;
  const floor = p.salaryFloor;
  if (!s || !floor || !(floor.amount > 0) || (s.min === null && s.max === null)) return null;
  if (s.currency.toUpperCase() !== floor.currency.toUpperCase()) {
    tips.push(`Pay not compared with your floor: the posting pays in ${s.currency}, your floor is in ${floor.currency}.`);
    return null;
  }
  const perYear = (n: number, period: keyof typeof PER_YEAR) => n * PER_YEAR[period];
  const floorY = perYear(floor.amount, floor.period);
  const top = perYear((s.max ?? s.min) as number, s.period);
  const low = s.min !== null ? perYear(s.min, s.period) : null;
  const fmt = (n: number) => `${Math.round(n).toLocaleString('en-US')} ${s.currency}/year`;
  if (top < floorY) {
    gates.push({ id: 'salary-below-floor', max: CAPS.salary, reason: `The posting pays at most ${fmt(top)}, below your floor of ${fmt(floorY)}.` });
    return { key: 'salary', fraction: 0, label: `Salary: tops out at ${fmt(top)}, below your floor` };
  }
  if (low !== null && low < floorY) return { key: 'salary', fraction: 0.5, label: `Salary: the range starts below your floor of ${fmt(floorY)} and reaches it` };
  return { key: 'salary', fraction: 1, label: `Salary: at or above your floor of ${fmt(floorY)}` };
}

/** Posting work mode vs the modes the profile accepts. */
export function workModeDimension(a: Analysis, p: Profile, gates: Gate[]): Dimension | null {
  const modes = p.workModes ?? [];
  if (!a.workMode || modes.length === 0) return null;
  if (modes.includes(a.workMode)) return { key: 'workMode', fraction: 1, label: `Work mode: ${a.workMode}, one you accept` };
  gates.push({ id: 'work-mode', max: CAPS.workMode, reason: `The posting is ${a.workMode}; your profile accepts ${modes.join(' or ')} only.` });
  return { key: 'workMode', fraction: 0, label: `Work mode: ${a.workMode}, not one you accept (${modes.join(', ')})` };
}
