/**
 * Tokens on the raw string (../shared/notes/compromise.md §1.3): C#, C++, Node.js, .NET and
 * ASP.NET stay whole; '/' and '-' split tokens. Offsets are UTF-16 indices into the text.
 */
export const TOKEN_RE = /[\p{L}\p{N}#+]+(?:\.[\p{L}\p{N}#+]+)*|\.[\p{L}][\p{L}\p{N}]*/gu;

/** Between two tokens of one multi-word term: a few spaces, or one hyphen, slash or ampersand ("P&ID", "S&OP"). */
export const JOIN_RE = /^(?:[ \t\u00a0]{1,3}|[ \t\u00a0]?[-/&\u2010\u2011\u2013][ \t\u00a0]?)$/;

export interface Tokens {
  start: number[];
  end: number[];
  /** lower-cased text of each token */
  low: string[];
}

/**
 * Splits `text` into tokens. A dotted token the dictionary does not know as a whole
 * ("C#.NET", "Java.Must") is split at its dots, so that its parts can still match.
 */
export function tokenize(text: string, knowsWhole?: (low: string) => boolean): Tokens {
  // Hand-rolled equivalent of TOKEN_RE: about 3x faster than the regex on long postings.
  const t: Tokens = { start: [], end: [], low: [] };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWord(c)) {
      const from = i;
      let dotted = false;
      i++;
      for (;;) {
        while (i < n && isWord(text.charCodeAt(i))) i++;
        if (i + 1 < n && text.charCodeAt(i) === 46 && isWord(text.charCodeAt(i + 1))) {
          dotted = true;
          i++;
          continue;
        }
        break;
      }
      const raw = text.slice(from, i);
      const low = raw.toLowerCase();
      if (dotted && knowsWhole && !knowsWhole(low)) {
        // "C#.NET" -> "C#", ".NET": a part after a dot keeps its dot, like ".NET" on its own.
        let at = 0;
        for (const [k, part] of raw.split('.').entries()) {
          if (k === 0) push(t, part, from);
          else push(t, '.' + part, from + at - 1);
          at += part.length + 1;
        }
      } else if (knowsWhole && raw.length > 3 && !knowsWhole(low) && hasGlue(raw)) {
        // "detailParticipate", "requiredHigh": words glued by lost markup are split where a
        // lower-case letter meets a capitalised word. Known CamelCase names (JavaScript) stay whole.
        let from2 = 0;
        for (let k = 1; k < raw.length - 1; k++) {
          if (isGlue(raw, k)) {
            push(t, raw.slice(from2, k), from + from2);
            from2 = k;
          }
        }
        push(t, raw.slice(from2), from + from2);
      } else {
        t.start.push(from);
        t.end.push(i);
        t.low.push(low);
      }
    } else if (c === 46 && i + 4 < n && text.charCodeAt(i + 1) === 32 && /^net$/i.test(text.slice(i + 2, i + 5)) && !(i + 5 < n && isWord(text.charCodeAt(i + 5)))) {
      // ". NET": text whose punctuation was spaced out by an upstream tokenizer (SkillSpan)
      t.start.push(i);
      t.end.push(i + 5);
      t.low.push('.net');
      i += 5;
    } else if (c === 46 && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
      // ".NET": a dot that starts a word
      const from = i;
      i += 2;
      while (i < n && isLetterOrDigit(text.charCodeAt(i))) i++;
      const raw = text.slice(from, i);
      t.start.push(from);
      t.end.push(i);
      t.low.push(raw.toLowerCase());
    } else i++;
  }
  return t;
}

// Character classes for the tokenizer, computed lazily per code unit and cached:
// 1 unknown yet, 2 other, 3 letter, 4 digit, 5 '#' or '+'. Surrogates (emoji) are "other".
const CLASS = new Uint8Array(65536);
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
function classOf(c: number): number {
  const k = CLASS[c]!;
  if (k !== 0) return k;
  let v = 2;
  if (c === 35 || c === 43) v = 5;
  else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) v = 3;
  else if (c >= 48 && c <= 57) v = 4;
  else if (c > 127 && (c < 0xd800 || c > 0xdfff)) {
    const ch = String.fromCharCode(c);
    v = LETTER.test(ch) ? 3 : DIGIT.test(ch) ? 4 : 2;
  }
  CLASS[c] = v;
  return v;
}
function isWord(c: number): boolean {
  return classOf(c) >= 3;
}
function isLetter(c: number): boolean {
  return classOf(c) === 3;
}
function isLetterOrDigit(c: number): boolean {
  const k = classOf(c);
  return k === 3 || k === 4;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
/**
 * A capitalised word starts at k, glued to what precedes: a lower-case letter ("detailParticipate")
 * or an acronym of two or more capitals ("CPTKnowledge").
 */
function isGlue(raw: string, k: number): boolean {
  if (!isUpper(raw.charCodeAt(k)) || !isLower(raw.charCodeAt(k + 1))) return false;
  const p = raw.charCodeAt(k - 1);
  return isLower(p) || (k >= 2 && isUpper(p) && isUpper(raw.charCodeAt(k - 2)));
}

/** Some capitalised word inside the token is glued to what precedes it. */
function hasGlue(raw: string): boolean {
  for (let k = 1; k < raw.length - 1; k++) if (isGlue(raw, k)) return true;
  return false;
}

function push(t: Tokens, raw: string, at: number): void {
  if (!raw || raw === '.') return;
  t.start.push(at);
  t.end.push(at + raw.length);
  t.low.push(raw.toLowerCase());
}

/** Lower-cased tokens of a dictionary surface ("CI/CD" -> ["ci", "cd"]). */
export function surfaceTokens(surface: string): string[] {
  return (surface.match(TOKEN_RE) ?? []);
}
