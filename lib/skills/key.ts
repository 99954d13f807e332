/** LABELING.md's comparison key: lower-case, no spaces, dots, hyphens or slashes; + and # kept. */
export function skillKey(s: string): string {
  return s.toLowerCase().replace(/[\s.\-\u2010-\u2014/]+/g, '');
}
