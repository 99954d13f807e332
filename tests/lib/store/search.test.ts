import { describe, expect, it } from 'vitest';
import * as store from '@/lib/store';
import type { PostingSummary } from '@/lib/store';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 12); // a Monday

function row(over: Partial<PostingSummary> & { id: string }): PostingSummary {
  return {
    site: 'generic', url: `https://x.example/${over.id}`, canonicalUrl: null, postingId: null, title: 'Engineer', company: 'Acme', location: 'Berlin',
    postingKey: null, titleCompany: '', companyKey: 'acme', urls: [], profileId: null, profileName: null, score: 50, salary: null, workMode: null, seniority: null,
    status: 'saved', history: [{ status: 'saved', at: T0 }], notes: '', tags: [], nextAction: null, firstSeen: T0, lastSeen: T0, savedAt: T0, updatedAt: T0,
    ...over,
  };
}

const rows = [
  row({ id: 'a', title: 'Backend Engineer', company: 'Acme Robotics', score: 80, status: 'applied', tags: ['Referral'], notes: 'Ana is the recruiter', savedAt: T0 + 3 * DAY }),
  row({ id: 'b', title: 'Data Scientist', company: 'Initech', score: 35, tags: ['remote'], location: 'Zürich', savedAt: T0 + 1 * DAY }),
  row({ id: 'c', title: 'Frontend Developer', company: 'Café Müller', score: null, status: 'rejected', savedAt: T0 + 2 * DAY, nextAction: { at: T0 + 9 * DAY, note: 'ask for feedback' } }),
  row({ id: 'd', title: 'Platform engineer', company: 'Globex', score: 60, status: 'interviewing', tags: ['remote', 'referral'], savedAt: T0 }),
];
const texts: Record<string, string> = {
  a: 'We need Python and Django.\n\nKubernetes is a plus. Node.js too.',
  b: 'Spark, SQL and machine learning.',
  c: 'React, TypeScript and CSS.',
  d: 'Terraform and Kubernetes on AWS; Python and C++ welcome.',
};

function index(withTexts = true) {
  const idx = new store.SearchIndex();
  for (const r of rows) idx.setRow(r);
  if (withTexts) for (const [id, t] of Object.entries(texts)) idx.setText(id, t);
  return idx;
}
const ids = (f: Partial<store.TrackerFilters>, idx = index()) => store.filterRows(rows, { ...store.NO_FILTERS, ...f }, idx).map((r) => r.id);

describe('filterRows', () => {
  it.each<[string, Partial<store.TrackerFilters>, string[]]>([
    ['no filter', {}, ['a', 'b', 'c', 'd']],
    ['status', { statuses: ['applied', 'interviewing'] }, ['a', 'd']],
    ['tag, any case', { tag: 'referral' }, ['a', 'd']],
    ['score range (no score never passes)', { minScore: 50, maxScore: 79 }, ['d']],
    ['min score only', { minScore: 36 }, ['a', 'd']],
    ['saved between two days, the last day whole', { from: T0 + DAY, to: T0 + 2 * DAY - 12 * 3_600_000 }, ['b', 'c']],
    ['next action date', { dateField: 'nextAction', from: T0 + 8 * DAY }, ['c']],
    ['query in the title, any case', { query: 'ENGINEER' }, ['a', 'd']],
    ['query in the posting text', { query: 'kubernetes' }, ['a', 'd']],
    ['every word must match (AND), anywhere', { query: 'kubernetes django' }, ['a']],
    ['a quoted phrase', { query: '"machine learning"' }, ['b']],
    ['a phrase that is not there', { query: '"learning machine"' }, []],
    ['notes', { query: 'recruiter' }, ['a']],
    ['tags', { query: 'remote' }, ['b', 'd']],
    ['next action note', { query: 'feedback' }, ['c']],
    ['accents folded both ways', { query: 'cafe muller zurich' }, []],
    ['accents folded', { query: 'muller' }, ['c']],
    ['a word prefix while typing', { query: 'kube' }, ['a', 'd']],
    ['inside a word does not match a text (words match from their start)', { query: 'ernetes' }, []],
    ['but does match row fields', { query: 'ngineer' }, ['a', 'd']],
    ['C++ and Node.js are words', { query: 'c++' }, ['d']],
    ['Node.js', { query: 'node.js' }, ['a']],
    ['a phrase across sentence punctuation', { query: '"plus. node"' }, ['a']],
    ['filters and query together', { query: 'python', statuses: ['interviewing'] }, ['d']],
  ])('%s', (_name, f, expected) => {
    expect(ids(f)).toEqual(expected);
  });

  it('searches row fields before the texts are loaded, and texts once they are', () => {
    const idx = index(false);
    expect(ids({ query: 'django' }, idx)).toEqual([]);
    expect(ids({ query: 'platform' }, idx)).toEqual(['d']);
    idx.setText('a', texts.a!);
    expect(ids({ query: 'django' }, idx)).toEqual(['a']);
    expect(idx.textCount).toBe(1);
  });

  it('a changed row is found by its new notes; a removed one not at all', () => {
    const idx = index();
    idx.setRow({ ...rows[1]!, notes: 'salary negotiable' });
    expect(ids({ query: 'negotiable' }, idx)).toEqual(['b']);
    idx.remove('b');
    expect(ids({ query: 'spark' }, idx)).toEqual([]);
  });
});

describe('tokenize', () => {
  it('keeps C++, C#, Node.js whole and drops sentence dots', () => {
    expect(store.tokenize('we use c++, c# and node.js. then go')).toEqual(['we', 'use', 'c++', 'c#', 'and', 'node.js', 'then', 'go']);
  });
});

describe('parseQuery', () => {
  it('splits words, keeps phrases, folds case and accents', () => {
    expect(store.parseQuery('  Python  "Machine   Learning" Zürich ')).toEqual(['python', 'machine learning', 'zurich']);
    expect(store.parseQuery('')).toEqual([]);
  });
});

describe('sortRows', () => {
  const order = (key: store.SortKey, dir: 'asc' | 'desc') => store.sortRows(rows, { key, dir }).map((r) => r.id);
  it.each<[store.SortKey, 'asc' | 'desc', string[]]>([
    ['title', 'asc', ['a', 'b', 'c', 'd']],
    ['company', 'asc', ['a', 'c', 'd', 'b']],
    ['score', 'desc', ['a', 'd', 'b', 'c']],
    ['score', 'asc', ['b', 'd', 'a', 'c']],
    ['status', 'asc', ['b', 'a', 'd', 'c']],
    ['savedAt', 'desc', ['a', 'c', 'b', 'd']],
    ['nextAction', 'asc', ['c', 'a', 'b', 'd']],
  ])('%s %s', (key, dir, expected) => {
    expect(order(key, dir)).toEqual(expected);
  });
});

describe('tags and stats', () => {
  it('tagCounts merges case', () => {
    expect(store.tagCounts(rows)).toEqual([
      { tag: 'Referral', count: 2 },
      { tag: 'remote', count: 2 },
    ]);
  });

  it('funnel counts every stage a posting reached, even if rejected later', () => {
    const extra = row({ id: 'e', status: 'rejected', history: [{ status: 'saved', at: T0 }, { status: 'applied', at: T0 + DAY }, { status: 'interviewing', at: T0 + 2 * DAY }, { status: 'rejected', at: T0 + 3 * DAY }] });
    expect(store.funnel([...rows, extra])).toEqual([
      { stage: 'saved', count: 5 },
      { stage: 'applied', count: 3 },
      { stage: 'interviewing', count: 2 },
      { stage: 'offer', count: 0 },
    ]);
    expect(store.statusCounts(rows)).toMatchObject({ saved: 1, applied: 1, interviewing: 1, rejected: 1, offer: 0 });
  });

  it('applications per week: the first "applied" of each posting, by Monday-started week, zeros kept', () => {
    const applied = (id: string, ...ats: number[]) => row({ id, history: [{ status: 'saved', at: T0 - 30 * DAY }, ...ats.map((at) => ({ status: 'applied' as const, at }))] });
    const data = [applied('x', T0 + DAY), applied('y', T0 + 6 * DAY, T0 + 8 * DAY), applied('z', T0 + 7 * DAY), row({ id: 'n' })];
    const weeks = store.applicationsPerWeek(data, 3, T0 + 8 * DAY);
    expect(weeks.map((w) => w.count)).toEqual([0, 2, 1]);
    expect(new Date(weeks[1]!.week).getDay()).toBe(1);
    expect(weeks[2]!.week - weeks[1]!.week).toBeGreaterThanOrEqual(7 * DAY - 3_600_000);
  });
});
