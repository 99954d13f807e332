import type { PayPeriod, Seniority } from '../types';

/**
 * Every number the score is made of. Change one, bump MATCH_VERSION in ./index.ts.
 *
 * The score is out of 100, shared between dimensions. A dimension the posting does not state
 * (no years asked, no salary given) is left out and its points go to the skills, so a thin
 * posting is judged on what it does say. A dimension the posting states but the profile does
 * not earns half its points, marked as unknown.
 */
export const POOLS = { skills: 75, years: 15, seniority: 5, salary: 3, workMode: 2 } as const;

/** Weight of one posting skill (or either-or group) by level: a required skill costs 3x a preferred one. */
export const LEVEL_WEIGHT = { required: 3, preferred: 1, mentioned: 0.5 } as const;

/**
 * A posting that names fewer skills than three required ones is thin: what it leaves unsaid is
 * counted as an "unknown" line at half credit, so one matching keyword can't make a top score
 * (OfflineCV #561: coverage rewards thin job descriptions).
 */
export const MIN_SKILL_WEIGHT = 3 * 3;

/** Share of a dimension's points given when the profile does not say (honest uncertainty). */
export const UNKNOWN_SHARE = 0.5;

/** The gates: each caps the score and is shown to the user with its reason. */
export const CAPS = {
  /** Profile with no skills: nothing can be matched. */
  emptyProfile: 10,
  /** No skills found in the posting: the score can't measure skill fit. */
  noPostingSkills: 50,
  /** Share of required skills (or groups) missing -> cap. Checked from the strictest. */
  missingRequired: [
    { share: 0.75, max: 35 },
    { share: 0.4, max: 60 },
  ],
  /** Years: have < share x asked (and asked >= minAsked) -> cap. */
  years: [
    { share: 0.34, max: 35, minAsked: 3 },
    { share: 0.5, max: 45, minAsked: 2 },
  ],
  /** Seniority levels below the posting's -> cap. */
  seniority: [
    { gap: 3, max: 35 },
    { gap: 2, max: 50 },
  ],
  /** A dealbreaker skill or red flag from the profile is present. */
  dealbreaker: 20,
  /** The posting's top pay is below the profile's floor. */
  salary: 40,
  /** The posting's work mode is not one the profile accepts. */
  workMode: 60,
} as const;

/** Seniority ladder; staff and lead sit on one rung (individual vs manager track). */
export const SENIORITY_RANK: Record<Seniority, number> = {
  intern: 0,
  junior: 1,
  mid: 2,
  senior: 3,
  staff: 4,
  lead: 4,
  director: 5,
};

/** Seniority from years when the profile states none (../shared/seeds/000: 0-2, 2-5, 5-8, 8+). */
export function seniorityFromYears(years: number): Seniority {
  if (years < 2) return 'junior';
  if (years < 5) return 'mid';
  if (years < 8) return 'senior';
  return 'staff';
}

/** Pay periods to a year, for comparing a salary with a floor (full-time: 40 h, 5 d, 52 w). */
export const PER_YEAR: Record<PayPeriod, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };
