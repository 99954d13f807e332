/**
 * Resume import for Node (the CLI, tests): `readResumeFile` reads PDFs with pdfjs's legacy
 * build on the main thread. Extension pages import ./browser.ts instead.
 */
import { nodePdfEngine } from './pdf-node';
import type { ReadOptions } from './read';
import { readResumeFileWith } from './read';

export * from './index';

/** Text of a resume file (PDF, DOCX, plain text); throws ResumeError with a user-readable message. */
export function readResumeFile(data: ArrayBuffer | Uint8Array, fileName: string, opts?: ReadOptions): Promise<string> {
  return readResumeFileWith(nodePdfEngine, data, fileName, opts);
}
