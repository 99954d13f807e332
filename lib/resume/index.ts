/**
 * lib/resume: PDF / DOCX / text -> the text of a resume -> a profile draft. Platform-neutral
 * parts only; `readResumeFile` comes from ./browser.ts (extension pages) or ./node.ts (CLI).
 */
export { ResumeError, MESSAGES as RESUME_ERROR_MESSAGES } from './errors';
export type { ResumeErrorCode } from './errors';
export { readResumeFileWith, detectKind } from './read';
export type { ReadOptions, ResumeKind } from './read';
export type { PdfEngine } from './pdf-engine';
export { draftProfile, profileFromDraft } from './draft';
export type { ResumeDraft } from './draft';
