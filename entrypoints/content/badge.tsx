import { render } from 'preact';
import type { TabState } from '@/lib/messaging';
import { BADGE_CSS } from './badge-css';

/** The card over a highlight: what it is, where to show it, and whether hover or the keyboard opened it. */
export interface Card {
  label: string;
  x: number;
  y: number;
  /** 'focus' when keyboard navigation opened it (then it stays until the next move). */
  via: 'hover' | 'focus';
  /** Show it under (x, y) instead of above: the word is near the top of the viewport. */
  below?: boolean;
}

export interface BadgeProps {
  state: TabState | null;
  highlightCount: number;
  highlightsVisible: boolean;
  card: Card | null;
  /** Keyboard navigation: 0-based index of the current highlight, or -1 before the first move. */
  cursor: number;
  /** What the live region says (score on arrival, then each highlight moved to). */
  announce: string;
  onSave(): void;
  onToggleHighlights(): void;
  onClose(): void;
  /** Move to the next (+1) or previous (-1) highlight; 0 closes the card. */
  onMove(step: 1 | -1 | 0): void;
}

function savedLabel(state: TabState): string | null {
  const saved = state.saved;
  if (!saved) return null;
  if (saved.appliedAt) return `applied ${ago(saved.appliedAt)}`;
  return saved.status === 'saved' ? 'saved' : saved.status;
}

/** "3 weeks ago", "today": how long since a date, in words. */
export function ago(at: number, now = Date.now()): string {
  const days = Math.floor((now - at) / 86_400_000);
  if (days < 1) return 'today';
  if (days < 2) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  return `${Math.floor(days / 30)} months ago`;
}

/** Keys that move between highlights while focus is in the badge. */
const KEYS: Record<string, 1 | -1 | 0> = { ArrowRight: 1, ArrowDown: 1, j: 1, n: 1, ArrowLeft: -1, ArrowUp: -1, k: -1, p: -1, Escape: 0 };

function Badge(props: BadgeProps) {
  const { state, highlightCount, highlightsVisible, card, cursor, announce, onSave, onToggleHighlights, onClose, onMove } = props;
  const analysis = state?.analysis;
  const score = analysis?.match?.score;
  const saved = state ? savedLabel(state) : null;
  const canMove = highlightsVisible && highlightCount > 0;
  const onKeyDown = (e: KeyboardEvent) => {
    const step = KEYS[e.key];
    if (step === undefined || e.altKey || e.ctrlKey || e.metaKey || !canMove) return;
    if (step === 0 && !card) return;
    e.preventDefault();
    e.stopPropagation();
    onMove(step);
  };
  return (
    <div class="jdl-root" onKeyDown={onKeyDown}>
      <div class="jdl-pill" role="region" aria-label="JD Lens">
        <span class="jdl-brand">JD Lens</span>
        {state?.status === 'analyzing' && <span class="jdl-muted">analysing…</span>}
        {state?.status === 'ready' && analysis && (
          <>
            {score != null ? (
              <span class="jdl-score" aria-label={`Fit score ${score} out of 100`}>
                <span data-testid="jdl-score">{score}</span>
                <span class="jdl-muted">/100</span>
              </span>
            ) : (
              <span class="jdl-muted" title="Add your resume profile in JD Lens options to see a fit score">no profile</span>
            )}
            <span class="jdl-muted">
              {analysis.skills.length} skills{analysis.redFlags.length ? ` · ${analysis.redFlags.length} flags` : ''}
            </span>
            {saved ? (
              <span class="jdl-saved">{saved}</span>
            ) : (
              <button type="button" onClick={onSave}>
                Save
              </button>
            )}
            <span class="jdl-nav" role="group" aria-label="Highlights">
              <button
                type="button"
                class="jdl-step"
                aria-label="Previous highlight"
                title="Previous highlight (← or k while here)"
                disabled={!canMove}
                onClick={() => onMove(-1)}
              >
                ‹
              </button>
              <span class="jdl-muted jdl-count" aria-hidden="true">
                {canMove ? `${cursor >= 0 ? cursor + 1 : '–'}/${highlightCount}` : '0'}
              </span>
              <button
                type="button"
                class="jdl-step"
                aria-label="Next highlight"
                title="Next highlight (→ or j while here)"
                disabled={!canMove}
                onClick={() => onMove(1)}
              >
                ›
              </button>
            </span>
            <button type="button" aria-pressed={highlightsVisible} onClick={onToggleHighlights} title="Show or hide highlights (Alt+Shift+H)">
              {highlightsVisible ? 'Hide' : 'Show'} highlights
            </button>
          </>
        )}
        {(state?.status === 'error' || (state?.status === 'ready' && state.message)) && <span class="jdl-warn">{state.message}</span>}
        <button type="button" class="jdl-close" aria-label="Close JD Lens badge" onClick={onClose}>
          ×
        </button>
      </div>
      {card && (
        <div class="jdl-card" role="tooltip" data-via={card.via} data-below={card.below ? '' : undefined} style={{ left: `${card.x}px`, top: `${card.y}px` }}>
          {card.label}
        </div>
      )}
      <span class="jdl-sr" aria-live="polite" data-testid="jdl-announce">
        {announce}
      </span>
    </div>
  );
}

/**
 * The in-page badge: a `jdl-badge` element with an open shadow root, the only node JD Lens adds
 * to the host page. Its styles live inside the shadow root, so the page cannot restyle it and it
 * cannot restyle the page.
 */
export function createBadge() {
  const host = document.createElement('jdl-badge');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  let attached = false;
  const set = (name: string, value: string) => {
    if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  };
  return {
    host,
    update(props: BadgeProps, extra: Record<string, string> = {}) {
      const analysis = props.state?.analysis;
      set('data-skill-count', String(analysis?.skills.length ?? 0));
      set('data-highlight-count', String(props.highlightCount));
      set('data-status', props.state?.status ?? 'idle');
      for (const [k, v] of Object.entries(extra)) set(k, v);
      if (!attached) {
        (document.body ?? document.documentElement).append(host);
        attached = true;
      }
      render(<Badge {...props} />, mount);
    },
    remove() {
      render(null, mount);
      host.remove();
      attached = false;
    },
  };
}
