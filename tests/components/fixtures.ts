/** Hand-made analyses and matches for component tests (no extractor tuning involved). */
import type { Analysis, Match } from '@/lib/types';

const TEXT = 'Senior Backend Engineer\nRequirements\n• Strong experience with Python and Django.\n• Solid knowledge of PostgreSQL. Kafka is a plus.\n<img src=x onerror=alert(1)> Rust';

const at = (word: string, from = 0) => {
  const start = TEXT.indexOf(word, from);
  if (start < 0) throw new Error(`fixture: no "${word}"`);
  return { start, end: start + word.length };
};

export function analysis(match?: Partial<Match> | null): Analysis {
  return {
    text: TEXT,
    title: 'Senior Backend Engineer',
    company: 'Acme',
    location: null,
    url: 'https://example.com/jobs/1',
    skills: [
      { name: 'Python', aliases: [], category: 'language', level: 'required', evidence: [at('Python')] },
      { name: 'Django', aliases: [], category: 'backend', level: 'required', evidence: [at('Django')] },
      { name: 'PostgreSQL', aliases: ['Postgres'], category: 'database', level: 'required', evidence: [at('PostgreSQL')] },
      { name: 'Apache Kafka', aliases: ['Kafka'], category: 'backend', level: 'preferred', evidence: [at('Kafka')] },
      { name: 'Rust', aliases: [], category: 'language', level: 'mentioned', evidence: [at('Rust')] },
    ],
    softSkills: [],
    experience: null,
    salary: null,
    seniority: 'senior',
    workMode: null,
    redFlags: [],
    ...(match === null ? {} : { match: fit(match) }),
  };
}

export function fit(over: Partial<Match> = {}): Match {
  return {
    score: 62,
    version: 'test',
    required: { have: ['Python', 'Django'], missing: ['PostgreSQL'] },
    preferred: { have: ['Apache Kafka'], missing: [] },
    experience: { required: null, have: 6, ok: null },
    caps: [],
    tips: ['Name the databases you used.'],
    breakdown: [
      { label: 'Required: Python (in your profile)', points: 20, max: 20 },
      { label: 'Required: PostgreSQL (missing)', points: 0, max: 20 },
      { label: 'Seniority: senior role, you are senior', points: 5, max: 5 },
    ],
    credited: {
      Python: { by: 'Python', via: 'name', evidence: 'Python (7 years), Go (3 years)' },
      Django: { by: 'Django', via: 'name' },
      'Apache Kafka': { by: 'Kafka', via: 'alias', evidence: '- Node.js services; <b>Kafka</b> pipelines' },
    },
    profileName: 'Backend me',
    ...over,
  };
}
