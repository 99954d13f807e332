/**
 * The JD Lens command line (../shared/DESIGN.md, "Contract: the command line"):
 *   npm run analyze -- FILE [--url URL] [--profile PROFILE.json] [--json]
 *   npm run --silent analyze -- --jsonl            (JSON lines on stdin)
 *   npm run analyze -- --resume RESUME.pdf|.docx|.txt [--json]
 * The same adapters, extractor, matcher and resume importer as the extension.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseHTML } from 'linkedom';
import { analyze } from '../lib/extract';
import { matchProfile } from '../lib/match';
import { draftProfile, readResumeFile } from '../lib/resume/node';
import { readPosting } from '../lib/sites';
import type { Analysis, Profile } from '../lib/types';
import { formatReport, formatResume } from './report';

export class CliError extends Error {}

interface Args {
  file: string | null;
  url: string | null;
  profile: string | null;
  resume: string | null;
  json: boolean;
  jsonl: boolean;
}

const USAGE = `usage:
  npm run analyze -- FILE.txt|FILE.html [--url URL] [--profile PROFILE.json] [--json]
  npm run --silent analyze -- --jsonl [--profile PROFILE.json]   < lines of {"id","text"} or {"id","html","url"}
  npm run analyze -- --resume RESUME.pdf|.docx|.txt [--json]`;

/** Parse argv into options; throws CliError with the usage on anything unknown. */
export function parseArgs(argv: string[]): Args {
  const args: Args = { file: null, url: null, profile: null, resume: null, json: false, jsonl: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v == null || v.startsWith('--')) throw new CliError(`${a} needs a value.\n${USAGE}`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--jsonl') args.jsonl = true;
    else if (a === '--url') args.url = value();
    else if (a === '--profile') args.profile = value();
    else if (a === '--resume') args.resume = value();
    else if (a === '--help' || a === '-h') throw new CliError(USAGE);
    else if (a.startsWith('--')) throw new CliError(`Unknown option ${a}.\n${USAGE}`);
    else if (args.file) throw new CliError(`Only one FILE, got ${args.file} and ${a}.\n${USAGE}`);
    else args.file = a;
  }
  if (!args.jsonl && !args.resume && !args.file) throw new CliError(`Give a FILE, --jsonl or --resume.\n${USAGE}`);
  return args;
}

/** A profile from JSON, checked field by field; throws CliError saying what is wrong. */
export function parseProfile(raw: string, source: string): Profile {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new CliError(`${source} is not valid JSON: ${(e as Error).message}`);
  }
  const bad = (why: string) => new CliError(`${source} is not a JD Lens profile: ${why}.`);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw bad('expected an object');
  const p = data as Record<string, unknown>;
  if (typeof p.name !== 'string') throw bad('"name" must be a string');
  if (!Array.isArray(p.skills)) throw bad('"skills" must be an array');
  p.skills.forEach((s, i) => {
    if (!s || typeof s !== 'object' || typeof (s as { name?: unknown }).name !== 'string') throw bad(`skills[${i}] needs a "name" string`);
    const years = (s as { years?: unknown }).years;
    if (years != null && (typeof years !== 'number' || years < 0)) throw bad(`skills[${i}].years must be a number >= 0`);
  });
  if (p.totalYears != null && (typeof p.totalYears !== 'number' || p.totalYears < 0)) throw bad('"totalYears" must be a number >= 0');
  return data as Profile;
}

/** The posting URL a saved page names for itself: its canonical link or og:url. */
function selfUrl(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    return href ? new URL(href).href : null;
  } catch {
    return null;
  }
}

/** Analyse a posting given as text or as a saved HTML page (read by the site adapters). */
export function analyzeSource(input: { text?: string; html?: string; url?: string | null }, profile: Profile | null): Analysis {
  let analysis: Analysis;
  if (input.html != null) {
    const { document } = parseHTML(input.html);
    const href = input.url ?? selfUrl(document as unknown as Document);
    let url: URL;
    try {
      url = new URL(href ?? 'file:///posting.html');
    } catch {
      throw new CliError(`--url ${input.url} is not a valid URL.`);
    }
    const page = readPosting(document as unknown as Document, url, { generic: true });
    if (!page || !page.text.trim()) throw new CliError('No job posting was found in this HTML page.');
    analysis = analyze(page.text, { title: page.title, company: page.company, location: page.location, url: page.canonicalUrl ?? page.url, headings: page.headings });
  } else {
    const text = input.text ?? '';
    if (!text.trim()) throw new CliError('The posting text is empty.');
    analysis = analyze(text, { url: input.url ?? null });
  }
  if (profile) analysis.match = { ...matchProfile(analysis, profile), profileName: profile.name };
  return analysis;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `No such file: ${path}` : code === 'EISDIR' ? `${path} is a directory, not a file.` : `Cannot read ${path}: ${(e as Error).message}`);
  }
}

async function runJsonl(profile: Profile | null): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failures = 0;
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const item = JSON.parse(line) as { id?: unknown; text?: unknown; html?: unknown; url?: unknown };
      id = item.id ?? null;
      if (typeof item.text !== 'string' && typeof item.html !== 'string') throw new CliError('each line needs "text" or "html"');
      const analysis = analyzeSource(
        { text: typeof item.text === 'string' ? item.text : undefined, html: typeof item.html === 'string' ? item.html : undefined, url: typeof item.url === 'string' ? item.url : null },
        profile,
      );
      process.stdout.write(JSON.stringify({ id, ...analysis }) + '\n');
    } catch (e) {
      failures++;
      const why = e instanceof SyntaxError ? `line ${n} is not valid JSON` : (e as Error).message;
      process.stdout.write(JSON.stringify({ id, error: why }) + '\n');
    }
  }
  return failures;
}

/** Run the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.resume) {
    let data: Buffer;
    try {
      data = await readFile(args.resume);
    } catch {
      throw new CliError(`No such file: ${args.resume}`);
    }
    const text = await readResumeFile(data, args.resume);
    const draft = draftProfile(text);
    process.stdout.write(args.json ? JSON.stringify(draft, null, 2) + '\n' : formatResume(draft));
    return 0;
  }
  const profile = args.profile ? parseProfile(await readText(args.profile), args.profile) : null;
  if (args.jsonl) {
    await runJsonl(profile);
    return 0;
  }
  const file = args.file!;
  const raw = await readText(file);
  const isHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(raw);
  const analysis = analyzeSource(isHtml ? { html: raw, url: args.url } : { text: raw, url: args.url }, profile);
  process.stdout.write(args.json ? JSON.stringify(analysis, null, 2) + '\n' : formatReport(analysis));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      const known = e instanceof CliError || (e as { name?: string }).name === 'ResumeError';
      process.stderr.write(`jd-lens: ${known ? (e as Error).message : `unexpected error: ${(e as Error).stack ?? String(e)}`}\n`);
      process.exit(known ? 2 : 1);
    },
  );
}
