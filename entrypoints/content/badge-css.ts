/** Styles of the in-page badge, inside its shadow root (light and dark). */
export const BADGE_CSS = `
:host { all: initial; }
.jdl-root { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; font: 13px/1.35 system-ui, sans-serif; color-scheme: light dark; }
.jdl-pill { display: flex; align-items: center; gap: 8px; padding: 6px 8px 6px 12px; border-radius: 999px;
  background: #0f172a; color: #f8fafc; box-shadow: 0 4px 16px rgb(0 0 0 / .25); max-width: min(90vw, 640px); flex-wrap: wrap; }
.jdl-brand { font-weight: 700; letter-spacing: .01em; }
.jdl-score { font-weight: 700; font-size: 15px; }
.jdl-muted { color: #cbd5e1; }
.jdl-saved { color: #86efac; font-weight: 600; }
.jdl-warn { color: #fde68a; }
button { font: inherit; color: #0f172a; background: #e2e8f0; border: 0; border-radius: 999px; padding: 3px 10px; cursor: pointer; }
button:hover { background: #fff; }
button:focus-visible { outline: 2px solid #93c5fd; outline-offset: 2px; }
.jdl-close { background: transparent; color: #e2e8f0; font-size: 16px; padding: 0 6px; }
.jdl-card { position: fixed; max-width: 320px; padding: 6px 10px; border-radius: 6px; background: #111827; color: #f9fafb;
  border: 1px solid #374151; box-shadow: 0 4px 12px rgb(0 0 0 / .3); pointer-events: none; transform: translate(-50%, calc(-100% - 10px)); }
.jdl-nav { display: inline-flex; align-items: center; gap: 2px; }
.jdl-step { padding: 1px 8px; font-size: 15px; line-height: 1.2; }
.jdl-step:disabled { opacity: .45; cursor: default; }
.jdl-count { min-width: 3.2em; text-align: center; font-variant-numeric: tabular-nums; }
.jdl-card[data-via=focus] { border-color: #facc15; }
.jdl-card[data-below] { transform: translate(-50%, 10px); }
.jdl-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: light) {
  .jdl-pill { background: #ffffff; color: #0f172a; border: 1px solid #cbd5e1; }
  .jdl-muted { color: #475569; }
  .jdl-saved { color: #15803d; }
  .jdl-warn { color: #92400e; }
  button { background: #0f172a; color: #f8fafc; }
  button:hover { background: #334155; }
  .jdl-close { background: transparent; color: #334155; }
}
`;
