/**
 * Every adapter on its frozen fixtures (tests/fixtures/pages/<adapter>/): one table, one test.
 * Each row says what a careful reader of the page would report.
 */
import { describe, expect, it } from 'vitest';
import { readPosting } from '@/lib/sites';
import { docOf, page, REPO } from './helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Case {
  dir: string;
  file: string;
  url: string;
  site: string;
  title: string;
  company: string | null;
  location: string | null;
  postingId: string | null;
  canonicalUrl: string | null;
  /** Lines of the posting that must be in the text. */
  has: string[];
  /** Page chrome that must not be. */
  hasNot: string[];
  headings?: string[];
  map?: boolean;
}

const CASES: Case[] = [
  {
    dir: 'linkedin', file: 'view-logged-in.html', url: 'https://www.linkedin.com/jobs/view/3987654321/',
    site: 'linkedin', title: 'Staff Backend Engineer', company: 'Northwind Robotics', location: 'Toronto, ON',
    postingId: '3987654321', canonicalUrl: 'https://www.linkedin.com/jobs/view/3987654321/',
    has: ['Northwind builds the software', '• Deep experience with Node.js or Go in production.', 'Salary range: $165,000 to $190,000 CAD'],
    hasNot: ['People also viewed', 'Senior Frontend Engineer', 'Show more', 'User Agreement', 'Messaging', 'Apply'],
    headings: ['About the job', 'About Northwind', "What you'll do", "What we're looking for", 'Nice to have'],
  },
  {
    dir: 'linkedin', file: 'split-view.html', url: 'https://www.linkedin.com/jobs/search/?currentJobId=3901234567&keywords=platform%20engineer',
    site: 'linkedin', title: 'Platform Engineer', company: 'Tailspin Toys', location: 'Berlin, Germany',
    postingId: '3901234567', canonicalUrl: 'https://www.linkedin.com/jobs/view/3901234567/',
    has: ['• 4+ years with Terraform and Kubernetes.', 'Bonus points'],
    hasNot: ['Site Reliability Engineer', 'Litware', 'Remote'],
  },
  {
    dir: 'linkedin', file: 'split-view.html', url: 'https://www.linkedin.com/jobs/search-results/?currentJobId=3901234567',
    site: 'linkedin', title: 'Platform Engineer', company: 'Tailspin Toys', location: 'Berlin, Germany',
    postingId: '3901234567', canonicalUrl: 'https://www.linkedin.com/jobs/view/3901234567/',
    has: ['Comfortable with GitHub Actions and ArgoCD.'], hasNot: ['Litware'],
  },
  {
    dir: 'indeed', file: 'viewjob.html', url: 'https://www.indeed.com/viewjob?jk=8a3f2c1d0e9b7a65',
    site: 'indeed', title: 'Data Engineer', company: 'Bluebonnet Analytics', location: 'Austin, TX 78701',
    postingId: '8a3f2c1d0e9b7a65', canonicalUrl: 'https://www.indeed.com/viewjob?jk=8a3f2c1d0e9b7a65',
    has: ['• 3+ years of Python and SQL.', 'Preferred\n• Kafka or Kinesis.'],
    hasNot: ['People also viewed', 'Apply now', 'Company reviews', '$120,000'],
  },
  {
    dir: 'indeed', file: 'search-pane.html', url: 'https://www.indeed.com/jobs?q=data+engineer&l=Austin%2C+TX&vjk=1b2c3d4e5f607182',
    site: 'indeed', title: 'Data Platform Engineer', company: 'Litware', location: 'Round Rock, TX',
    postingId: '1b2c3d4e5f607182', canonicalUrl: 'https://www.indeed.com/viewjob?jk=1b2c3d4e5f607182',
    has: ['• Solid Terraform and Kubernetes skills.'], hasNot: ['Analytics Engineer', 'Contoso'],
  },
  {
    dir: 'greenhouse', file: 'new-board.html', url: 'https://job-boards.greenhouse.io/acmerobotics/jobs/4567890',
    site: 'greenhouse', title: 'Senior Firmware Engineer', company: 'Acme Robotics', location: 'Pittsburgh, PA',
    postingId: '4567890', canonicalUrl: 'https://job-boards.greenhouse.io/acmerobotics/jobs/4567890',
    has: ['• Write embedded C and C++ for STM32 motor controllers.', 'Pay range: $150,000 - $180,000 USD'],
    hasNot: ['Apply for this job', 'First Name', 'Powered by Greenhouse'],
    headings: ["What you'll do", 'What you bring', 'Nice to have'],
  },
  {
    dir: 'greenhouse', file: 'legacy-board.html', url: 'https://boards.greenhouse.io/acmerobotics/jobs/4567891',
    site: 'greenhouse', title: 'QA Automation Engineer', company: 'Acme Robotics', location: 'Remote - US',
    postingId: '4567891', canonicalUrl: 'https://job-boards.greenhouse.io/acmerobotics/jobs/4567891',
    has: ['• Experience with Selenium or Playwright.'], hasNot: ['Apply for this Job', 'Submit Application'],
  },
  {
    dir: 'greenhouse', file: 'embed-job-app.html', url: 'https://boards.greenhouse.io/embed/job_app?for=acmerobotics&token=4567892',
    site: 'greenhouse', title: 'Site Reliability Engineer', company: 'Acme Robotics', location: 'Pittsburgh, PA or Remote',
    postingId: '4567892', canonicalUrl: 'https://job-boards.greenhouse.io/acmerobotics/jobs/4567892',
    has: ['• Production experience with Prometheus, Grafana and PagerDuty.'], hasNot: [],
  },
  {
    dir: 'greenhouse', file: 'company-gh-jid.html', url: 'https://careers.acmerobotics.example/open-roles/?gh_jid=4567893',
    site: 'greenhouse', title: 'Machine Learning Engineer, Perception', company: 'Acme Robotics', location: null,
    postingId: '4567893', canonicalUrl: 'https://careers.acmerobotics.example/open-roles/?gh_jid=4567893',
    has: ['• Train and ship perception models in PyTorch.', 'Strong Python; C++ is a plus.'],
    hasNot: ['cookies', 'More open roles', 'Senior Firmware Engineer', 'Products', '© 2026'],
  },
  {
    dir: 'lever', file: 'posting.html', url: 'https://jobs.lever.co/fabrikam/3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c',
    site: 'lever', title: 'Senior iOS Engineer', company: 'Fabrikam', location: 'Lisbon, Portugal',
    postingId: '3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c', canonicalUrl: 'https://jobs.lever.co/fabrikam/3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c',
    has: ['Fabrikam makes a budgeting app', "What we're looking for\n• 5+ years of iOS development.", '€70,000 - €90,000 a year', 'equal opportunity'],
    hasNot: ['Apply for this job', 'Jobs powered by Lever', 'Engineering – Mobile'],
  },
  {
    dir: 'workday', file: 'posting.html', url: 'https://resmed.wd3.myworkdayjobs.com/en-US/ResMed_External_Careers/job/Sydney-Australia/Software-Engineer_JR_044991-1',
    site: 'workday', title: 'Software Engineer', company: 'Resmed', location: 'Sydney, Australia',
    postingId: 'JR_044991-1', canonicalUrl: 'https://resmed.wd3.myworkdayjobs.com/en-US/ResMed_External_Careers/job/Sydney-Australia/Software-Engineer_JR_044991-1',
    has: ['• 3+ years with TypeScript, React and Node.js.'], hasNot: ['Similar Jobs', 'Sign In', 'Posted 3 Days Ago'],
  },
  {
    dir: 'ashby', file: 'posting.html', url: 'https://jobs.ashbyhq.com/wingtip/6c1f3a2b-8d9e-4f0a-b1c2-d3e4f5a6b7c8',
    site: 'ashby', title: 'Product Designer', company: 'Wingtip Labs', location: 'Remote (Europe)',
    postingId: '6c1f3a2b-8d9e-4f0a-b1c2-d3e4f5a6b7c8', canonicalUrl: 'https://jobs.ashbyhq.com/wingtip/6c1f3a2b-8d9e-4f0a-b1c2-d3e4f5a6b7c8',
    has: ['• Own the design of our instructor app, from research to Figma prototypes.'], hasNot: ['Apply for this Job', 'Employment Type', 'Overview'],
  },
  {
    dir: 'smartrecruiters', file: 'posting.html', url: 'https://jobs.smartrecruiters.com/WingtipToys/743999912345678-senior-qa-engineer',
    site: 'smartrecruiters', title: 'Senior QA Engineer', company: 'Wingtip Toys', location: 'Kraków, Lesser Poland Voivodeship, Poland',
    postingId: '743999912345678', canonicalUrl: 'https://jobs.smartrecruiters.com/WingtipToys/743999912345678',
    has: ['Qualifications\n• 5+ years in QA, 2+ in automation.'], hasNot: ["I'm interested", 'Other jobs at Wingtip Toys', 'Firmware Engineer'],
  },
  {
    dir: 'wellfound', file: 'job.html', url: 'https://wellfound.com/jobs/3141592-founding-full-stack-engineer',
    site: 'wellfound', title: 'Founding Full Stack Engineer', company: 'Tailspin AI', location: 'San Francisco · In office',
    postingId: '3141592', canonicalUrl: 'https://wellfound.com/jobs/3141592',
    has: ['• TypeScript and React.'], hasNot: ['Similar jobs', 'Backend Engineer at Contoso', 'Log in', '$150k'],
  },
  {
    dir: 'json-ld', file: 'graph-visible.html', url: 'https://careers.example.org/jobs/1234-data-engineer',
    site: 'json-ld', title: 'Data Engineer', company: 'Proseware, Inc.', location: 'Leeds, GB',
    postingId: 'PW-1234', canonicalUrl: 'https://careers.example.org/jobs/1234-data-engineer',
    has: ['Proseware is hiring a Data Engineer', 'Nice to have\n• dbt and Looker.'], hasNot: ['All jobs', 'Apply'],
    headings: ['Requirements', 'Nice to have'],
  },
  {
    dir: 'json-ld', file: 'array-malformed.html', url: 'https://www.example.com/about/careers/openings/backend-developer',
    site: 'json-ld', title: 'Backend Developer & Integrations', company: 'Adventure Works', location: 'Remote',
    postingId: null, canonicalUrl: null, map: false,
    has: ['Adventure Works needs a backend developer.', 'Must have\n• Java 17 and Spring Boot', 'Skills\nJava, Spring Boot, PostgreSQL'],
    hasNot: ['Broken', 'Loading', '<'], headings: ['Must have', 'Responsibilities', 'Skills'],
  },
  {
    dir: 'generic', file: 'career-page.html', url: 'https://careers.example-widgets.com/openings/senior-backend-engineer',
    site: 'generic', title: 'Senior Backend Engineer', company: 'Example Widgets', location: null,
    postingId: null, canonicalUrl: 'https://careers.example-widgets.com/openings/senior-backend-engineer',
    has: ['• Design and run services in Go and PostgreSQL.', 'Salary $170,000 – $200,000'],
    hasNot: ['cookies', 'Similar jobs', 'Staff Engineer', 'People also viewed', 'Kubernetes', 'Widget Pro', 'Privacy', 'Breadcrumb', 'Engineering\n', 'Apply for this job'],
  },
];

describe('site adapters on their fixtures', () => {
  it.each(CASES)('$dir/$file ($url)', (c) => {
    const { doc } = page(c.dir, c.file);
    const before = doc.documentElement.outerHTML;
    const p = readPosting(doc, new URL(c.url), { generic: c.site === 'generic' });
    expect(p, `readPosting found no posting in ${c.dir}/${c.file}: check the adapter's selectors`).not.toBeNull();
    const got = p!;
    expect(got.site).toBe(c.site);
    expect({ title: got.title, company: got.company, location: got.location, postingId: got.postingId, canonicalUrl: got.canonicalUrl }).toEqual({
      title: c.title, company: c.company, location: c.location, postingId: c.postingId, canonicalUrl: c.canonicalUrl,
    });
    for (const s of c.has) expect(got.text, `the posting text should contain ${JSON.stringify(s)}`).toContain(s);
    for (const s of c.hasNot) expect(got.text, `page chrome leaked into the text: ${JSON.stringify(s)}`).not.toContain(s);
    if (c.headings) expect(got.headings.map((h) => got.text.slice(h.start, h.end))).toEqual(expect.arrayContaining(c.headings));
    expect(got.map === null).toBe(c.map === false);
    expect(got.missing, 'every fixture is complete: missing should be empty (a selector broke?)').toEqual([]);
    expect(doc.documentElement.outerHTML, 'reading must never mutate the page').toBe(before);
  });

  it('LinkedIn split view returns null while the pane still shows another job', () => {
    const { doc } = page('linkedin', 'split-view.html');
    const url = new URL('https://www.linkedin.com/jobs/search/?currentJobId=3900000001');
    expect(readPosting(doc, url), 'a stale detail pane must not be reported as the selected job').toBeNull();
  });

  it('a stale split view stays null even with the generic reader on', () => {
    const { doc } = page('linkedin', 'split-view.html');
    const url = new URL('https://www.linkedin.com/jobs/search/?currentJobId=3900000001');
    expect(readPosting(doc, url, { generic: true }), 'never guess on a board page that says "not this job"').toBeNull();
  });

  it('a board page whose description selectors all broke falls back to the generic text, keeping its fields', () => {
    const { doc } = page('greenhouse', 'legacy-board.html');
    const content = doc.querySelector('#content')!;
    content.removeAttribute('id');
    content.setAttribute('class', 'renamed-2027');
    doc.querySelector('#app_body')!.removeAttribute('id');
    const p = readPosting(doc, new URL('https://boards.greenhouse.io/acmerobotics/jobs/4567891'), { generic: true })!;
    expect([p.site, p.title, p.postingId]).toEqual(['greenhouse', 'QA Automation Engineer', '4567891']);
    expect(p.text).toContain('• Experience with Selenium or Playwright.');
    expect(p.missing, 'page health still reports the broken selector').toContain('text');
  });

  it('Workday falls back to the URL for title and requisition id before the SPA renders them', () => {
    const { doc } = page('workday', 'posting.html');
    doc.querySelector('[data-automation-id="jobPostingHeader"]')?.remove();
    doc.querySelector('[data-automation-id="requisitionId"]')?.remove();
    const p = readPosting(doc, new URL('https://contoso.wd5.myworkdayjobs.com/Careers/job/Austin-TX/Senior-Data-Analyst_R12345'))!;
    expect([p.title, p.company, p.postingId]).toEqual(['Senior Data Analyst', 'Contoso', 'R12345']);
  });

  it('reports missing fields for page health', () => {
    const { doc } = page('linkedin', 'view-logged-in.html');
    doc.querySelector('.job-details-jobs-unified-top-card__company-name')?.remove();
    doc.querySelector('.job-details-jobs-unified-top-card__primary-description-container')?.remove();
    const p = readPosting(doc, new URL('https://www.linkedin.com/jobs/view/3987654321/'))!;
    expect(p.missing).toEqual(['company', 'location']);
  });

  it('falls back to JSON-LD text when the site selectors find no description', () => {
    const { doc } = page('indeed', 'viewjob.html');
    doc.querySelector('#jobDescriptionText')?.remove();
    const p = readPosting(doc, new URL('https://www.indeed.com/viewjob?jk=8a3f2c1d0e9b7a65'))!;
    expect(p.site).toBe('indeed');
    expect(p.text).toBe('Bluebonnet Analytics is hiring a Data Engineer.');
    expect(p.missing).toContain('text');
  });

  it('a URL-slug company ranks below JSON-LD hiringOrganization (SmartRecruiters career page)', () => {
    const html = readFileSync(join(REPO, 'tests/e2e/pages/smartrecruiters-jsonld.html'), 'utf8');
    const p = readPosting(docOf(html), new URL('https://jobs.smartrecruiters.com/NorthwindHealth/744000012345-frontend-developer'))!;
    expect(p.company, 'JSON-LD says "Northwind Health"; the slug "NorthwindHealth" is only a last resort').toBe('Northwind Health');
    expect([p.site, p.title, p.postingId]).toEqual(['smartrecruiters', 'Frontend Developer', '744000012345']);
  });

  it.each([
    ['lever', 'posting.html', 'https://jobs.lever.co/fabrikam/3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c', '.main-header-logo img', 'Fabrikam'],
    ['smartrecruiters', 'posting.html', 'https://jobs.smartrecruiters.com/WingtipToys/743999912345678-senior-qa-engineer', '[itemprop="hiringOrganization"]', 'WingtipToys'],
  ])('%s: the slug company is used without JSON-LD and replaced by JSON-LD when present', (dir, file, url, companySel, slug) => {
    const bare = page(dir, file).doc;
    bare.querySelector(companySel)?.remove();
    bare.querySelectorAll('script[type="application/ld+json"]').forEach((e) => e.remove());
    expect(readPosting(bare, new URL(url))!.company, 'with nothing better, the URL slug names the company').toBe(slug);
    const withLd = page(dir, file).doc;
    withLd.querySelector(companySel)?.remove();
    const script = withLd.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = JSON.stringify({ '@type': 'JobPosting', title: 'X', hiringOrganization: { name: 'Proper Name Ltd' } });
    withLd.head.appendChild(script);
    expect(readPosting(withLd, new URL(url))!.company, 'JSON-LD must win over a URL slug').toBe('Proper Name Ltd');
  });

  it('Workday: a URL-slug title loses to JSON-LD, a page title beats both', () => {
    const url = new URL('https://contoso.wd5.myworkdayjobs.com/Careers/job/Austin-TX/Senior-Data-Analyst_R12345');
    const { doc } = page('workday', 'posting.html');
    doc.querySelector('[data-automation-id="jobPostingHeader"]')?.remove();
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = JSON.stringify({ '@type': 'JobPosting', title: 'Senior Data Analyst (Finance)', hiringOrganization: { name: 'Contoso Ltd' } });
    doc.head.appendChild(script);
    const p = readPosting(doc, url)!;
    expect([p.title, p.company]).toEqual(['Senior Data Analyst (Finance)', 'Contoso Ltd']);
    const kept = readPosting(page('workday', 'posting.html').doc, url)!;
    expect(kept.title, 'a title the page shows is never replaced').toBe('Software Engineer');
  });

  it('does not use the generic reader unless asked', () => {
    const { doc } = page('generic', 'career-page.html');
    const url = new URL('https://careers.example-widgets.com/openings/senior-backend-engineer');
    expect(readPosting(doc, url)).toBeNull();
    expect(readPosting(doc, url, { generic: true })?.site).toBe('generic');
  });

  it('finds no posting on a page that has none', () => {
    const { doc } = page('hostile', 'dom-payload.html');
    doc.querySelector('#job-details')?.remove();
    doc.querySelectorAll('h1, [class*="top-card"]').forEach((e) => e.remove());
    expect(readPosting(doc, new URL('https://www.example.com/blog/post'), { generic: true })).toBeNull();
  });
});
