/** Display helpers for page and resume text (no taxonomy: the popup and side panel stay small). */

/** Spaces and list bullets at the start of a line. */
export const LEADING_BULLET = /^[\s\-–—•*▪●◦·]+/u;

/** A resume or posting line for display, without its list bullet ("- Built …", "• Strong …"). */
export function cleanLine(line: string): string {
  return line.replace(LEADING_BULLET, '').trim();
}
