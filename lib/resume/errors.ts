/** Why a resume file could not be read; `code` lets the UI pick its own wording or action. */
export type ResumeErrorCode = 'encrypted' | 'image-only' | 'broken' | 'unsupported' | 'empty';

/** A resume file that cannot be read, with a message the user can act on. */
export class ResumeError extends Error {
  readonly code: ResumeErrorCode;
  constructor(code: ResumeErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ResumeError';
    this.code = code;
  }
}

/** The user-readable message for each code (the file name is filled in). */
export const MESSAGES: Record<ResumeErrorCode, (file: string) => string> = {
  encrypted: (f) => `${f} is password-protected. Save an unprotected copy (Print > Save as PDF) and import that, or paste the text.`,
  'image-only': (f) =>
    `${f} has no text layer: it looks like a scan or an image. Export the resume from your editor as a PDF or DOCX with text, or paste the text.`,
  broken: (f) => `${f} could not be read: the file looks damaged or incomplete. Export it again, or paste the text.`,
  unsupported: (f) => `${f} is not a format JD Lens can read. Use a PDF, a DOCX (Word 2007 or later) or a plain text file, or paste the text.`,
  empty: (f) => `${f} contains no text.`,
};

/** A ResumeError with the standard message for its code. */
export function resumeError(code: ResumeErrorCode, fileName: string, cause?: unknown): ResumeError {
  return new ResumeError(code, MESSAGES[code](fileName || 'The file'), cause === undefined ? undefined : { cause });
}
