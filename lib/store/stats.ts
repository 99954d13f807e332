import { STATUSES, type PostingStatus } from './db';
import type { PostingSummary } from './postings';

/** The pipeline's stages, in order; a posting reached a stage if its history went there or beyond. */
export const FUNNEL: PostingStatus[] = ['saved', 'applied', 'interviewing', 'offer'];

/** How many postings reached each funnel stage (saved counts every posting). */
export function funnel(rows: PostingSummary[]): { stage: PostingStatus; count: number }[] {
  const counts = FUNNEL.map(() => 0);
  for (const row of rows) {
    let furthest = 0;
    for (const h of [...row.history, { status: row.status }]) furthest = Math.max(furthest, FUNNEL.indexOf(h.status));
    for (let i = 0; i <= furthest; i++) counts[i]!++;
  }
  return FUNNEL.map((stage, i) => ({ stage, count: counts[i]! }));
}

/** How many postings are in each status now. */
export function statusCounts(rows: PostingSummary[]): Record<PostingStatus, number> {
  const out = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<PostingStatus, number>;
  for (const row of rows) out[row.status]++;
  return out;
}

/** Monday 00:00 local time of the week holding `at`. */
export function weekStart(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

/** When a posting was applied to: its first 'applied' change, or null. */
export function appliedAt(row: Pick<PostingSummary, 'history'>): number | null {
  let first: number | null = null;
  for (const h of row.history) if (h.status === 'applied' && (first == null || h.at < first)) first = h.at;
  return first;
}

/** Applications per week for the last `weeks` weeks (oldest first, zeros included). */
export function applicationsPerWeek(rows: PostingSummary[], weeks = 12, now = Date.now()): { week: number; count: number }[] {
  const starts: number[] = [];
  let start = weekStart(now);
  for (let i = 0; i < weeks; i++) {
    starts.unshift(start);
    start = weekStart(start - 3 * 86_400_000);
  }
  const counts = new Map(starts.map((s) => [s, 0]));
  for (const row of rows) {
    const at = appliedAt(row);
    if (at == null) continue;
    const week = weekStart(at);
    if (counts.has(week)) counts.set(week, counts.get(week)! + 1);
  }
  return starts.map((week) => ({ week, count: counts.get(week)! }));
}
