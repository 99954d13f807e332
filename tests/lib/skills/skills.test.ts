import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allSkills,
  getSkill,
  impliedSkills,
  scanSkills,
  scanSoftSkills,
  skillKey,
  type SkillMention,
} from '../../../lib/skills';

const names = (text: string, opts?: Parameters<typeof scanSkills>[1]) => scanSkills(text, opts).map((m) => m.skill.name);

describe('getSkill: any spelling resolves to the canonical entry', () => {
  const table: [string, string][] = [
    ['JS', 'JavaScript'], ['Javascript', 'JavaScript'], ['ECMAScript', 'JavaScript'], ['javascript', 'JavaScript'],
    ['Postgres', 'PostgreSQL'], ['postgresql', 'PostgreSQL'], ['k8s', 'Kubernetes'], ['K8S', 'Kubernetes'],
    ['ReactJS', 'React'], ['React.js', 'React'], ['react', 'React'], ['golang', 'Go'], ['Go', 'Go'],
    ['C#', 'C#'], ['c sharp', 'C#'], ['C++', 'C++'], ['cpp', 'C++'], ['.NET', '.NET'], ['dotnet', '.NET'],
    ['Node.js', 'Node.js'], ['nodejs', 'Node.js'], ['NodeJS', 'Node.js'], ['CI/CD', 'CI/CD'], ['cicd', 'CI/CD'],
    ['Objective-C', 'Objective-C'], ['objc', 'Objective-C'], ['scikit-learn', 'scikit-learn'], ['sklearn', 'scikit-learn'],
    ['A/B testing', 'A/B testing'], ['ab testing', 'A/B testing'], ['Spring Boot', 'Spring Boot'],
    ['EKS', 'Amazon EKS'], ['AWS', 'AWS'], ['Amazon Web Services', 'AWS'], ['MS SQL', 'SQL Server'],
    ['Amazon Web Services (AWS)', 'AWS'], ['Python 3.x', 'Python'], ['R', 'R'], ['C', 'C'], ['TS', 'TypeScript'],
  ];
  it.each(table)('%s -> %s', (input, name) => {
    expect(getSkill(input)?.name, `add "${input}" as an alias of ${name} in lib/skills/curated.ts`).toBe(name);
  });
  it.each(['', '   ', 'software', 'applications', 'databases', 'cloud', 'APIs', 'web', 'systems', 'Facebook', 'zzqx'])(
    '%j is not a skill',
    (input) => expect(getSkill(input)).toBeUndefined(),
  );
});

describe('skillKey follows LABELING.md', () => {
  it.each([
    ['Node.js', 'nodejs'], ['C++', 'c++'], ['C#', 'c#'], ['CI/CD', 'cicd'], ['Objective-C', 'objectivec'],
    ['Spring Boot', 'springboot'], ['A/B testing', 'abtesting'],
  ])('%s -> %s', (s, k) => expect(skillKey(s)).toBe(k));
});

describe('impliedSkills: transitive closure', () => {
  const table: [string, string[]][] = [
    ['Django', ['Python']],
    ['EKS', ['AWS', 'Kubernetes', 'Containerization']],
    ['GitHub Actions', ['CI/CD']],
    ['PostgreSQL', ['SQL', 'Relational databases']],
    ['Spring Boot', ['Spring', 'Java']],
    ['Next.js', ['React', 'JavaScript']],
    ['TypeScript', ['JavaScript']],
    ['NestJS', ['Node.js', 'TypeScript', 'JavaScript']],
    ['ASP.NET Core', ['ASP.NET', '.NET', 'C#']],
    ['Python', []],
    ['unknown-thing', []],
  ];
  it.each(table)('%s implies %j', (name, implied) => {
    expect(new Set(impliedSkills(name))).toEqual(new Set(implied));
  });
});

describe('ambiguity guard', () => {
  const accepted: [string, string][] = [
    ['We write Go', 'Go'],
    ['• Rust', 'Rust'],
    ['- Spring\n', 'Spring'],
    ['Java, Python, Go', 'Go'],
    ['Go/Golang', 'Go'],
    ['REST APIs', 'REST'],
    ['Spring Boot', 'Spring Boot'],
    ['Experience with Rust is a plus.', 'Rust'],
    ['We build services in Go.', 'Go'],
    ['Go developer wanted', 'Go'],
    ['Strong C/C++ skills', 'C'],
    ['Python or R for analysis', 'R'],
    ['Knowledge of Excel and PowerPoint', 'Excel'],
    ['Node.js and Express', 'Express.js'],
    ['Chef or Puppet for configuration', 'Chef'],
    ['Chef or Puppet for configuration', 'Puppet'],
    ['Spark, Hive and Pig', 'Apache Hive'],
    ['Experience with Snowflake', 'Snowflake'],
    ['Julia, Python', 'Julia'],
    ['Swift and Objective-C', 'Swift'],
    ['Go 1.21 and generics', 'Go'],
    ['Rust-based tooling', 'Rust'],
    ['Make, CMake, Bazel', 'Make'],
    ['Python or/and Go.', 'Go'],
    ['Good understanding of Web APIs ( REST ) and more', 'REST'],
    ['beyond exposing REST endpoints on databases', 'REST'],
    ['REST-compliant microservices', 'REST'],
    ['Typescript with React for our web applications', 'React'],
    ['☞ Node.js\n☞ React\n☞ Go ( a little ) ☞ PostgrSQL', 'Go'],
    ['• Rust: nice to have', 'Rust'],
    ['Technologies\nreactjs django go docker', 'Go'],
    ['Technologies\nios objective-c swift', 'Swift'],
    ['APIs (graphql, rest)', 'REST'],
    ['C# ( . NET and . NET Core )', '.NET'],
    ['PLC, SCADA and HMI programming', 'PLC programming'],
    ['Use your experience with Django and/or React to get stuff done', 'React'],
    ['Experience with PLC troubleshooting', 'PLC programming'],
    // a level cue right after a capitalised name
    ['Go is a plus.', 'Go'],
    ['Kotlin is required, Go is a plus.', 'Go'],
    ['Flutter is a bonus.', 'Flutter'],
    ['R optional', 'R'],
    ['Swift preferred; Objective-C welcome', 'Swift'],
    ['Rust would be a big plus', 'Rust'],
    ['Go is a must.', 'Go'],
    ['Access is a plus, Excel is required.', 'Microsoft Access'],
  ];
  it.each(accepted)('%j finds %s', (text, name) => {
    expect(names(text), `the guard rejected "${name}" in ${JSON.stringify(text)}; see lib/skills/guard.ts`).toContain(name);
  });

  const rejected: [string, string][] = [
    ['Go to the careers page to apply.', 'Go'],
    ['Please go to the careers page', 'Go'],
    ['You have to let it go sometimes.', 'Go'],
    ['Swift delivery of features matters.', 'Swift'],
    ['You will work with the rest of the team.', 'REST'],
    ['Learn Docker and go home early', 'Go'],
    ['Go, Python', 'Make'],
    ['• Go to the careers page', 'Go'],
    ['We use Python Go to the careers page', 'Go'],
    ['Texas Medical Software SpringCharts EMR', 'Spring'],
    ['Rest assured, we pay well.', 'REST'],
    ['Starting Spring 2024 in our office.', 'Spring'],
    ['Make sure you read this.', 'Make'],
    ['You will excel at communication.', 'Excel'],
    ['Excel at what you do.', 'Excel'],
    ['Express interest by emailing us.', 'Express.js'],
    ['Reporting to C-level executives and the C-suite.', 'C'],
    ['Objective-C developers', 'C'],
    ['We fund R&D.', 'R'],
    ['Series C startup', 'C'],
    ['You are the proud owner of a TS/SCI SSBI clearance', 'TypeScript'],
    ['** TS – SSBI REQUIRED**', 'TypeScript'],
    ['The Executive Chef leads the kitchen.', 'Chef'],
    ['Our offices are in Phoenix, AZ.', 'Phoenix Framework'],
    ['They are a UK PLC and they sell widgets.', 'PLC programming'],
    ['an invitation only event driven by meetings', 'Event-driven architecture'],
    ['please go to http :// www . example . com', 'HTTP'],
    ['JavaScript developers', 'Java'],
    ['react to customer requests', 'React'],
    ['Spark joy in your team', 'Apache Spark'],
    ['Access to the building', 'Microsoft Access'],
    ['Word of mouth', 'Word'],
    ['Chef is required to work weekends.', 'Chef'],
    ['go is a plus', 'Go'],
    ['Access is required for all visitors.', 'Microsoft Access'],
    ['Spring is a great time to join.', 'Spring'],
  ];
  it.each(rejected)('%j does not find %s', (text, name) => {
    expect(names(text), `"${name}" should not match in ${JSON.stringify(text)}; see lib/skills/guard.ts`).not.toContain(name);
  });

  it.each([
    'Make', 'Chef', 'Puppet', 'SaltStack', 'Spring', 'REST', 'Express.js', 'Ember.js', 'Go', 'R', 'C', 'Rust', 'Swift',
    'Excel', 'Julia', 'Snowflake', 'Dart', 'Elm', 'Crystal', 'Apache Pig', 'Apache Hive', 'Apache Spark', 'React',
  ])('%s is flagged ambiguous in the taxonomy', (name) => {
    expect(getSkill(name)?.ambiguous, `mark the common-word spelling of ${name} with "!" in curated.ts`).toBe(true);
  });

  it('tagsAt: a capitalised hit tagged Verb is rejected unless it is in a list', () => {
    const verb = () => ['Verb', 'Imperative'];
    expect(names('We love Go because it is simple', { tagsAt: verb })).not.toContain('Go');
    expect(names('Java, Python, Go', { tagsAt: verb })).toContain('Go');
    expect(names('• Rust', { tagsAt: verb })).toContain('Rust');
    expect(names('We love Go because it is simple', { tagsAt: () => ['ProperNoun', 'Noun'] })).toContain('Go');
    expect(names('We love Go because it is simple')).not.toContain('Go');
    expect(names('please contact Phoenix Healthcare today', { tagsAt: () => ['ProperNoun', 'Place', 'City'] })).toEqual([]);
  });

  it('marks weak passes as ambiguous and strong ones not', () => {
    const [weak] = scanSkills('the team loves Rust internally');
    expect(weak?.ambiguous).toBe(true);
    const strong = scanSkills('Java, Python, Rust').find((m) => m.skill.name === 'Rust');
    expect(strong?.ambiguous).toBe(false);
    expect(scanSkills('Python')[0]?.ambiguous).toBe(false);
  });
});

describe('fields of study after a degree cue are education, not skills', () => {
  it.each([
    ["BS degree in Computer Science, Statistics or a related field.", 'Statistics', false],
    ["Master's in Machine Learning or equivalent", 'Machine learning', false],
    ['Experience with statistics and machine learning.', 'Statistics', true],
    ['Degree required. Strong statistics background.', 'Statistics', true],
  ] as const)('%j -> %s found: %s', (text, name, found) => {
    expect(names(text).includes(name)).toBe(found);
  });
});

describe('generic words are not skills', () => {
  it.each([
    'We build software applications and databases in the cloud with APIs for the web.',
    'Our systems handle data, design and testing; security is key.',
    'Follow us on LinkedIn, Facebook and Twitter.',
  ])('%j has no skills', (text) => expect(names(text)).toEqual([]));
  it.each([
    ['software testing and unit testing', ['Software testing', 'Unit testing']],
    ['data modelling and machine learning', ['Data modeling', 'Machine learning']],
  ])('%j has %j', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('matching: tokens, leftmost-longest, exact offsets', () => {
  const exact = (text: string, ms: SkillMention[]) => {
    for (const m of ms) expect(text.slice(m.start, m.end), 'offsets must slice out the surface').toBe(m.surface);
  };
  const table: [string, string[]][] = [
    ['C#, C++, .NET, ASP.NET and Node.js', ['C#', 'C++', '.NET', 'ASP.NET', 'Node.js']],
    ['CI/CD with GitHub Actions', ['CI/CD', 'GitHub Actions']],
    ['scikit-learn, A/B testing', ['scikit-learn', 'A/B testing']],
    ['Spring Boot microservices on AWS EKS', ['Spring Boot', 'Microservices', 'Amazon EKS']],
    ['Ruby on Rails', ['Ruby on Rails']],
    ['machine\nlearning', []],
    ['C#.NET developer', ['C#', '.NET']],
    ['AWS/GCP/Azure', ['AWS', 'Google Cloud', 'Microsoft Azure']],
    ['PostgreSQL/Postgres', ['PostgreSQL', 'PostgreSQL']],
    ['Java8 or Java 11', ['Java']],
    ['Python.', ['Python']],
    ['Java DeveloperRequirements:Strong SQL skillsExperience with JavaScript', ['Java', 'SQL', 'JavaScript']],
    ['Strong knowledge of ICD9/CPTKnowledge of fee schedules', ['ICD coding', 'CPT coding']],
    ['PostgreSQL, GraphQL, MySQL, SQLite', ['PostgreSQL', 'GraphQL', 'MySQL', 'SQLite']],
    ['(Kubernetes)', ['Kubernetes']],
  ];
  it.each(table)('%j -> %j', (text, expected) => {
    const ms = scanSkills(text);
    exact(text, ms);
    expect(ms.map((m) => m.skill.name)).toEqual(expected);
  });

  it('keeps exact UTF-16 offsets around emoji, NBSP and CRLF', () => {
    const text = '🚀 Python\u00a0and 👩‍💻 TypeScript\r\n• Go\r\n— Kubernetes (k8s) 🎉 C++';
    const ms = scanSkills(text);
    exact(text, ms);
    expect(ms.map((m) => m.skill.name)).toEqual(['Python', 'TypeScript', 'Go', 'Kubernetes', 'Kubernetes', 'C++']);
    const starts = ms.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('drops hits inside URLs, e-mail addresses and markdown link targets', () => {
    const text =
      'See https://github.com/python/react or www.java.com, mail jobs@python.org, [docs](/docs/kubernetes/go) and [Docker](https://docker.com).';
    expect(names(text)).toEqual(['Docker']);
  });
});

describe('robustness', () => {
  it('handles empty, emoji-only and junk text', () => {
    expect(scanSkills('')).toEqual([]);
    expect(scanSkills('🎉🚀👩‍💻')).toEqual([]);
    const junk = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const ms = scanSkills(junk);
    for (const m of ms) expect(junk.slice(m.start, m.end)).toBe(m.surface);
    expect(scanSoftSkills(junk)).toBeInstanceOf(Array);
  });
  it('scans 1 MB of text', () => {
    const para = 'We need Python, Go and Kubernetes; experience with React is a plus. Go to the careers page. ';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const ms = scanSkills(text);
    expect(ms.length).toBeGreaterThan(40000);
    expect(scanSkills('x'.repeat(1_000_000))).toEqual([]);
  });
});

describe('taxonomy', () => {
  const skills = allSkills();
  it('has at least 2,000 hard skills with unique canonical names', () => {
    expect(skills.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(skills.map((s) => skillKey(s.name))).size).toBe(skills.length);
  });
  it('gives no spelling to two skills', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of skills)
      for (const a of [s.name, ...s.aliases]) {
        const k = skillKey(a);
        const prev = owner.get(k);
        if (prev && prev !== s.name) clashes.push(`${a}: ${prev} / ${s.name}`);
        owner.set(k, s.name);
      }
    expect(clashes, 'each alias must belong to one skill: fix lib/skills/curated.ts').toEqual([]);
  });
  it('only implies known skills, with categories everywhere', () => {
    for (const s of skills) {
      expect(s.category, s.name).toBeTruthy();
      for (const i of s.implies) expect(getSkill(i)?.name, `${s.name} implies ${i}`).toBe(i);
    }
  });
  it('has no generic word as a skill', () => {
    for (const w of ['software', 'applications', 'databases', 'cloud', 'APIs', 'web', 'systems', 'data', 'design', 'testing', 'security'])
      expect(skills.some((s) => [s.name, ...s.aliases].some((a) => skillKey(a) === skillKey(w)) && !s.aliases.includes(w)), w).toBe(false);
  });

  const taxonomyDir = join(__dirname, '../../../../shared/taxonomy');
  it.skipIf(!existsSync(taxonomyDir))('data/skills.json is what scripts/build-skills.ts produces', async () => {
    const { buildSkills, serialize } = await import('../../../scripts/build-skills');
    const file = readFileSync(join(__dirname, '../../../lib/skills/data/skills.json'), 'utf8');
    expect(serialize(buildSkills()) === file, 'skills.json is stale: run npx tsx scripts/build-skills.ts').toBe(true);
  });
});

describe('soft skills', () => {
  const table: [string, string[]][] = [
    ['Excellent communication skills and a team player.', ['Communication', 'Teamwork']],
    ['Strong problem-solving; detail-oriented self-starter.', ['Problem solving', 'Attention to detail', 'Ownership']],
    ['You will mentor juniors and collaborate with design.', ['Mentoring', 'Collaboration']],
    ['Leadership, time management and adaptability.', ['Leadership', 'Time management', 'Adaptability']],
    ['We use Python.', []],
    ['Our leadership team values thought leadership and offers flexibility.', []],
    ['logs and documentation; attention to detailParticipate in training', ['Attention to detail']],
    ['Able to work in small distributed teams.', ['Teamwork']],
    ['Comfortable working within large collaborative teams.', ['Teamwork', 'Collaboration']],
    // a product feature in a list is not the soft skill; a list of qualities is
    ['The suite covers versioning, collaboration, audit logs and SSO.', []],
    ['Chat, file sync, collaboration and permissions in one app.', []],
    ['We value communication, collaboration, and ownership.', ['Communication', 'Collaboration', 'Ownership']],
    ['Integrity, collaboration, curiosity.', ['Collaboration']],
    ['Tracks the plan and gives updates to leadership as needed.', []],
    ['Ship features while prioritizing an excellent user experience.', []],
    ['We prioritize safety above all.', []],
    ['Assists leadership with plans for scaling pilots.', []],
    ['Partner with leadership on the roadmap.', []],
    ['Able to prioritize and meet deadlines.', ['Time management', 'Time management']],
    ['Escalate risks to senior leadership; show leadership in incidents.', ['Leadership']],
  ];
  it.each(table)('%j -> %j', (text, expected) => {
    const ms = scanSoftSkills(text);
    for (const m of ms) expect(text.slice(m.start, m.end).length).toBeGreaterThan(0);
    expect(ms.map((m) => m.name)).toEqual(expected);
  });
});
