/**
 * Resume import for extension pages (options page): `readResumeFile` reads PDFs with pdfjs
 * and its bundled worker, loaded on first use. The CLI imports ./node.ts instead.
 */
import { browserPdfEngine } from './pdf-browser';
import type { ReadOptions } from './read';
import { readResumeFileWith } from './read';

export * from './index';

/** Text of a resume file (PDF, DOCX, plain text); throws ResumeError with a user-readable message. */
export function readResumeFile(data: ArrayBuffer | Uint8Array, fileName: string, opts?: ReadOptions): Promise<string> {
  return readResumeFileWith(browserPdfEngine, data, fileName, opts);
}
