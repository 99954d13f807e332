/**
 * Seeded generators of random and adversarial posting text for the fuzz tests. The same seed
 * gives the same cases on every machine, so a failure reproduces from its seed and case number
 * (FUZZ_SEED=<seed> FUZZ_CASE=<n> npx vitest run tests/fuzz).
 */
import { allSkills } from '@/lib/skills';

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const SKILLS = ['Python', 'Java', 'JavaScript', 'TypeScript', 'C++', 'C#', '.NET', 'Node.js', 'Go', 'R', 'Rust', 'SQL', 'PostgreSQL', 'AWS', 'Kubernetes', 'k8s', 'Docker', 'React', 'Vue.js', 'Angular', 'Django', 'Spring Boot', 'Kafka', 'Terraform', 'GraphQL', 'Excel', 'Salesforce', 'SAP', 'Figma', 'Scala', 'Objective-C', 'F#', 'HTML5', 'CSS3', 'CI/CD', 'REST', 'gRPC', 'TensorFlow', 'PyTorch', 'Power BI'];
const CUES = ['required', 'Required:', 'must have', 'Must-have', 'nice to have', 'is a plus', 'bonus points', 'preferred', 'Preferred qualifications', 'Requirements', 'Qualifications:', 'What you bring', 'experience with', 'years of experience', 'at least', 'minimum', 'ideally', 'strong knowledge of', 'familiarity with', 'Responsibilities', 'About us', 'Benefits', 'you will', 'we offer'];
const YEARS = ['5+ years', '3-5 yrs', 'at least ten years', 'minimum of 7 years', '2 to 4 years', 'three (3) years', '10+ years of', 'one year', '0-1 years', '15 years'];
const MONEY = ['$', '€', '£', '¥', '₹', 'USD', 'EUR', 'CHF', 'k', 'K', 'LPA', 'lakh', 'per hour', '/hr', 'a year', 'per annum', 'p.a.', 'DOE', 'competitive', 'OTE', '-', '–', ' to ', ','];
const SCRIPTS = ['Разработчик Python', 'エンジニア', '软件工程师 Java', 'مهندس برمجيات', 'מפתח', 'सॉफ्टवेयर इंजीनियर', 'Ελληνικά', 'ภาษาไทย', '한국어 개발자', 'Türkçe ıİ', 'Ünïcödé', 'straße', 'ﬁle ﬂow', '𝐏𝐲𝐭𝐡𝐨𝐧 𝐉𝐚𝐯𝐚', 'Ｐｙｔｈｏｎ', '🚀🔥💯', '👩‍💻👨‍👩‍👧', '🏳️‍🌈', 'e\u0301te\u0301', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚o̙̔ͮ̇'];
const ODD = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2069', '\u00a0', '\u2028', '\u2029', '\u0085', '\r', '\r\n', '\t', '\v', '\f', '\u0000', '\u001b', '\ufffd', '\ud800', '\udfff', '\udbff\udfff', '\ud83d', '\ude80'];
const PUNCT = '.,;:!?-–—/\\|*•·()[]{}<>"\'`~@#%^&_=+'.split('');
const FRAGMENTS = [
  'Senior Backend Engineer (Remote)',
  'We are looking for a Data Scientist with 4+ years of Python and SQL.',
  '• Strong experience with Kubernetes, Docker and AWS',
  'Nice to have: Kafka, Terraform or Pulumi.',
  'Salary: $120,000 - $150,000 per year, plus equity.',
  'Requirements:\n- 5+ years of professional experience\n- Java or Kotlin',
  'This is a hybrid role: 3 days a week in our Berlin office.',
  'Compensation: €60k–€75k DOE. Unpaid trial week.',
  'You will be on call 24/7 and wear many hats in a fast-paced environment.',
  'Entry level: 10+ years of experience with React required.',
  'Bonus: C#, .NET Core, F# and Objective-C.',
];

/** Every name and alias in the taxonomy (thousands), for coordination and overlap cases. */
let taxonomy: string[] | null = null;
const TAXONOMY = () => (taxonomy ??= allSkills().flatMap((s) => [s.name, ...(s.aliases ?? [])]));

type Gen = (r: Rng, size: number) => string;

/** Repeat pieces from `make` until the text is about `size` characters. */
function fill(r: Rng, size: number, make: (r: Rng) => string): string {
  let s = '';
  while (s.length < size) s += make(r);
  return s.slice(0, size);
}

export const GENERATORS: Record<string, Gen> = {
  'punctuation runs': (r, n) => fill(r, n, (r) => pick(r, PUNCT).repeat(int(r, 1, 40)) + (r() < 0.2 ? ' ' + pick(r, SKILLS) + ' ' : '')),
  'nested brackets': (r, n) => {
    const depth = int(r, 1, Math.max(1, Math.floor(n / 4)));
    const open = Array.from({ length: depth }, () => pick(r, ['(', '[', '{', '<', '«', '“', '"'])).join('');
    const close = Array.from({ length: int(r, 0, depth) }, () => pick(r, [')', ']', '}', '>', '»', '”', '"'])).join('');
    return (open + pick(r, SKILLS) + ' ' + pick(r, YEARS) + close).slice(0, n);
  },
  'mixed scripts': (r, n) => fill(r, n, (r) => pick(r, r() < 0.5 ? SCRIPTS : SKILLS) + pick(r, [' ', ', ', '\n', '・', '، ', ' / '])),
  'repeated cue words': (r, n) => fill(r, n, (r) => pick(r, CUES) + pick(r, [' ', ': ', '\n', ' - ', ', ']) + (r() < 0.4 ? pick(r, SKILLS) + ' ' : '')),
  'huge numbers': (r, n) =>
    fill(r, n, (r) => pick(r, ['9'.repeat(int(r, 5, 400)), '1e308', '-5', '0.0000001', 'NaN', 'Infinity', '1,000,000,000,000', '٣٤٥', '१२', '½', '10^9', '007', String(Number.MAX_SAFE_INTEGER) + '1']) + ' ' + pick(r, ['years', 'yrs', '+ years of Python', 'k', '$', 'per hour', 'employees', '']) + ' '),
  'currency soup': (r, n) => fill(r, n, (r) => pick(r, MONEY) + (r() < 0.6 ? String(int(r, 0, 999999)) : '') + pick(r, MONEY) + pick(r, [' ', '', '.', ',000 ', 'k-'])),
  'unicode edge cases': (r, n) => fill(r, n, (r) => (r() < 0.5 ? pick(r, SCRIPTS) : pick(r, SKILLS)) + pick(r, ODD) + pick(r, ['', ' ', '\n'])),
  'lone surrogates': (r, n) => fill(r, n, (r) => String.fromCharCode(int(r, 0xd800, 0xdfff)) + (r() < 0.5 ? pick(r, SKILLS) : '') + (r() < 0.3 ? '🚀' : '')),
  'rtl and zero-width': (r, n) => fill(r, n, (r) => pick(r, ['\u202e', '\u200f', '\u200e', '\u2067', '\u200b', '\u2060', '\u200d']) + pick(r, SKILLS).split('').join(r() < 0.5 ? '\u200b' : '') + ' ' + pick(r, CUES) + ' '),
  'mutated postings': (r, n) => {
    let s = fill(r, n, (r) => pick(r, FRAGMENTS) + pick(r, ['\n', '\n\n', ' ', '\r\n']));
    for (let i = int(r, 0, Math.ceil(s.length / 20)); i > 0; i--) {
      const at = int(r, 0, s.length);
      const op = r();
      s = op < 0.33 ? s.slice(0, at) + s.slice(at + int(r, 1, 5)) : op < 0.66 ? s.slice(0, at) + pick(r, [...PUNCT, ...ODD, ' ', '\n']) + s.slice(at) : s.slice(0, at) + s.slice(at, at + 1).toUpperCase() + s.slice(at + 1);
    }
    return s.slice(0, n);
  },
  'random code units': (r, n) => Array.from({ length: n }, () => String.fromCharCode(int(r, 0, 0xffff))).join(''),
  'taxonomy soup': (r, n) => fill(r, n, (r) => pick(r, TAXONOMY()) + pick(r, [' and ', ' or ', ', ', ' / ', ' & ', '/', ' and/or ', ' (', ') ', '\n• ', ' '])),
  'skill soup': (r, n) => fill(r, n, (r) => pick(r, SKILLS) + pick(r, [', ', ' / ', ' or ', ' and ', '+', '', '\n• ', ' (', ') ', '.'])),
  'case and spacing': (r, n) => fill(r, n, (r) => {
    const w = pick(r, [...SKILLS, ...CUES]);
    const c = r() < 0.3 ? w.toUpperCase() : r() < 0.5 ? w.toLowerCase() : w;
    return c + ' '.repeat(int(r, 0, 3)) + (r() < 0.1 ? '\n'.repeat(int(r, 1, 30)) : '');
  }),
  'long lines and many lines': (r, n) => (r() < 0.5 ? fill(r, n, (r) => pick(r, SKILLS) + ' ') : fill(r, n, (r) => (r() < 0.7 ? '\n' : pick(r, FRAGMENTS)))),
};
export const GENERATOR_NAMES = Object.keys(GENERATORS);

/** Case `i` of a run: 1-3 generators glued together; mostly short, some up to 30 KB. */
export function makeCase(seed: number, i: number): { text: string; recipe: string[] } {
  const r = prng((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
  const roll = r();
  const size = roll < 0.005 ? int(r, 10_000, 30_000) : roll < 0.05 ? int(r, 2_000, 10_000) : int(r, 0, 600);
  const parts = int(r, 1, 3);
  const recipe: string[] = [];
  let text = '';
  for (let p = 0; p < parts; p++) {
    const name = pick(r, GENERATOR_NAMES);
    recipe.push(name);
    text += GENERATORS[name]!(r, Math.ceil(size / parts)) + (r() < 0.5 ? '\n' : ' ');
  }
  return { text, recipe };
}
