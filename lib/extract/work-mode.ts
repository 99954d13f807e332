/** Work mode from the posting's own words: remote, hybrid or onsite; null when it does not say. */
import type { Span, WorkMode } from '../types';

export const WORK_MODE_RULES: { re: RegExp; mode: WorkMode | 'not-remote'; reason: string }[] = [
  { re: /\b(?:not\s+(?:a\s+)?remote|no\s+remote|remote\s+(?:work\s+)?(?:is\s+)?not\s+(?:available|possible|an\s+option)|non[- ]remote)\b/gi, mode: 'not-remote', reason: 'remote denied' },
  { re: /\bhybrid\b(?!\s+(?:cloud|app|apps|mobile|infrastructure|environment|model(?:s)?\s+of\s+ml|integration|architecture))|\b\d\s*(?:-\s*\d\s*)?days?\s+(?:a|per)\s+week\s+(?:in|at)\s+(?:the|our)\s+office\b|\b(?:split|mix)\s+between\s+(?:home|remote)\s+and\s+(?:the\s+)?office\b|\b(?:\d|one|two|three|four)\s*(?:-\s*\d\s*)?days?\s+(?:a\s+week\s+|per\s+week\s+|weekly\s+)?(?:in|at|from)\s+(?:the|our|an?)\s+office\b|\bpartially\s+remote\b|\bpart[- ]remote\b|\bflexible\s+(?:working\s+)?(?:between\s+)?(?:home\s+and\s+office|office\s+and\s+home)\b/gi, mode: 'hybrid', reason: 'hybrid' },
  { re: /\b(?:fully|100%|completely|entirely|full[- ]time|permanently)\s+remote(?:ly)?\b|\bremote[- ](?:first|friendly|only|ok|eligible|position|role|job|work|working|opportunity|option|based|team\s+member)\b|\bwork(?:ing)?\s+(?:from\s+)?(?:home|anywhere)\b|\bwork(?:ing)?\s+remotely\b|\bremote\s+(?:ok|friendly|possible|allowed|available)\b|\bwfh\b|\b(?:this|the)\s+(?:position|role|job)\s+is\s+remote\b|\bremote\s*(?:\(|\/|,|\||-)\s*(?:us|usa|uk|eu|europe|global|worldwide|anywhere|within)|^[ \t]*remote[ \t]*$|\b(?:location|location\s+options|work\s+location|workplace(?:\s+type)?)[ \t]*:[ \t]*\n?[ \t]*remote\b|\|[ \t]*remote\b[^|\n]{0,24}(?:\||$)|\bremote[ \t]+(?:us|usa|uk|eu|europe|only|worldwide|global|emea|apac|latam|canada)\b|\bdistributed\s+team\b|\bremote(?:ly)?\s+(?:within|from|in)\s+(?:the\s+)?(?:us|usa|uk|eu|europe|anywhere|any)/gim, mode: 'remote', reason: 'remote' },
  { re: /\b(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based|on\s+site|onsite)(?![a-z])(?!\s+(?:and\s+(?:remote|virtual|online)|or\s+(?:remote|virtual|online)|interviews?|visits?|training|meetings?|support|service|services|assistance|research|events?|workshops?|sessions?|user|customer|testing|collaboration|team\s+events?))|\b(?:will\s+be|is|must\s+be|be)\s+based\s+(?:in|at|out\s+of)\s+(?:our\s+)?[\p{Lu}]|\bmust\s+(?:be\s+able\s+to\s+)?(?:commute|work\s+from\s+(?:our|the)\s+office)|\bin\s+the\s+office\s+(?:five|5)\s+days\b/gimu, mode: 'onsite', reason: 'onsite' },
];

/** The work mode and the words that say it. */
export function findWorkMode(text: string): { mode: WorkMode | null; evidence: Span[] } {
  const hits: Record<string, Span[]> = {};
  for (const r of WORK_MODE_RULES) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      const lead = m[0].length - m[0].trimStart().length;
      (hits[r.mode] ??= []).push({ start: m.index + lead, end: m.index + m[0].trimEnd().length });
      if ((hits[r.mode]?.length ?? 0) > 20) break;
    }
  }
  if (hits.hybrid) return { mode: 'hybrid', evidence: hits.hybrid };
  if (hits['not-remote']) return { mode: 'onsite', evidence: [...hits['not-remote'], ...(hits.onsite ?? [])] };
  if (hits.remote && hits.onsite) {
    // both said: remote wins unless the onsite words clearly outnumber it
    return hits.onsite.length > hits.remote.length + 1 ? { mode: 'onsite', evidence: hits.onsite } : { mode: 'remote', evidence: hits.remote };
  }
  if (hits.remote) return { mode: 'remote', evidence: hits.remote };
  if (hits.onsite) return { mode: 'onsite', evidence: hits.onsite };
  return { mode: null, evidence: [] };
}
