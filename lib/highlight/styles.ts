/**
 * How each highlight kind looks. Meaning never rests on colour alone: the underline style
 * says the level (solid = required, dashed = preferred, dotted = mentioned, wavy = red flag)
 * and have / missing differ by fill strength and underline thickness. Tints are translucent,
 * so page text keeps its own colour on light and dark pages alike; the dark variant only
 * brightens the underlines and strengthens the fills.
 */
import type { HighlightKind } from './index';

interface Look {
  line: 'solid' | 'dashed' | 'dotted' | 'wavy';
  thickness: string;
  light: [underline: string, fill: string];
  dark: [underline: string, fill: string];
}

/** The look of each kind: underline style and thickness, light and dark colours. */
export const LOOKS: Record<HighlightKind, Look> = {
  'required-have': { line: 'solid', thickness: '2px', light: ['#15803d', 'rgba(22,163,74,.22)'], dark: ['#4ade80', 'rgba(74,222,128,.26)'] },
  'required-missing': { line: 'solid', thickness: '3px', light: ['#b91c1c', 'rgba(220,38,38,.10)'], dark: ['#f87171', 'rgba(248,113,113,.16)'] },
  'preferred-have': { line: 'dashed', thickness: '2px', light: ['#15803d', 'rgba(22,163,74,.16)'], dark: ['#4ade80', 'rgba(74,222,128,.20)'] },
  'preferred-missing': { line: 'dashed', thickness: '3px', light: ['#b45309', 'rgba(217,119,6,.08)'], dark: ['#fbbf24', 'rgba(251,191,36,.12)'] },
  mentioned: { line: 'dotted', thickness: '2px', light: ['#1d4ed8', 'transparent'], dark: ['#93c5fd', 'transparent'] },
  flag: { line: 'wavy', thickness: '2px', light: ['#dc2626', 'rgba(220,38,38,.14)'], dark: ['#fca5a5', 'rgba(248,113,113,.22)'] },
};

/**
 * The item keyboard navigation is on ('jdl-current', drawn above every kind): a strong fill
 * only, so the kind's own underline still shows through and says what it is.
 */
export const CURRENT_LOOK = { light: 'rgba(250,204,21,.55)', dark: 'rgba(250,204,21,.38)' };

function rules(theme: 'light' | 'dark'): string {
  return (Object.keys(LOOKS) as HighlightKind[])
    .map((kind) => {
      const look = LOOKS[kind];
      const [line, fill] = look[theme];
      const decl = `background-color:${fill};text-decoration:underline ${look.line} ${line};text-decoration-thickness:${look.thickness};text-decoration-skip-ink:none;`;
      return `::highlight(jdl-${kind}){${decl}}\nmark.jdl-mark.jdl-${kind}{${decl}}`;
    })
    .concat(`::highlight(jdl-current){background-color:${CURRENT_LOOK[theme]};}`)
    .join('\n');
}

/**
 * The stylesheet: ::highlight(jdl-<kind>) and the <mark> fallback. 'auto' gives light rules
 * plus a prefers-color-scheme: dark block (for a static content CSS file); paintHighlights
 * picks 'light' or 'dark' from the page's own background instead.
 */
export function highlightCss(theme: 'light' | 'dark' | 'auto' = 'auto'): string {
  const base = 'mark.jdl-mark{color:inherit;padding:0;border-radius:2px;text-underline-offset:2px;}';
  if (theme !== 'auto') return `${base}\n${rules(theme)}`;
  return `${base}\n${rules('light')}\n@media (prefers-color-scheme: dark){\n${rules('dark')}\n}`;
}

/** True when the page paints a dark background (whatever the OS scheme says). */
export function isDarkPage(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+))?/.exec(view.getComputedStyle(el).backgroundColor);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
  }
  // A transparent page shows the canvas, which is dark only if the page opted into dark schemes.
  const scheme = doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  return /dark/.test(scheme) && (view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
}

const adopted = new WeakMap<Document, CSSStyleSheet>();

/**
 * Add the styles to the document once, as an adopted stylesheet (no element is inserted).
 * Returns false where that is impossible (old engines, Firefox Xray refusals): then the
 * content script must ship highlightCss('auto') itself.
 */
export function ensureStyles(doc: Document): boolean {
  if (adopted.has(doc)) return true;
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (!Sheet || !('adoptedStyleSheets' in doc)) return false;
    const sheet = new Sheet();
    sheet.replaceSync(highlightCss(isDarkPage(doc) ? 'dark' : 'light'));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    adopted.set(doc, sheet);
    return true;
  } catch {
    return false;
  }
}
