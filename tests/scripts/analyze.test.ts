import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'jdl-cli-'));
const file = (name: string, body: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, body);
  return p;
};

/** Run the CLI as a user does (through tsx), with optional stdin. */
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/analyze.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const POSTING = `Backend Engineer
Requirements
- 4+ years of experience building services in Python.
- Strong experience with PostgreSQL and Docker.
Nice to have
- Kubernetes is a plus.
Salary: $120,000 - $140,000 per year. Remote.`;

describe('npm run analyze', { timeout: 120_000 }, () => {
  it('prints a readable report for a text file', () => {
    const r = cli([file('posting.txt', POSTING)]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Required \(\d+\):/);
    expect(r.out).toContain('Python');
  });

  it('prints the Analysis as JSON with --json, and the match with --profile', () => {
    const profile = file('me.json', JSON.stringify({ name: 'Me', skills: [{ name: 'python' }, { name: 'Postgres' }], totalYears: 5 }));
    const r = cli([file('posting2.txt', POSTING), '--json', '--profile', profile]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.text).toBe(POSTING);
    expect(a.skills.map((s: { name: string }) => s.name)).toContain('Python');
    expect(a.match.score).toBeGreaterThanOrEqual(0);
    expect(a.match.required.have).toContain('Python');
  });

  it('reads a saved HTML page through the site adapters', () => {
    const html = `<!doctype html><html><head><title>Data Engineer at Contoso</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Data Engineer","hiringOrganization":{"name":"Contoso"},"description":"<p>We need 3+ years of SQL and Airflow.</p>"}</script>
      </head><body><h1>Data Engineer</h1><div class="description"><p>We need 3+ years of SQL and Airflow.</p></div></body></html>`;
    const r = cli([file('page.html', html), '--url', 'https://careers.contoso.com/jobs/1', '--json']);
    expect(r.err).toBe('');
    const a = JSON.parse(r.out);
    expect(a.title).toBe('Data Engineer');
    expect(a.company).toBe('Contoso');
    expect(a.skills.map((s: { name: string }) => s.name)).toContain('SQL');
  });

  it('reads saved board pages through the same adapters as the live page (--url, and in --jsonl)', () => {
    const pages = path.join(ROOT, 'tests/fixtures/pages');
    const linkedin = cli([path.join(pages, 'linkedin/view-logged-in.html'), '--url', 'https://www.linkedin.com/jobs/view/3987654321/', '--json']);
    expect(linkedin.err, 'the LinkedIn adapter should read the saved page').toBe('');
    const a = JSON.parse(linkedin.out);
    expect([a.title, a.company, a.url]).toEqual(['Staff Backend Engineer', 'Northwind Robotics', 'https://www.linkedin.com/jobs/view/3987654321/']);
    expect(a.skills.map((s: { name: string }) => s.name)).toContain('Kubernetes');
    expect(a.text, 'only the posting, not the page chrome').not.toContain('People also viewed');
    const sr = path.join(ROOT, 'tests/e2e/pages/smartrecruiters-jsonld.html');
    const jsonl = [
      { id: 'gh', url: 'https://job-boards.greenhouse.io/acmerobotics/jobs/4567890', html: readFileSync(path.join(pages, 'greenhouse/new-board.html'), 'utf8') },
      { id: 'sr', url: 'https://jobs.smartrecruiters.com/NorthwindHealth/744000012345-frontend-developer', html: readFileSync(sr, 'utf8') },
    ];
    const r = cli(['--jsonl'], jsonl.map((l) => JSON.stringify(l)).join('\n'));
    const [gh, srOut] = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect([gh.id, gh.title, gh.company]).toEqual(['gh', 'Senior Firmware Engineer', 'Acme Robotics']);
    expect(gh.skills.map((s: { name: string }) => s.name)).toContain('C++');
    expect(srOut.company, 'JSON-LD hiringOrganization beats the URL slug').toBe('Northwind Health');
  });

  it('analyses JSON lines in order and reports a bad line without stopping', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'We need Java and Spring Boot.' }),
      '{not json',
      JSON.stringify({ id: 'c', nothing: true }),
      JSON.stringify({ id: 'd', text: 'Experience with React is a plus.' }),
    ].join('\n');
    const r = cli(['--jsonl'], input);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd']);
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[2].error).toMatch(/"text" or "html"/);
    expect(lines[3].skills[0].name).toBe('React');
  });

  it.each([
    [['/nonexistent/posting.txt'], /No such file/],
    [[], /Give a FILE/],
    [['--bogus'], /Unknown option/],
  ])('fails clearly on %j', (args, message) => {
    const r = cli(args);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
  });

  it('fails clearly on a bad profile and on a page with no posting', () => {
    const bad = cli([file('p3.txt', POSTING), '--profile', file('bad.json', '{"name": 3}')]);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/not a JD Lens profile/);
    const empty = cli([file('empty.html', '<html><body><nav>Home</nav></body></html>')]);
    expect(empty.code).not.toBe(0);
    expect(empty.err).toMatch(/No job posting/);
  });
});
