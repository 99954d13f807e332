import { describe, expect, it } from 'vitest';
import { analyze, analyzeUnchecked } from '@/lib/extract';
import { allSpans, levelOf, run } from './helpers';

const POSTING = `Senior Platform Engineer (Remote)

About us
Acme Robotics is a fast-growing company. We built our fleet software on AWS.

Responsibilities
• Build services in Go and Python
• Deploy to Kubernetes with Terraform

Requirements
• 5+ years of experience with Go, Rust or C++
• Strong knowledge of PostgreSQL and Redis
• Excellent communication skills

Nice to have
• Experience with Kafka is a plus
• Familiarity with GraphQL

Salary: $150,000 - $180,000 per year. Fully remote.`;

describe('evidence spans', () => {
  it('slice exactly the words they name', () => {
    const a = run(POSTING);
    expect(a.skills.length).toBeGreaterThan(5);
    for (const s of a.skills) {
      const names = [s.name, ...s.aliases].map((n) => n.toLowerCase().replace(/[\s.\-/]/g, ''));
      for (const e of s.evidence) {
        const sliced = a.text.slice(e.start, e.end);
        expect(sliced, `span of ${s.name} must not start or end with spaces or punctuation`).toBe(sliced.trim());
        expect(names, `span ${JSON.stringify(sliced)} should name ${s.name} or an alias`).toContain(sliced.toLowerCase().replace(/[\s.\-/]/g, ''));
      }
    }
    expect(a.text.slice(a.salary!.evidence[0]!.start, a.salary!.evidence[0]!.end)).toBe('$150,000 - $180,000');
    expect(a.text.slice(a.experience!.evidence[0]!.start, a.experience!.evidence[0]!.end)).toBe('5+ years');
    for (const sp of allSpans(a)) {
      expect(sp.start, sp.where).toBeGreaterThanOrEqual(0);
      expect(sp.end, sp.where).toBeGreaterThan(sp.start);
      expect(sp.end, sp.where).toBeLessThanOrEqual(a.text.length);
    }
  });

  it('stay exact with CRLF, NBSP, tabs, zero-width spaces and emoji before them', () => {
    const text = '🚀🚀 Requirements\r\n\t•\u00a0Experience with\u200b TypeScript\u00a0and Node.js\r\n– 😀 C# and .NET required';
    const a = run(text);
    const got = Object.fromEntries(a.skills.map((s) => [s.name, s.evidence.map((e) => text.slice(e.start, e.end))]));
    expect(got).toMatchObject({ TypeScript: ['TypeScript'], 'Node.js': ['Node.js'], 'C#': ['C#'], '.NET': ['.NET'] });
  });

  it('returns the analysed text unchanged', () => {
    expect(run(POSTING).text).toBe(POSTING);
  });
});

describe('a whole posting', () => {
  it('reads sections, cues, years, salary, seniority and work mode together', () => {
    const a = run(POSTING);
    const want = { Rust: 'required', 'C++': 'required', PostgreSQL: 'required', Redis: 'required', Kafka: 'preferred', GraphQL: 'preferred', Kubernetes: 'mentioned', Terraform: 'mentioned', AWS: 'mentioned' };
    for (const [name, level] of Object.entries(want)) expect(levelOf(a, name), name).toBe(level);
    expect(a.experience).toMatchObject({ minYears: 5, maxYears: null });
    expect(a.salary).toMatchObject({ min: 150000, max: 180000, currency: 'USD', period: 'year' });
    expect(a.seniority).toBe('senior');
    expect(a.workMode).toBe('remote');
    expect(a.softSkills.map((s) => s.name)).toContain('Communication');
  });

  it('uses DOM headings when given', () => {
    const text = 'Stuff we want\nPython\nThings that help\nScala';
    const h1 = { start: 0, end: 13 };
    const h2 = { start: text.indexOf('Things'), end: text.indexOf('Things') + 16 };
    // the DOM says these lines are headings; their words decide nothing here, so both are 'other'
    const a = analyze(text, { headings: [h1, h2] });
    expect(a.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Python', 'Scala']));
    const b = analyze('Requirements\nPython\nNice to have\nScala', { headings: [{ start: 0, end: 12 }, { start: 20, end: 32 }] });
    expect(Object.fromEntries(b.skills.map((s) => [s.name, s.level]))).toEqual({ Python: 'required', Scala: 'preferred' });
  });
});

describe('hostile input never crashes', () => {
  const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
  it.each([
    ['empty', ''],
    ['spaces', '   \n\n\t  '],
    ['only emoji', '🚀🔥💯'.repeat(200)],
    ['binary junk', junk],
    ['lone surrogates', '\ud800\udc00\ud800 Java \udfff'],
    ['German posting', 'Wir suchen einen Softwareentwickler (m/w/d) mit Erfahrung in Java, Spring Boot und Kubernetes. Gute Deutschkenntnisse sind erforderlich. Gehalt: 60.000 € pro Jahr.'],
    ['French posting', 'Nous recherchons un développeur avec une expérience en Python et PostgreSQL. Télétravail possible.'],
  ])('%s', (_, text) => {
    const a = analyzeUnchecked(text); // no safety net: a bug here must fail the test, not hide
    expect(a.text).toBe(text);
    expect(Array.isArray(a.skills)).toBe(true);
  });

  it('finds the named technologies and no nonsense in another language', () => {
    const a = analyze('Wir suchen einen Softwareentwickler (m/w/d) mit Erfahrung in Java, Spring Boot und Kubernetes. Gute Deutschkenntnisse sind erforderlich.');
    expect(a.skills.map((s) => s.name).sort()).toEqual(['Java', 'Kubernetes', 'Spring Boot']);
  });

  it('tolerates non-string input and null meta at runtime', () => {
    expect(analyze(undefined as unknown as string).skills).toEqual([]);
    expect(analyze('Requirements: Java', null as unknown as undefined).skills.map((s) => s.name)).toEqual(['Java']);
  });

  it('handles 1 MB of text', () => {
    const block = POSTING + '\n\n';
    const big = block.repeat(Math.ceil(1_000_000 / block.length));
    const a = analyzeUnchecked(big);
    expect(a.skills.length).toBeGreaterThan(5);
    expect(a.text.length).toBe(big.length);
  });
});

describe('no pathological regex', () => {
  // The budget is 50 ms per 10 KB (measured by npm run bench); the test allows for a loaded CI machine.
  const TEN_KB = 10_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(TEN_KB / unit.length)).slice(0, TEN_KB);
  it.each([
    ['punctuation runs', fill('.,;:!?-–—/\\|*•·()[]{}<>"\'')],
    ['nested brackets', fill('(((([[[[{{{{') + fill(')]}')],
    ['repeated cue words', fill('must have required preferred nice to have is a plus experience with ')],
    ['years soup', fill('5 years 3-5 yrs at least minimum of ten years ')],
    ['money soup', fill('$1 $2k - $3k £4,000 € 5.000 LPA per hour ')],
    ['comma list', fill('Java, Python, Go, Rust, C++, ')],
    ['no spaces', fill('abcdefghij')],
    ['colons', fill('Requirements: Skills: Experience: ')],
    ['glued words', fill('requiredPreferred QualificationsExperience')],
  ])('%s', (_, text) => {
    analyzeUnchecked(text); // warm, and must not throw
    // best of three: a busy CI machine adds spikes, a pathological regex does not go away
    let ms = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      analyze(text);
      ms = Math.min(ms, performance.now() - t0);
    }
    expect(ms, `analyze() took ${ms.toFixed(0)} ms on 10 KB of ${_}: look for a backtracking regex`).toBeLessThan(400);
  });
});
