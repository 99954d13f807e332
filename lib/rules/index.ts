/**
 * The red-flag registry: a plain list of imports, one per rule file (file name = rule id).
 * tests/lib/rules/registry.test.ts fails if a rule file is missing here.
 */
import type { RedFlag } from '../types';
import type { Rule, RuleContext } from './types';
import { alwaysOnCulture } from './always-on-culture';
import { hiddenFullStack } from './hidden-full-stack';
import { hypeTitle } from './hype-title';
import { impossibleExperience } from './impossible-experience';
import { noSalary } from './no-salary';
import { noTechStack } from './no-tech-stack';
import { onCallNoTerms } from './on-call-no-terms';
import { scamSignals } from './scam-signals';
import { titleExperienceMismatch } from './title-experience-mismatch';
import { tooManyLanguages } from './too-many-languages';
import { unpaidOrCommissionOnly } from './unpaid-or-commission-only';
import { vagueCompensation } from './vague-compensation';

export type { Rule, RuleContext, RuleHit, Section, SectionKind } from './types';

/** Every red-flag rule, in the order flags are shown (most serious first). */
export const RULES: readonly Rule[] = [
  scamSignals,
  unpaidOrCommissionOnly,
  impossibleExperience,
  titleExperienceMismatch,
  tooManyLanguages,
  hiddenFullStack,
  onCallNoTerms,
  alwaysOnCulture,
  noTechStack,
  hypeTitle,
  vagueCompensation,
  noSalary,
];

/** Runs every rule; returns RedFlag[] in RULES order; a rule that throws is skipped, never breaks the analysis. */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): RedFlag[] {
  const flags: RedFlag[] = [];
  for (const rule of rules) {
    try {
      const hit = rule.check(ctx);
      if (!hit) continue;
      const evidence = hit.evidence.filter(
        (s) =>
          Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= ctx.text.length,
      );
      if (evidence.length === 0) continue; // the contract: a flag always points at words
      flags.push({ id: rule.id, title: rule.title, why: hit.why, evidence });
    } catch {
      // A broken rule must never break the analysis; the registry test catches it instead.
    }
  }
  return flags;
}
