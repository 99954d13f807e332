export { ResumeError } from './errors';
export type { ResumeErrorCode } from './errors';
export { readResumeFileWith, detectKind } from './read';
