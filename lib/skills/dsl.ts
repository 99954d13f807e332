import type { RawSkill } from './types';

/**
 * Parses the curated table (curated.ts). One skill per line:
 *
 *   @category                      sets the category of the lines below
 *   Name | alias, alias > Implied, Implied
 *
 * Surface markers, on the name or any alias:
 *   `=X`  X matches only with exactly this capitalisation ("=R", "=Go", "=REST")
 *   `X!`  X is a common English word: the ambiguity guard decides each hit ("Spring!", "Go!")
 *   `~X`  X resolves through getSkill() but is never scanned in text ("~testing")
 *   `^X`  X names a generic class ("^algorithms", "^UI"): it counts only in an explicit list of
 *         skills or alone on its line (scan.ts), never as the head of a compound
 * `#` starts a comment line.
 */
export function parseCurated(src: string): RawSkill[] {
  const out: RawSkill[] = [];
  let category = 'other';
  for (const rawLine of src.split('\n')) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('@')) {
      category = line.slice(1).trim();
      continue;
    }
    const [left, right = ''] = splitOnce(line, ' > ');
    const [namePart, aliasPart = ''] = splitOnce(left, '|');
    const surfaces = [namePart, ...aliasPart.split(',')].map((s) => s.trim()).filter(Boolean);
    const entry: RawSkill = { n: '', c: category };
    const aliases: string[] = [];
    surfaces.forEach((raw, idx) => {
      let s = raw;
      let cs = false;
      let amb = false;
      let quiet = false;
      let generic = false;
      for (;;) {
        if (s.startsWith('~')) (quiet = true), (s = s.slice(1));
        else if (s.startsWith('=')) (cs = true), (s = s.slice(1));
        else if (s.startsWith('^')) (generic = true), (s = s.slice(1));
        else break;
      }
      if (s.endsWith('!')) (amb = true), (s = s.slice(0, -1));
      s = s.trim();
      if (idx === 0) entry.n = s;
      else if (quiet) (entry.q ??= []).push(s);
      else aliases.push(s);
      if (cs) (entry.s ??= []).push(s);
      if (amb) (entry.x ??= []).push(s);
      if (generic) (entry.g ??= []).push(s);
    });
    if (aliases.length) entry.a = aliases;
    const implies = right.split(',').map((s) => s.trim()).filter(Boolean);
    if (implies.length) entry.i = implies;
    out.push(entry);
  }
  return out;
}

function splitOnce(s: string, sep: string): [string, string?] {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + sep.length)];
}
