import { JOIN_RE, surfaceTokens, tokenize, type Tokens } from './tokens';

/** What a dictionary surface resolves to once all its tokens matched. */
export interface TrieOut<T> {
  value: T;
  /** exact original tokens when the surface is case-sensitive ("R", "Go", "REST") */
  exact: string[] | null;
  /** the surface is a common English word: the caller's guard decides */
  ambiguous: boolean;
  /** the surface names a generic class: counts only in a list or alone on its line (scan.ts) */
  generic?: boolean;
}

interface Node<T> {
  next?: Map<string, Node<T>>;
  out?: TrieOut<T>[];
}

/** A hit: tokens [first, last] of `tokens` matched `out`. */
export interface TrieHit<T> {
  start: number;
  end: number;
  first: number;
  last: number;
  out: TrieOut<T>;
}

/** A token trie over lower-cased tokens (Map of Maps); greedy leftmost-longest scan. */
export class TokenTrie<T> {
  private root = new Map<string, Node<T>>();
  /** every token of every key, at any depth */
  private vocab = new Set<string>();

  /** Adds one surface; returns false when it has no tokens. */
  add(surface: string, value: T, opts: { exact?: boolean; ambiguous?: boolean; generic?: boolean } = {}): boolean {
    const toks = surfaceTokens(surface);
    if (!toks.length) return false;
    let level = this.root;
    let node: Node<T> | undefined;
    for (const tok of toks) {
      const low = tok.toLowerCase();
      this.vocab.add(low);
      node = level.get(low);
      if (!node) level.set(low, (node = {}));
      level = node.next ??= new Map();
    }
    const out: TrieOut<T> = { value, exact: opts.exact ? toks : null, ambiguous: !!opts.ambiguous };
    if (opts.generic) out.generic = true;
    (node!.out ??= []).push(out);
    return true;
  }

  /** True when a lower-cased token occurs in some key ("node.js", "sharepoint"). */
  hasToken(low: string): boolean {
    return this.vocab.has(low);
  }

  /** Tokenizes `text` the way this trie needs it: known dotted or CamelCase tokens stay whole. */
  tokenize(text: string): Tokens {
    return tokenize(text, (low) => this.vocab.has(low));
  }

  /**
   * Leftmost-longest hits. `accept` may veto a candidate (then a shorter one at the same
   * start is tried). Linear in the number of tokens times the depth of the longest term.
   */
  scan(text: string, tokens: Tokens, accept?: (hit: TrieHit<T>) => boolean): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    const { start, end, low } = tokens;
    const n = low.length;
    const cands: TrieHit<T>[] = [];
    for (let i = 0; i < n; ) {
      cands.length = 0;
      let level: Map<string, Node<T>> | undefined = this.root;
      for (let j = i; j < n && level; j++) {
        if (j > i && !JOIN_RE.test(text.slice(end[j - 1]!, start[j]!))) break;
        const node: Node<T> | undefined = level.get(low[j]!);
        if (!node) break;
        if (node.out) {
          for (const out of node.out) {
            if (out.exact && !sameTokens(text, start, end, i, out.exact)) continue;
            cands.push({ start: start[i]!, end: end[j]!, first: i, last: j, out });
          }
        }
        level = node.next;
      }
      let taken: TrieHit<T> | undefined;
      for (let k = cands.length - 1; k >= 0; k--) {
        const c = cands[k]!;
        if (!accept || accept(c)) {
          taken = c;
          break;
        }
      }
      if (taken) {
        hits.push(taken);
        i = taken.last + 1;
      } else i++;
    }
    return hits;
  }
}

/** The original text of tokens i.. equals the case-sensitive surface's tokens. */
function sameTokens(text: string, start: number[], end: number[], i: number, exact: string[]): boolean {
  for (let k = 0; k < exact.length; k++) if (text.slice(start[i + k], end[i + k]) !== exact[k]) return false;
  return true;
}
