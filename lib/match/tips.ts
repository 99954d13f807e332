import type { Analysis, Profile, SkillFinding } from '../types';
import { getSkill, skillKey } from '../skills';
import type { Unit } from './units';

/** The posting's own spelling of a skill ("Postgres"), from its first evidence span. */
export function postingWording(a: Analysis, s: SkillFinding): string {
  const ev = s.evidence[0];
  if (!ev || ev.start < 0 || ev.end > a.text.length || ev.end <= ev.start) return s.name;
  return a.text.slice(ev.start, ev.end).trim() || s.name;
}

const categoryOf = (s: { name: string; category?: string }) => (s.category || getSkill(s.name)?.category || '').toLowerCase();
const isLanguage = (c: string) => /language/.test(c) && !/natural|spoken|human/.test(c);
/** Languages that never lead a backend or frontend resume: query, markup and shell languages. */
const SIDE_LANGUAGE = /^(?:sql|t-?sql|pl\/?sql|graphql|html5?|css3?|xml|json|yaml|bash|shell|powershell)/i;
const isMainLanguage = (s: { name: string; category?: string }) => isLanguage(categoryOf(s)) && !SIDE_LANGUAGE.test(getSkill(s.name)?.name ?? s.name);
const isDatabase = (c: string) => /database|datastore|\bdb\b|sql/.test(c);
const isCloud = (c: string) => /cloud/.test(c);
const firstAt = (s: SkillFinding) => s.evidence[0]?.start ?? Number.MAX_SAFE_INTEGER;
const list = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/**
 * Tailoring advice about skills, in the order a reader should act on it. Never suggests
 * claiming a skill the profile lacks: a missing skill is a gap to close or to address.
 * Seeds: ../shared/seeds/000 ("Lead with the primary language in the JD", "Mention database
 * experience with specific names", "Show scale", "Mention AWS ... even if 'nice to have'").
 */
export function skillTips(a: Analysis, p: Profile, units: Unit[]): string[] {
  const tips: string[] = [];
  const missingReq = units.filter((u) => u.level === 'required' && !u.satisfied).map((u) => u.members.map((m) => m.name).join(' or '));
  if (missingReq.length) {
    tips.push(`Required but not in your profile: ${list(missingReq)}. Don't list what you haven't used: close the gap (a course, a side project) or address it in your cover letter with the closest thing you have done.`);
  }
  const missingPref = units.filter((u) => u.level === 'preferred' && !u.satisfied).map((u) => u.members.map((m) => m.name).join(' or '));
  if (missingPref.length) {
    tips.push(`Nice-to-haves you don't show: ${list(missingPref)}. They weigh a third of a required skill; mention one only if you have really used it.`);
  }
  const seen = new Set<string>();
  for (const u of units) {
    if (u.level === 'mentioned') continue;
    for (const m of u.members) {
      const c = u.credits.get(m.name);
      if (!c) continue;
      const word = postingWording(a, m);
      const key = `${skillKey(c.by)}>${skillKey(word)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (c.via === 'implied') {
        tips.push(`Your resume shows ${m.name} only through '${c.by}'; name '${word}' itself, as the posting does.`);
      } else if (skillKey(c.by) !== skillKey(word)) {
        tips.push(`Your resume says '${c.by}'; the posting says '${word}'. Use the posting's word so keyword filters find it.`);
      }
    }
  }
  // Lead with the primary language the posting names.
  const reqSkills = units.filter((u) => u.level === 'required').flatMap((u) => u.members);
  const primary = [...reqSkills].sort((x, y) => firstAt(x) - firstAt(y)).find((s) => isMainLanguage(s));
  if (primary) {
    const unit = units.find((u) => u.members.includes(primary));
    const c = unit?.credits.get(primary.name);
    const firstLang = (p.skills ?? []).find((s) => s?.name && isMainLanguage({ name: s.name }));
    // An implied credit already has its own tip (name the language itself).
    if (c && c.via !== 'implied' && firstLang && skillKey(firstLang.name) !== skillKey(c.by)) {
      tips.push(`Lead with ${primary.name}, the posting's primary language: put it first in your skills line and in your top bullet (your profile leads with ${firstLang.name}).`);
    }
  }
  const had = (pred: (c: string) => boolean, levels: string[]) =>
    units.filter((u) => levels.includes(u.level)).flatMap((u) => u.members.filter((m) => u.credits.get(m.name) && pred(categoryOf(m))).map((m) => m.name));
  const dbs = had(isDatabase, ['required', 'preferred', 'mentioned']);
  if (dbs.length) tips.push(`Name the databases you used (${list(dbs)}) in your bullets, with specifics such as query tuning or table sizes.`);
  const clouds = units.filter((u) => u.level === 'preferred').flatMap((u) => u.members.filter((m) => u.credits.get(m.name) && isCloud(categoryOf(m))).map((m) => m.name));
  if (clouds.length) tips.push(`Mention your ${list(clouds)} work even though the posting lists it as a nice-to-have: it often decides between close candidates.`);
  if (p.resumeText && p.resumeText.trim() && !showsScale(p.resumeText)) {
    tips.push('Show scale with figures: requests per second, data volume, users, uptime, or a before/after ("cut p95 latency from 800 ms to 120 ms").');
  }
  return tips;
}

/** A resume shows scale when at least two lines carry a figure (%, 50M, 10k rps, 3x). */
function showsScale(text: string): boolean {
  const fig = /\b\d[\d,.]*\s*(%|percent|[kmb]\b|x\b|ms\b|million|billion|thousand|users|customers|requests|rps|qps|tb|gb|rows|\+)/i;
  return text.split(/\r?\n/).filter((l) => fig.test(l)).length >= 2;
}
