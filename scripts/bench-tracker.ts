/**
 * Tracker benchmark: 10,000 saved postings (700-word texts) in fake-indexeddb. Times what the
 * tracker page does: list the rows, build the search index, filter, sort, search as you type,
 * save one more posting (the dedupe lookups), export. Targets (DESIGN.md, issue "The local job
 * tracker"): listing and filtering <= 200 ms, a search <= 50 ms.
 *
 *   npx tsx scripts/bench-tracker.ts            (bench.ts calls benchTracker())
 */
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import * as store from '../lib/store/index.ts';
import type { PostingRecord, PostingStatus, SavedPosting } from '../lib/store/index.ts';

const N = 10_000;
const WORDS_PER_TEXT = 700;

/** A small deterministic PRNG (mulberry32), so every run measures the same data. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = `the and to of a in for with you our we will is on as be are your team work experience or who at
an this that have build from by about product skills strong ability can role join customers help new years
design systems engineering data across ownership support develop services company working environment
teams knowledge requirements understanding solutions responsibilities including opportunity growth
communication collaborate technical quality business development process projects tools best practices
benefits salary remote hybrid office culture mission values diverse inclusive equal employer apply`.split(/\s+/);
const SKILLS = `Python Django Flask FastAPI Java Kotlin Spring Go Rust TypeScript JavaScript React Vue Angular Svelte Node.js
PostgreSQL MySQL Redis Kafka RabbitMQ Elasticsearch Docker Kubernetes Terraform Ansible AWS GCP Azure Linux
GraphQL REST gRPC Spark Airflow dbt Snowflake BigQuery Pandas NumPy PyTorch TensorFlow Scala Ruby Rails PHP
Laravel Swift iOS Android Flutter C++ C# .NET Unity Figma Jenkins GitLab CircleCI Prometheus Grafana Datadog`.split(/\s+/);
const TITLES = ['Backend Engineer', 'Frontend Developer', 'Data Engineer', 'Data Scientist', 'Platform Engineer', 'Site Reliability Engineer', 'Mobile Developer', 'Full Stack Engineer', 'Machine Learning Engineer', 'Engineering Manager', 'Product Designer', 'QA Engineer', 'Security Engineer', 'DevOps Engineer', 'Solutions Architect'];
const LEVELS = ['', 'Senior ', 'Staff ', 'Junior ', 'Lead ', 'Principal '];
const CITIES = ['Berlin', 'London', 'Paris', 'Lisbon', 'Amsterdam', 'Remote', 'New York', 'Toronto', 'Madrid', 'Warsaw', 'Zürich', 'Munich'];
const TAGS = ['referral', 'remote', 'dream', 'fintech', 'startup', 'visa', 'follow-up', 'contract', 'climate', 'health'];
const STATUS_MIX: PostingStatus[] = ['saved', 'saved', 'saved', 'saved', 'applied', 'applied', 'applied', 'interviewing', 'offer', 'rejected', 'rejected', 'withdrawn', 'archived'];

/** 10,000 postings, as the tracker stores them. */
export function fakePostings(n = N, seed = 42): SavedPosting[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const now = Date.UTC(2026, 5, 1);
  const out: SavedPosting[] = [];
  for (let i = 0; i < n; i++) {
    const title = `${pick(LEVELS)}${pick(TITLES)}`;
    const company = `Company ${Math.floor(r() * 2500)}`;
    const location = pick(CITIES);
    const words: string[] = [];
    for (let w = 0; w < WORDS_PER_TEXT; w++) words.push(r() < 0.08 ? pick(SKILLS) : pick(COMMON));
    const text = words.join(' ').replace(/((?:\S+ ){12}\S+) /g, '$1.\n');
    const savedAt = now - Math.floor(r() * 365) * 86_400_000;
    const status = pick(STATUS_MIX);
    const history: { status: PostingStatus; at: number }[] = [{ status: 'saved', at: savedAt }];
    if (status !== 'saved') history.push({ status, at: savedAt + 86_400_000 * (1 + Math.floor(r() * 20)) });
    const score = Math.floor(r() * 101);
    const id = `bench-${i}`;
    const url = `https://www.linkedin.com/jobs/view/${4_000_000_000 + i}/`;
    const record: PostingRecord = {
      id, site: 'linkedin', url, canonicalUrl: store.normalizeUrl(url), postingId: String(4_000_000_000 + i), title, company, location,
      postingKey: `linkedin:${4_000_000_000 + i}`, titleCompany: store.titleCompanyKey(title, company), companyKey: store.companyKey(company), urls: [store.normalizeUrl(url)],
      profileId: 'p1', profileName: 'Me', score, salary: r() < 0.5 ? { min: 50_000, max: 90_000, currency: 'EUR', period: 'year' } : null, workMode: null, seniority: null,
      status, history, notes: r() < 0.3 ? `Talked to ${pick(['Ana', 'Sam', 'Lee', 'Kim'])} about ${pick(SKILLS)}` : '', tags: r() < 0.4 ? [pick(TAGS), pick(TAGS)].filter((t, k, a) => a.indexOf(t) === k) : [],
      nextAction: null, firstSeen: savedAt, lastSeen: savedAt, savedAt, updatedAt: savedAt,
    };
    const skills = [...new Set(words.filter((w) => SKILLS.includes(w)))].slice(0, 12);
    out.push({
      ...record,
      text,
      analysis: {
        title, company, location, url,
        skills: skills.map((name) => ({ name, aliases: [], category: 'tech', level: 'required' as const, evidence: [{ start: 0, end: 1 }] })),
        softSkills: [], experience: null, salary: null, seniority: null, workMode: null, redFlags: [],
      },
      match: null,
    });
  }
  return out;
}

/** Median of a function's run time over `runs` runs (after one warm-up). */
async function time(fn: () => unknown, runs = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/** Run the tracker benchmark and print its table. */
export async function benchTracker(): Promise<void> {
  const postings = fakePostings();
  const mb = postings.reduce((n, p) => n + p.text.length, 0) / 1e6;
  // Seed in one transaction (as an import does), then drop the connection: listing opens it.
  const db = await store.getDb();
  const tx = db.transaction(['postings', 'bodies'], 'readwrite');
  for (const p of postings) {
    const { record, body } = store.splitPosting(p);
    void tx.objectStore('postings').put(record);
    void tx.objectStore('bodies').put(body);
  }
  await tx.done;

  const rowsList = await store.listPostings();
  const index = new store.SearchIndex();
  const results: [string, number, number | null, string][] = [];
  const add = (what: string, ms: number, target: number | null, note = '') => results.push([what, ms, target, note]);

  add('first screen: 100 newest rows (listRecent)', await time(() => store.listRecent(100)), 200, 'shown while the rest loads');
  add('list 10,000 rows from IndexedDB (listPostings)', await time(() => store.listPostings()), 200, 'rows only; texts stay in `bodies`');
  add('list in memory: newest first, first page of 100', await time(() => store.sortRows(rowsList, { key: 'savedAt', dir: 'desc' }).slice(0, 100)), 200, 'what the table does with the rows');
  add('index row fields (title, company, notes, tags)', await time(() => rowsList.forEach((r) => index.setRow(r)), 3), null);
  add('load + index 10,000 texts (eachText, chunks of 500)', await time(() => store.eachText((pairs) => pairs.forEach(([id, t]) => index.setText(id, t))), 2), null, `${mb.toFixed(1)} MB of text; in the background, after first paint`);

  const f = (over: Partial<store.TrackerFilters>) => ({ ...store.NO_FILTERS, ...over });
  const count = (over: Partial<store.TrackerFilters>) => store.filterRows(rowsList, f(over), index).length;
  add('filter: status', await time(() => store.filterRows(rowsList, f({ statuses: ['applied', 'interviewing'] }), index)), 200, `${count({ statuses: ['applied', 'interviewing'] })} rows`);
  add('filter: status + tag + score range + dates', await time(() => store.filterRows(rowsList, f({ statuses: ['saved', 'applied'], tag: 'remote', minScore: 40, maxScore: 90, from: Date.UTC(2026, 0, 1) }), index)), 200, `${count({ statuses: ['saved', 'applied'], tag: 'remote', minScore: 40, maxScore: 90, from: Date.UTC(2026, 0, 1) })} rows`);
  add('sort 10,000 by title', await time(() => store.sortRows(rowsList, { key: 'title', dir: 'asc' })), 200);
  add('sort 10,000 by score', await time(() => store.sortRows(rowsList, { key: 'score', dir: 'desc' })), 200);

  for (const query of ['kubernetes', 'ana', 'terraform grafana', '"team work"', 'zzzznotthere']) {
    add(`search "${query}" (full text, 10,000)`, await time(() => store.filterRows(rowsList, f({ query }), index)), 50, `${count({ query })} hits`);
  }
  // Typing "kubern" one key at a time: each keystroke filters the previous keystroke's hits.
  const typed = 'kubern';
  add(`search as you type "${typed}" (per keystroke, narrowing)`, await time(() => {
    let pool = rowsList;
    for (let i = 1; i <= typed.length; i++) pool = store.filterRows(pool, f({ query: typed.slice(0, i) }), index);
  }) / typed.length, 50);

  add('stats: funnel + applications per week', await time(() => [store.funnel(rowsList), store.applicationsPerWeek(rowsList)]), 200);
  const fresh = postings[123]!;
  add('save a posting again (dedupe lookups, 10,000 rows)', await time(() => store.savePosting({ meta: { ...fresh, url: fresh.url.replace('/view/', '/search/?currentJobId=') }, analysis: { ...fresh.analysis, text: fresh.text }, profileId: null })), null);
  add('find a repost by fuzzy title + company', await time(() => store.findSaved({ site: 'generic', url: 'https://elsewhere.example/x', canonicalUrl: null, postingId: null, title: fresh.title, company: `${fresh.company} GmbH`, location: fresh.location })), null);
  add('export: read everything (exportBackup)', await time(() => store.exportBackup(), 2), null);
  const all = await store.getAllPostings();
  add('export: JSON.stringify', await time(() => JSON.stringify({ postings: all }), 2), null);
  add('export: CSV (toCsv)', await time(() => store.toCsv(all), 2), null);
  const json = JSON.stringify(await store.exportBackup());
  add('import the backup again (10,000 merged: nothing new)', await time(() => store.importBackup(json), 1), null);
  add('import it into an empty tracker (10,000 added)', await time(async () => {
    await store.deleteAllPostings();
    await store.importBackup(json);
  }, 1), null, 'includes delete all');

  console.log(`\nTracker benchmark: ${N.toLocaleString('en')} postings × ${WORDS_PER_TEXT} words, fake-indexeddb, Node ${process.version}; median ms`);
  const w = Math.max(...results.map(([s]) => s.length));
  console.log(`${'operation'.padEnd(w)}  ${'ms'.padStart(8)}  target  ok   note`);
  for (const [what, ms, target, note] of results) {
    const ok = target == null ? '    ' : ms <= target ? 'yes ' : 'NO  ';
    console.log(`${what.padEnd(w)}  ${ms.toFixed(1).padStart(8)}  ${target == null ? '     -' : String(target).padStart(6)}  ${ok} ${note}`);
  }
  await store.closeDb();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchTracker();
}
