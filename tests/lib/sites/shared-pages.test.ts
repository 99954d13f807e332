import { describe, expect, it } from 'vitest';
import { readPosting } from '@/lib/sites';
import { shared } from './helpers';

describe('real saved pages (../shared/fixtures/html)', () => {
  it('LinkedIn guest page: Heidi', () => {
    const f = shared('linkedin-guest-heidi.html');
    if (!f) return;
    const url = new URL('https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124');
    const p = readPosting(f.doc, url)!;
    expect(p, 'the LinkedIn adapter should read the guest page').not.toBeNull();
    expect(p.site).toBe('linkedin');
    expect(p.title).toBe('Senior Software Engineer - Developer Experience');
    expect(p.company).toBe('Heidi');
    expect(p.location).toBe('Melbourne, Victoria, Australia');
    expect(p.postingId).toBe('4411867124');
    expect(p.canonicalUrl).toBe('https://www.linkedin.com/jobs/view/4411867124/');
    expect(p.text).toContain('Healthcare needs a better rhythm');
    expect(p.text).toContain('• Experience building CI/CD, gitOps, monorepo');
    expect(p.text).not.toMatch(/Similar jobs|Show more|Show less|Report this job/);
    expect(p.missing).toEqual([]);
    const heads = p.headings.map((h) => p.text.slice(h.start, h.end));
    expect(heads).toContain('Who We Are');
    expect(heads).toContain('What You’ll Do');
    expect(heads).toContain('Nice to Have');
    expect(p.map).not.toBeNull();
  });
});
