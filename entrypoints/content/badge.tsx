import { render } from 'preact';
import type { TabState } from '@/lib/messaging';
import { BADGE_CSS } from './badge-css';

export interface BadgeProps {
  state: TabState | null;
  highlightCount: number;
  highlightsVisible: boolean;
  card: { label: string; x: number; y: number } | null;
  onSave(): void;
  onToggleHighlights(): void;
  onClose(): void;
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

function Badge({ state, highlightCount, highlightsVisible, card, onSave, onToggleHighlights, onClose }: BadgeProps) {
  const analysis = state?.analysis;
  const score = analysis?.match?.score;
  const saved = state ? savedLabel(state) : null;
  return (
    <div class="jdl-root">
      <div class="jdl-pill" role="region" aria-label="JD Lens">
        <span class="jdl-brand">JD Lens</span>
        {state?.status === 'analyzing' && <span class="jdl-muted" role="status">analysing…</span>}
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
            <button type="button" aria-pressed={highlightsVisible} onClick={onToggleHighlights} title="Show or hide highlights (Alt+Shift+H)">
              {highlightsVisible ? 'Hide' : 'Show'} highlights
            </button>
          </>
        )}
        {(state?.status === 'error' || (state?.status === 'ready' && state.message)) && (
          <span class="jdl-warn" role="status">
            {state.message}
          </span>
        )}
        <button type="button" class="jdl-close" aria-label="Close JD Lens badge" onClick={onClose}>
          ×
        </button>
      </div>
      {card && (
        <div class="jdl-card" role="tooltip" style={{ left: `${card.x}px`, top: `${card.y}px` }}>
          {card.label}
        </div>
      )}
      <span class="jdl-sr" aria-live="polite">
        {score != null ? `JD Lens fit score ${score} out of 100, ${highlightCount} highlights` : ''}
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
  return {
    host,
    update(props: BadgeProps) {
      const analysis = props.state?.analysis;
      host.setAttribute('data-skill-count', String(analysis?.skills.length ?? 0));
      host.setAttribute('data-highlight-count', String(props.highlightCount));
      host.setAttribute('data-status', props.state?.status ?? 'idle');
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
