/**
 * Static scan of a built extension for network and code-evaluation call sites, and the list of
 * the library internals that are known to be safe. DESIGN.md: no network request from any
 * extension context, no remote code, no eval.
 */
import { isScript, listFiles, read } from './build';

export interface Sink {
  id: string;
  kind: 'network' | 'eval';
  re: RegExp;
}

/** What is looked for. Method calls (`x.fetch(`, `xref.fetch(`) are not the global APIs and are skipped. */
export const SINKS: Sink[] = [
  { id: 'fetch(', kind: 'network', re: /(?<![\w$.#])fetch\s*\(/g },
  { id: 'XMLHttpRequest', kind: 'network', re: /\bXMLHttpRequest\b/g },
  { id: 'WebSocket(', kind: 'network', re: /\bWebSocket\s*\(/g },
  { id: 'sendBeacon', kind: 'network', re: /\bsendBeacon\b/g },
  { id: 'EventSource(', kind: 'network', re: /\bEventSource\s*\(/g },
  { id: 'importScripts(', kind: 'network', re: /(?<![\w$.])importScripts\s*\(/g },
  { id: 'eval(', kind: 'eval', re: /(?<![\w$.#])eval\s*\(/g },
  { id: 'Function(', kind: 'eval', re: /(?<![\w$.#])Function\s*\(/g },
];

export interface KnownInternal {
  id: string;
  library: string;
  sink: Sink['id'];
  /** Only in these files (a library's own chunk). */
  file: RegExp;
  /** The code around the hit (±240 characters) that identifies it. */
  around: RegExp;
  why: string;
}

/**
 * Library internals that contain a sink but never reach the network with page data or evaluate
 * strings in JD Lens. Each is tied to its library's chunk and to the code around it, so a new
 * call site anywhere else fails the scan. The options page alone loads pdf.js and mammoth
 * (resume import), on demand; tests/budgets/bundle.test.ts proves no other context loads them.
 */
export const KNOWN_INTERNALS: KnownInternal[] = [
  {
    id: 'vite-modulepreload-polyfill',
    library: 'Vite',
    sink: 'fetch(',
    file: /^chunks\//,
    around: /rel=.?modulepreload|\.ep=!0;let \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)/,
    why: "Vite's modulepreload polyfill fetches the page's own <link rel=modulepreload> files (extension-relative URLs).",
  },
  {
    id: 'pdfjs-eval-feature-test',
    library: 'pdf.js',
    sink: 'Function(',
    file: /^(chunks\/pdf-|assets\/pdf\.worker)/,
    around: /try\{(?:return )?(?:new )?Function\((?:``|"")\)[;,]/,
    why: 'Feature test `new Function("")` in try/catch; JD Lens passes isEvalSupported: false (lib/resume/pdf-engine.ts) and the extension CSP forbids eval anyway.',
  },
  {
    id: 'pdfjs-postscript-compiler',
    library: 'pdf.js',
    sink: 'Function(',
    file: /^assets\/pdf\.worker/,
    around: /PostScriptCompiler/,
    why: 'Compiles PDF PostScript functions only when isEvalSupported, which JD Lens sets to false.',
  },
  {
    id: 'pdfjs-binary-fetch',
    library: 'pdf.js',
    sink: 'fetch(',
    file: /^(chunks\/pdf-|assets\/pdf\.worker)/,
    around: /statusText|cMapUrl|standardFontDataUrl|__wbg_load|mode:`cors`|binaryDataFactory|_fetch/,
    why: 'Loads PDFs, CMaps, fonts and wasm by URL; JD Lens passes the file as bytes (`data`) with useWorkerFetch, disableAutoFetch, disableStream, disableRange (SAFE_PDF_OPTIONS) and no URLs.',
  },
  {
    id: 'pdfjs-xref-fetch',
    library: 'pdf.js',
    sink: 'fetch(',
    file: /^assets\/pdf\.worker/,
    around: /XRefWrapper|fetchIfRef\(e,t=!1\)\{return e instanceof Ref\?this\.fetch/,
    why: 'Method definitions `XRef.fetch(ref)` and `XRefWrapper.fetch(ref)`: they read objects out of the PDF bytes already in memory.',
  },
  {
    id: 'pdfjs-xhr',
    library: 'pdf.js',
    sink: 'XMLHttpRequest',
    file: /^(chunks\/pdf-|assets\/pdf\.worker)/,
    around: /responseType|onreadystatechange|validateStatus/,
    why: 'XHR fallbacks of the same URL loaders (document ranges, fetchSync for CMaps); unused when the PDF is given as bytes.',
  },
  {
    id: 'underscore-global',
    library: 'underscore (via mammoth)',
    sink: 'Function(',
    file: /^chunks\//,
    around: /Function\(`return this`\)\(\)/,
    why: 'The global-object fallback `Function("return this")()`, reached only where neither `self` nor `global` exists.',
  },
  {
    id: 'underscore-template',
    library: 'underscore (via mammoth)',
    sink: 'Function(',
    file: /^chunks\//,
    around: /__p\+=__j\.call\(arguments/,
    why: "`_.template` compiles templates with Function(); mammoth never calls it with page or resume data, and the extension CSP blocks it.",
  },
  {
    id: 'setimmediate-polyfill',
    library: 'setimmediate (via mammoth/jszip)',
    sink: 'Function(',
    file: /^chunks\//,
    around: /setImmediate=function\(\w+\)\{typeof \w+!=`function`&&\(\w+=Function\(``\+\w+\)\)/,
    why: 'Wraps a string callback in Function(); its callers pass functions only.',
  },
];

/** Strings only compromise's code and lexicon carry: none may appear in the content script. */
export const COMPROMISE_SIGNATURES = ['compromise: Invalid tag', 'PhrasalVerb', 'Copula', 'toInfinitive'];

export interface Hit {
  file: string;
  sink: Sink;
  index: number;
  context: string;
  known: KnownInternal | null;
}

/** Every sink in a build's scripts, each matched against the known internals. */
export function scan(dir: string): Hit[] {
  const hits: Hit[] = [];
  for (const file of listFiles(dir).filter(isScript)) {
    const code = read(dir, file);
    for (const sink of SINKS) {
      for (const m of code.matchAll(sink.re)) {
        const context = code.slice(Math.max(0, m.index - 240), m.index + 240);
        const known = KNOWN_INTERNALS.find((k) => k.sink === sink.id && k.file.test(file) && k.around.test(context)) ?? null;
        hits.push({ file, sink, index: m.index, context, known });
      }
    }
  }
  return hits;
}
