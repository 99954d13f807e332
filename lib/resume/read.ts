import { ResumeError, resumeError } from './errors';
import type { PdfEngine } from './pdf-engine';
import { SAFE_PDF_OPTIONS } from './pdf-engine';

export type ResumeKind = 'pdf' | 'docx' | 'text';

export interface ReadOptions {
  /** Called as reading advances: fraction 0..1 and a short label ("Reading page 2 of 3"). */
  onProgress?: (fraction: number, label: string) => void;
}

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ext = (name: string) => /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase() ?? '';
const TEXT_EXT = new Set(['txt', 'text', 'md', 'markdown', '']);
const IMAGE_EXT = new Set(['png', 'jpg', 'jpeg', 'gif', 'tif', 'tiff', 'bmp', 'webp', 'heic']);

/** The kind of a resume file from its magic bytes first, then its name; throws for what can't be read. */
export function detectKind(b: Uint8Array, fileName: string): ResumeKind {
  const e = ext(fileName);
  // %PDF- may follow some junk bytes (the spec tolerates up to 1024).
  const head = String.fromCharCode(...b.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) {
    if (e === 'docx' || e === 'docm' || e === 'dotx' || e === '') return 'docx';
    throw resumeError('unsupported', fileName);
  }
  // OLE compound file: a Word 97-2003 .doc, or a password-protected .docx (Office wraps those).
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw resumeError(e === 'docx' ? 'encrypted' : 'unsupported', fileName);
  }
  const isImage =
    startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || startsWith(b, [0xff, 0xd8, 0xff]) || startsWith(b, [0x47, 0x49, 0x46, 0x38]) ||
    startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]);
  if (isImage || IMAGE_EXT.has(e)) throw resumeError('image-only', fileName);
  if (e === 'pdf' || e === 'docx') throw resumeError('broken', fileName);
  if (head.startsWith('{\\rtf')) throw resumeError('unsupported', fileName);
  if (TEXT_EXT.has(e) || looksLikeText(b)) return 'text';
  throw resumeError('unsupported', fileName);
}

function looksLikeText(b: Uint8Array): boolean {
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return true;
  return !b.subarray(0, 4096).includes(0);
}

/** Plain text from bytes: UTF-8 (or UTF-16 with a BOM), falling back to Windows-1252. */
export function decodeText(b: Uint8Array): string {
  if (startsWith(b, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (startsWith(b, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(b.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    return decodeCp1252(b);
  }
}

// 0x80-0x9F of Windows-1252 (Node's TextDecoder treats the label as Latin-1 and gets these wrong).
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function decodeCp1252(b: Uint8Array): string {
  let out = '';
  for (const x of b) out += x >= 0x80 && x <= 0x9f ? CP1252[x - 0x80] : String.fromCharCode(x);
  return out;
}

/** Tidies extracted text: one kind of newline and space, no runs of blank lines. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\u00ad|\u200b|\ufeff/g, '')
    .replace(/[ ]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Text of a resume file (PDF, DOCX or plain text), with the PDF engine of the environment.
 * Callers use readResumeFile from ./browser.ts or ./node.ts, which supply the engine.
 */
export async function readResumeFileWith(
  engine: PdfEngine,
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  opts: ReadOptions = {},
): Promise<string> {
  const progress = opts.onProgress ?? (() => {});
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw resumeError('empty', fileName);
  progress(0, 'Reading file');
  const kind = detectKind(bytes, fileName);
  let text: string;
  if (kind === 'pdf') text = await readPdf(engine, bytes, fileName, progress);
  else if (kind === 'docx') text = await readDocx(bytes, fileName);
  else text = decodeText(bytes);
  text = tidy(text);
  if (!text) throw resumeError('empty', fileName);
  progress(1, 'Done');
  return text;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

async function readPdf(engine: PdfEngine, bytes: Uint8Array, fileName: string, progress: (f: number, l: string) => void): Promise<string> {
  const pdfjs = await engine();
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    // pdfjs transfers the buffer to its worker and refuses Node Buffers: give it a plain copy.
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), ...SAFE_PDF_OPTIONS }).promise;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    throw resumeError(name === 'PasswordException' ? 'encrypted' : 'broken', fileName, e);
  }
  try {
    const pages: string[] = [];
    let images = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      progress((i - 1) / doc.numPages, `Reading page ${i} of ${doc.numPages}`);
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      const pageText = linesOf((content.items as object[]).filter((it): it is TextItemLike => 'str' in it));
      pages.push(pageText);
      if (!pageText.trim()) images += await countImages(pdfjs.OPS as unknown as Record<string, number>, page);
      page.cleanup();
    }
    const text = pages.join('\n\n');
    // Pages that draw (images, or text turned into outlines) but carry no text layer: a scan.
    if (!text.trim()) throw resumeError(images > 0 ? 'image-only' : 'empty', fileName);
    return text;
  } catch (e) {
    if (e instanceof ResumeError) throw e;
    throw resumeError('broken', fileName, e);
  } finally {
    await doc.destroy();
  }
}

/** Rebuilds lines from positioned text items: a new line when the baseline moves, a space at a gap. */
function linesOf(items: TextItemLike[]): string {
  let out = '';
  let lastY: number | null = null;
  let lastEnd: number | null = null;
  for (const it of items) {
    const x = it.transform[4] ?? 0;
    const y = it.transform[5] ?? 0;
    const h = Math.abs(it.height || it.transform[3] || 10);
    if (lastY !== null && Math.abs(y - lastY) > Math.max(2, h * 0.5)) {
      if (!out.endsWith('\n')) out += '\n';
      // A jump of two lines or more is a blank line between blocks (sections stay apart).
      if (Math.abs(y - lastY) > h * 2.2 && !out.endsWith('\n\n')) out += '\n';
    } else if (lastEnd !== null && x - lastEnd > h * 0.15 && !/\s$/.test(out) && !/^\s/.test(it.str)) {
      out += ' ';
    }
    out += it.str;
    if (it.hasEOL) out += '\n';
    lastY = y;
    lastEnd = x + (it.width || 0);
  }
  return out;
}

/** Image and path painting operations on a page: tells a scan (image-only) from a blank page. */
async function countImages(ops: Record<string, number> = {}, page: { getOperatorList(): Promise<{ fnArray: number[] }> }): Promise<number> {
  const imageOps = new Set(
    ['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintImageXObjectRepeat', 'paintInlineImageXObjectGroup', 'paintImageMaskXObjectGroup', 'constructPath']
      .map((k) => ops[k])
      .filter((v): v is number => typeof v === 'number'),
  );
  try {
    const list = await page.getOperatorList();
    return list.fnArray.filter((f) => imageOps.has(f)).length;
  } catch {
    return 1; // Could not tell: a page with no text is most likely a scan.
  }
}

async function readDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  // CommonJS module: its functions sit on the namespace or on `default`, depending on the loader.
  const mod = (await import('mammoth')) as unknown as Partial<MammothLike> & { default?: MammothLike };
  const mammoth: MammothLike = typeof mod.extractRawText === 'function' ? (mod as MammothLike) : mod.default!;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    // Node's mammoth reads `buffer`, its browser build reads `arrayBuffer`: give both.
    const { value } = await mammoth.extractRawText({ arrayBuffer, buffer: bytes });
    // mammoth ends every paragraph with a blank line; a resume reads better one line per paragraph.
    return value.replace(/\n\n/g, '\n');
  } catch (e) {
    throw resumeError('broken', fileName, e);
  }
}

interface MammothLike {
  extractRawText(input: { arrayBuffer: ArrayBuffer; buffer: Uint8Array }): Promise<{ value: string }>;
}
