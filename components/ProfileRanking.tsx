import type { RankedProfile } from '@/lib/messaging';

/**
 * "Which of my profiles fits best": every profile's score for the shown posting, best first,
 * with a button to make the best one active when it is not.
 */
export function ProfileRanking({
  ranking,
  activeId,
  busy,
  onSwitch,
}: {
  ranking: RankedProfile[];
  activeId: string | null;
  busy?: boolean;
  onSwitch(id: string): void;
}) {
  if (ranking.length < 2) return null;
  const best = ranking[0]!;
  const tie = ranking[1]!.score === best.score;
  const active = ranking.find((r) => r.id === activeId);
  const better = !active || active.score < best.score;
  return (
    <section class="card stack" aria-labelledby="jdl-ranking-title" data-testid="jdl-ranking">
      <h2 id="jdl-ranking-title">Which of my profiles fits best</h2>
      <ol class="ranking">
        {ranking.map((r, i) => (
          <li key={r.id} data-testid="jdl-ranking-row" data-profile-id={r.id} data-score={r.score} aria-current={r.id === activeId ? 'true' : undefined}>
            <div class="row" style="justify-content:space-between;flex-wrap:nowrap">
              <span>
                {i === 0 && !tie && <span aria-hidden="true">★ </span>}
                <strong>{r.name}</strong>
                {r.id === activeId && <span class="tag">active</span>}
              </span>
              <span class="rank-score" aria-label={`${r.score} out of 100`}>
                {r.score}
              </span>
            </div>
            <span class="bar" aria-hidden="true">
              <span style={{ width: `${r.score}%` }} />
            </span>
            {(r.missingRequired.length > 0 || r.heldBy) && (
              <span class="muted small">
                {r.missingRequired.length > 0 ? `Missing: ${r.missingRequired.slice(0, 3).join(', ')}${r.missingRequired.length > 3 ? ` +${r.missingRequired.length - 3}` : ''}` : r.heldBy}
              </span>
            )}
          </li>
        ))}
      </ol>
      {better ? (
        <button type="button" data-testid="jdl-switch-best" disabled={busy} onClick={() => onSwitch(best.id)}>
          Switch to “{best.name}” ({best.score})
        </button>
      ) : (
        <p class="muted small" style="margin:0">
          {tie ? 'Your active profile is among the best fits for this posting.' : 'Your active profile is the best fit for this posting.'}
        </p>
      )}
    </section>
  );
}
