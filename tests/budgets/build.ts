/**
 * Reading a built extension (.output/<target>): its files, its manifest, and which JavaScript
 * each entry (background, content script, each page) loads, statically or on demand. Shared by
 * tests/budgets/*.test.ts and scripts/check-budgets.ts; plain Node, no build step.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TARGETS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'] as const;
export type Target = (typeof TARGETS)[number];

export const buildDir = (target: string) => path.join(ROOT, '.output', target);
export const hasBuild = (target: string) => existsSync(path.join(buildDir(target), 'manifest.json'));

/** Every file of a build, as paths relative to its folder ("chunks/popup-XXXX.js"). */
export function listFiles(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(dir, sub)).sort()) {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}

export const isScript = (file: string) => /\.m?js$/.test(file);
export const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
export const size = (dir: string, file: string) => statSync(path.join(dir, file)).size;

export interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  web_accessible_resources?: unknown[];
  content_security_policy?: unknown;
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  side_panel?: { default_path?: string };
  sidebar_action?: { default_panel?: string };
  options_ui?: { page?: string };
}

export function manifest(dir: string): Manifest {
  return JSON.parse(read(dir, 'manifest.json')) as Manifest;
}

/** Relative imports in a built module: static (`from"./x.js"`, `import"./x.js"`) and dynamic (`import("./x.js")`). */
function importsOf(code: string): { stat: string[]; dyn: string[] } {
  const stat = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]/g)].map((m) => m[1]!);
  const dyn = [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`$]+\.m?js)["'`]\s*\)/g)].map((m) => m[1]!);
  return { stat, dyn };
}

/** The scripts an HTML page loads first: its module script and modulepreloads. */
function scriptsOfHtml(html: string): string[] {
  const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return srcs.map((s) => s.replace(/^\//, ''));
}

export interface EntryGraph {
  /** Loaded at once (the entry, its static imports, the page's preloads). */
  initial: string[];
  /** Loaded only on demand (dynamic imports reachable from the entry). */
  lazy: string[];
}

/** The JavaScript an entry loads: `file` is a script (background.js) or a page (popup.html). */
export function entryGraph(dir: string, file: string): EntryGraph {
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const walk = (f: string, into: Set<string>) => {
    if (initial.has(f) || into.has(f) || !existsSync(path.join(dir, f))) return;
    into.add(f);
    const { stat, dyn } = importsOf(read(dir, f));
    const base = path.posix.dirname(f);
    for (const s of stat) walk(path.posix.normalize(path.posix.join(base, s)), into);
    for (const d of dyn) walk(path.posix.normalize(path.posix.join(base, d)), lazy);
  };
  const starts = file.endsWith('.html') ? scriptsOfHtml(read(dir, file)) : [file];
  for (const s of starts) walk(s, initial);
  for (const f of initial) lazy.delete(f);
  return { initial: [...initial], lazy: [...lazy] };
}

/** The manifest's entries: what runs in each extension context. */
export function entries(dir: string): Record<string, string> {
  const m = manifest(dir);
  const out: Record<string, string> = {};
  const bg = m.background?.service_worker ?? m.background?.scripts?.[0];
  if (bg) out.background = bg;
  const cs = m.content_scripts?.[0]?.js?.[0];
  if (cs) out['content script'] = cs;
  const popup = m.action?.default_popup ?? m.browser_action?.default_popup;
  if (popup) out.popup = popup;
  const panel = m.side_panel?.default_path ?? m.sidebar_action?.default_panel;
  if (panel) out['side panel'] = panel;
  if (existsSync(path.join(dir, 'tracker.html'))) out.tracker = 'tracker.html';
  if (m.options_ui?.page) out.options = m.options_ui.page;
  return out;
}
