import type { PostingRecord, PostingStatus } from '@/lib/store';

/** What each status is called on screen. */
export const STATUS_LABEL: Record<PostingStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  archived: 'Archived',
};

const DAY = 86_400_000;

/** "3 Jun 2026". */
export function formatDate(at: number | null | undefined): string {
  if (at == null || !Number.isFinite(at)) return '—';
  return new Date(at).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "3 weeks ago", "today", "in 2 days": how far a date is from now, in words. */
export function ago(at: number, now = Date.now()): string {
  const days = Math.floor((now - at) / DAY);
  if (days < 0) {
    const ahead = Math.ceil((at - now) / DAY);
    return ahead <= 1 ? 'tomorrow' : ahead < 14 ? `in ${ahead} days` : `in ${Math.round(ahead / 7)} weeks`;
  }
  if (days < 1) return 'today';
  if (days < 2) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  return `${Math.floor(days / 30)} months ago`;
}

/** "€70,000–€90,000 a year", or null when the posting gives no pay. */
export function formatSalary(salary: PostingRecord['salary']): string | null {
  if (!salary || (salary.min == null && salary.max == null)) return null;
  let fmt: (n: number) => string;
  try {
    const nf = new Intl.NumberFormat(undefined, { style: 'currency', currency: salary.currency || 'USD', maximumFractionDigits: 0 });
    fmt = (n) => nf.format(n);
  } catch {
    fmt = (n) => `${salary.currency} ${n.toLocaleString()}`;
  }
  const range = salary.min != null && salary.max != null && salary.min !== salary.max ? `${fmt(salary.min)}–${fmt(salary.max)}` : fmt((salary.min ?? salary.max)!);
  return `${range} a ${salary.period}`;
}

/** A date as the value of an <input type=date> (local day). */
export function toDateInput(at: number | null | undefined): string {
  if (at == null) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** An <input type=date> value as epoch ms at a local hour (0 for filters, 9 for reminders); null when empty. */
export function fromDateInput(value: string, hour = 0): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hour).getTime() : null;
}

/** Whether a next action is due (today or earlier). */
export function isDue(row: Pick<PostingRecord, 'nextAction'>, now = Date.now()): boolean {
  const tomorrow = new Date(now);
  tomorrow.setHours(24, 0, 0, 0);
  return !!row.nextAction && row.nextAction.at < tomorrow.getTime();
}
