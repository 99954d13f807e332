import type { Match } from '@/lib/types';

/** What the score is made of, what holds it down, and what to change: the honest part. */
export function MatchDetails({ match }: { match: Match }) {
  return (
    <section class="stack" aria-label="Why this score">
      <h2>Why {match.score}</h2>
      {match.breakdown && match.breakdown.length > 0 && (
        <table>
          <caption class="sr-only">Score breakdown</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Points</th>
            </tr>
          </thead>
          <tbody>
            {match.breakdown.map((line, i) => (
              <tr key={i}>
                <td>{line.label}</td>
                <td>
                  {line.points > 0 ? '+' : ''}
                  {line.points}
                  {line.max ? <span class="muted"> / {line.max}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {match.caps.length > 0 && (
        <div class="card">
          <h3>Caps</h3>
          <ul>
            {match.caps.map((cap) => (
              <li key={cap.id} data-cap-id={cap.id}>
                {cap.reason} (score held at {cap.max} or less)
              </li>
            ))}
          </ul>
        </div>
      )}
      {match.tips.length > 0 && (
        <div class="card">
          <h3>Tailoring tips</h3>
          <ul>
            {match.tips.map((tip, i) => (
              <li key={i}>{tip}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="muted" style="font-size:.85em">Score version {match.version}</p>
    </section>
  );
}
