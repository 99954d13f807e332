/**
 * Selectors are data: every alternative is dated and sourced, parses, and the helper tries
 * them in order. Plus the URL parsers each adapter keys its posting id on.
 */
import { describe, expect, it } from 'vitest';
import { all, clean, first, firstText, fromSlug, type Sel } from '@/lib/sites/select';
import { SELECTORS as ashby } from '@/lib/sites/ashby';
import { SELECTORS as greenhouse, greenhouseIds } from '@/lib/sites/greenhouse';
import { SELECTORS as indeed, indeedJobId } from '@/lib/sites/indeed';
import { SELECTORS as lever } from '@/lib/sites/lever';
import { SELECTORS as linkedin, linkedinJobId } from '@/lib/sites/linkedin';
import { SELECTORS as smartrecruiters } from '@/lib/sites/smartrecruiters';
import { SELECTORS as wellfound, wellfoundJobId } from '@/lib/sites/wellfound';
import { SELECTORS as workday, workdaySlug } from '@/lib/sites/workday';
import { docOf } from './helpers';

const TABLES: Record<string, Record<string, Sel[]>> = { ashby, greenhouse, indeed, lever, linkedin, smartrecruiters, wellfound, workday };
const probe = docOf('<!doctype html><html><body><div></div></body></html>');

describe('selector tables', () => {
  for (const [site, table] of Object.entries(TABLES)) {
    it.each(Object.entries(table))(`${site}.%s: dated, sourced, valid`, (_field, sels) => {
      expect(sels.length).toBeGreaterThan(0);
      for (const s of sels) {
        expect(s.seen, `give "${s.selector}" the month it was seen (YYYY-MM)`).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
        expect(s.source.trim(), `say where "${s.selector}" was seen`).not.toBe('');
        expect(() => probe.querySelector(s.selector), `"${s.selector}" does not parse`).not.toThrow();
      }
    });
  }
});

describe('select helpers', () => {
  const doc = docOf('<!doctype html><html><body><h2 class="old">Old title</h2><h1 class="new"> New\n  <span class="visually-hidden">New</span>title <script>x()</script></h1><p class="a">1</p><p class="a">2</p></body></html>');
  const sels: Sel[] = [
    { selector: 'h1.newest', seen: '2026-06', source: 'test' },
    { selector: ':::bad', seen: '2026-05', source: 'test' },
    { selector: 'h1.new', seen: '2026-04', source: 'test' },
    { selector: 'h2.old', seen: '2024-01', source: 'test' },
  ];
  it('first() takes the first alternative that matches and survives bad selectors', () => {
    expect(first(doc, sels)?.className).toBe('new');
    expect(first(null, sels)).toBeNull();
  });
  it('firstText() cleans text and skips screen-reader copies and scripts', () => {
    expect(firstText(doc, sels)).toBe('New title');
  });
  it('all() returns every match of the first alternative that matches', () => {
    expect(all(doc, [{ selector: 'p.none', seen: '2026-01', source: 't' }, { selector: 'p.a', seen: '2026-01', source: 't' }]).map((e) => e.textContent)).toEqual(['1', '2']);
  });
  it.each([
    ['  a\u00a0 b\u200b c ', 'a b c'],
    ['   ', null],
    [null, null],
  ])('clean(%j) = %j', (input, want) => expect(clean(input)).toBe(want));
  it.each([
    ['acme-robotics', 'Acme Robotics'],
    ['Northwind%20Traders', 'Northwind Traders'],
    ['resmed', 'Resmed'],
    ['', null],
  ])('fromSlug(%j) = %j', (input, want) => expect(fromSlug(input)).toBe(want));
});

describe('posting ids from URLs', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/4411867124/', '4411867124'],
    ['https://au.linkedin.com/jobs/view/senior-engineer-at-heidi-4411867124?trk=x', '4411867124'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3999123456', '3999123456'],
    ['https://www.linkedin.com/jobs/search-results/?currentJobId=3999123456', '3999123456'],
    ['https://www.linkedin.com/jobs/search/?keywords=go', null],
    ['https://www.linkedin.com/feed/?currentJobId=3999123456', null],
  ])('linkedin %s -> %s', (u, id) => expect(linkedinJobId(new URL(u))).toBe(id));

  it.each([
    ['https://www.indeed.com/viewjob?jk=8a3f2c1d0e9b7a65', '8a3f2c1d0e9b7a65'],
    ['https://uk.indeed.com/jobs?q=go&vjk=0f1e2d3c4b5a6978', '0f1e2d3c4b5a6978'],
    ['https://www.indeed.com/viewjob?vjk=0f1e2d3c4b5a6978', null],
    ['https://www.indeed.com/jobs?q=go', null],
  ])('indeed %s -> %s', (u, id) => expect(indeedJobId(new URL(u))).toBe(id));

  it.each([
    ['https://job-boards.greenhouse.io/acme/jobs/123', { board: 'acme', id: '123' }],
    ['https://job-boards.eu.greenhouse.io/acme/jobs/123?gh_src=x', { board: 'acme', id: '123' }],
    ['https://boards.greenhouse.io/embed/job_app?for=acme&token=456', { board: 'acme', id: '456' }],
    ['https://www.acme.example/careers/?gh_jid=789', { board: null, id: '789' }],
    ['https://boards.greenhouse.io/acme', null],
    ['https://www.acme.example/careers/?gh_jid=abc', null],
  ])('greenhouse %s -> %j', (u, ids) => expect(greenhouseIds(new URL(u))).toEqual(ids));

  it.each([
    ['https://resmed.wd3.myworkdayjobs.com/en-US/ResMed_External_Careers/job/Sydney-Australia/Software-Engineer_JR_044991-1', { title: 'Software Engineer', req: 'JR_044991-1' }],
    ['https://contoso.wd5.myworkdayjobs.com/Careers/job/Austin-TX/Senior-Data-Analyst_R12345/apply', { title: 'Senior Data Analyst', req: 'R12345' }],
    ['https://contoso.wd5.myworkdayjobs.com/Careers', null],
  ])('workday %s -> %j', (u, want) => expect(workdaySlug(new URL(u))).toEqual(want));

  it.each([
    ['https://wellfound.com/jobs/3141592-founding-engineer', '3141592'],
    ['https://wellfound.com/company/tailspin-ai/jobs/2718281-ml-engineer', '2718281'],
    ['https://wellfound.com/company/tailspin-ai', null],
  ])('wellfound %s -> %s', (u, id) => expect(wellfoundJobId(new URL(u))).toBe(id));
});
