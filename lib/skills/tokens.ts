/**
 * Tokens on the raw string (../shared/notes/compromise.md §1.3): C#, C++, Node.js, .NET and
 * ASP.NET stay whole; '/' and '-' split tokens. Offsets are UTF-16 indices into the text.
 */
export const TOKEN_RE = /[\p{L}\p{N}#+]+(?:\.[\p{L}\p{N}#+]+)*|\.[\p{L}][\p{L}\p{N}]*/gu;

/** Between two tokens of one multi-word term: a few spaces, or one hyphen or slash. */
export const JOIN_RE = /^(?:[ \t\u00a0]{1,3}|[ \t\u00a0]?[-/\u2010\u2011\u2013][ \t\u00a0]?)$/;

export interface Tokens {
  start: number[];
  end: number[];
  /** original text of each token */
  raw: string[];
  /** lower-cased text of each token */
  low: string[];
}

/**
 * Splits `text` into tokens. A dotted token the dictionary does not know as a whole
 * ("C#.NET", "Java.Must") is split at its dots, so that its parts can still match.
 */
export function tokenize(text: string, knowsWhole?: (low: string) => boolean): Tokens {
  const t: Tokens = { start: [], end: [], raw: [], low: [] };
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const low = raw.toLowerCase();
    const dot = raw.indexOf('.', 1);
    if (dot > 0 && knowsWhole && !knowsWhole(low)) {
      // "C#.NET" -> "C#", ".NET": a part after a dot keeps its dot, like ".NET" on its own.
      let at = 0;
      for (const [i, part] of raw.split('.').entries()) {
        if (i === 0) push(t, part, m.index);
        else push(t, '.' + part, m.index + at - 1);
        at += part.length + 1;
      }
      continue;
    }
    t.start.push(m.index);
    t.end.push(m.index + raw.length);
    t.raw.push(raw);
    t.low.push(low);
  }
  return t;
}

function push(t: Tokens, raw: string, at: number): void {
  if (!raw || raw === '.') return;
  t.start.push(at);
  t.end.push(at + raw.length);
  t.raw.push(raw);
  t.low.push(raw.toLowerCase());
}

/** Lower-cased tokens of a dictionary surface ("CI/CD" -> ["ci", "cd"]). */
export function surfaceTokens(surface: string): string[] {
  return (surface.match(TOKEN_RE) ?? []);
}
