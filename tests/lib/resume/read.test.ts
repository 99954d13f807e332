import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResumeError, readResumeFile } from '../../../lib/resume/node';

// Fixtures come from tests/fixtures/resumes/make.ts (npx tsx tests/fixtures/resumes/make.ts).
const dir = join(__dirname, '../../fixtures/resumes');
const fixture = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const EXPECTED = readFileSync(join(dir, 'resume.txt'), 'utf8').trim();
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e, 'readResumeFile must throw a ResumeError').toBeInstanceOf(ResumeError);
    expect((e as Error).message.length).toBeGreaterThan(20);
    return (e as ResumeError).code;
  }
  return 'no error';
}

describe('readResumeFile: text of each kind', () => {
  it.each([
    ['resume.pdf', 'a PDF with a text layer'],
    ['resume-owner-locked.pdf', 'a PDF with an /Encrypt dictionary but no user password'],
    ['resume.docx', 'a DOCX'],
    ['resume.txt', 'plain text'],
  ])('%s (%s) gives the resume lines in order', async (name) => {
    const text = await readResumeFile(fixture(name), name);
    expect(lines(text)).toEqual(lines(EXPECTED));
  });

  it('keeps the en dash of date ranges (WinAnsi in the PDF)', async () => {
    expect(await readResumeFile(fixture('resume.pdf'), 'resume.pdf')).toContain('Jan 2021 – Present');
  });

  it('accepts an ArrayBuffer and leaves the caller bytes usable', async () => {
    const bytes = fixture('resume.pdf');
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await readResumeFile(ab, 'resume.pdf');
    expect(new Uint8Array(ab).byteLength).toBe(bytes.byteLength);
    expect(await readResumeFile(ab, 'resume.pdf')).toContain('Jane Doe');
  });

  it('goes by magic bytes, not the file name', async () => {
    expect(await readResumeFile(fixture('resume.pdf'), 'download')).toContain('Senior Backend Engineer');
    expect(await readResumeFile(fixture('resume.docx'), 'resume')).toContain('Senior Backend Engineer');
  });

  it('reports progress from 0 to 1, page by page', async () => {
    const seen: [number, string][] = [];
    await readResumeFile(fixture('resume.pdf'), 'resume.pdf', { onProgress: (f, l) => seen.push([f, l]) });
    expect(seen[0]![0]).toBe(0);
    expect(seen.at(-1)).toEqual([1, 'Done']);
    expect(seen.map(([, l]) => l)).toContain('Reading page 1 of 1');
  });

  it.each([
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Zoë Müller\r\nPython')]), 'Zoë Müller\nPython'],
    ['UTF-16LE with a BOM', new Uint8Array([0xff, 0xfe, ...[...'Go, SQL'].flatMap((c) => [c.charCodeAt(0), 0])]), 'Go, SQL'],
    ['Windows-1252', new Uint8Array([0x5a, 0x6f, 0xeb, 0x20, 0x96, 0x20, 0x43, 0x23]), 'Zoë – C#'],
  ])('decodes plain text: %s', async (_, bytes, want) => {
    expect(await readResumeFile(bytes, 'cv.txt')).toBe(want);
  });
});

describe('readResumeFile: errors a user can act on', () => {
  it.each([
    ['resume-encrypted.pdf', 'encrypted'],
    ['resume-scan.pdf', 'image-only'],
    ['resume-truncated.pdf', 'broken'],
    ['resume-truncated.docx', 'broken'],
  ])('%s -> %s', async (name, code) => {
    expect(await codeOf(readResumeFile(fixture(name), name))).toBe(code);
  });

  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['garbage named .pdf', 'broken', enc('this is not a pdf at all'), 'resume.pdf'],
    ['garbage named .docx', 'broken', enc('this is not a zip'), 'resume.docx'],
    ['a zip cut after its first header', 'broken', fixture('resume-truncated.docx').slice(0, 4), 'resume.docx'],
    ['an old Word .doc', 'unsupported', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'resume.doc'],
    ['a password-protected .docx (OLE wrapper)', 'encrypted', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'resume.docx'],
    ['a zip named .odt', 'unsupported', fixture('resume.docx'), 'resume.odt'],
    ['an RTF file', 'unsupported', enc('{\\rtf1\\ansi Jane}'), 'resume.rtf'],
    ['a PNG photo of a resume', 'image-only', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'resume.png'],
    ['a binary blob', 'unsupported', new Uint8Array([1, 0, 2, 0, 3, 0]), 'resume.bin'],
    ['an empty file', 'empty', new Uint8Array(0), 'resume.pdf'],
    ['a text file of blanks', 'empty', enc(' \n\t\n '), 'resume.txt'],
  ])('%s -> %s', async (_, code, bytes, name) => {
    expect(await codeOf(readResumeFile(bytes, name))).toBe(code);
  });

  it('names the file and the way out in the message', async () => {
    await expect(readResumeFile(fixture('resume-encrypted.pdf'), 'cv.pdf')).rejects.toThrow(/cv\.pdf is password-protected.*paste the text/);
    await expect(readResumeFile(fixture('resume-scan.pdf'), 'scan.pdf')).rejects.toThrow(/scan\.pdf has no text layer/);
  });
});
