import type { Analysis, Match, PostingMeta } from '@/lib/types';

/** A LinkedIn job view's meta; override any field. */
export const meta = (over: Partial<PostingMeta> = {}): PostingMeta => ({
  site: 'linkedin',
  url: 'https://www.linkedin.com/jobs/view/4012345678/?trk=abc',
  canonicalUrl: 'https://www.linkedin.com/jobs/view/4012345678/',
  postingId: '4012345678',
  title: 'Backend Engineer',
  company: 'Acme',
  location: 'Berlin',
  ...over,
});

export const match = (score: number, profileName = 'Me'): Match => ({
  score,
  version: 't',
  required: { have: ['Python'], missing: ['Go'] },
  preferred: { have: [], missing: [] },
  experience: { required: null, have: null, ok: null },
  caps: [],
  tips: [],
  profileName,
});

/** An analysis with a text, a skill, a red flag and pay; `score` adds a match. */
export const analysis = (score?: number, text = 'We need Python. Go is required. Salary €70,000 - €90,000 per year.'): Analysis => ({
  text,
  title: 'Backend Engineer',
  company: 'Acme',
  location: 'Berlin',
  url: null,
  skills: [{ name: 'Python', aliases: [], category: 'language', level: 'required', evidence: [{ start: 8, end: 14 }] }],
  softSkills: [],
  experience: null,
  salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year', evidence: [{ start: 32, end: 60 }] },
  seniority: null,
  workMode: 'hybrid',
  redFlags: [{ id: 'unpaid', title: 'Unpaid', why: 'It says so.', evidence: [{ start: 0, end: 2 }] }],
  match: score == null ? undefined : match(score),
});
