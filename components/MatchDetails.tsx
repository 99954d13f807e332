import type { Match } from '@/lib/types';
import { heldBy } from './Analysis';

/** Points as text: "+10", "0", "-4". */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** What the score is made of, what holds it down, and what to change: the honest part. */
export function MatchDetails({ match }: { match: Match }) {
  const binding = heldBy(match);
  const lines = match.breakdown ?? [];
  const earned = lines.filter((l) => l.max > 0);
  const capLine = lines.find((l) => l.max === 0 && l.points < 0);
  const { experience } = match;
  return (
    <section class="stack" aria-labelledby="jdl-why">
      <h2 id="jdl-why">Why {match.score}</h2>
      {earned.length > 0 && (
        <table class="breakdown" data-testid="jdl-breakdown">
          <caption class="sr-only">What the score is made of</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col" class="num">
                Points
              </th>
            </tr>
          </thead>
          <tbody>
            {earned.map((line, i) => (
              <tr key={i} class={line.points === 0 ? 'lost' : line.points < line.max ? 'partial' : 'full'}>
                <td>{line.label}</td>
                <td class="num">
                  {line.points}
                  <span class="muted"> / {line.max}</span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {capLine && (
              <tr class="cap-line">
                <td>{capLine.label}</td>
                <td class="num">{signed(capLine.points)}</td>
              </tr>
            )}
            <tr>
              <th scope="row">Score</th>
              <td class="num">
                <strong>{match.score}</strong>
                <span class="muted"> / 100</span>
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      {experience.required != null && (
        <p>
          Experience: the posting asks for {experience.required}+ years;{' '}
          {experience.have == null ? 'your profile does not give your total years.' : `you have ${experience.have}.`}
        </p>
      )}
      {match.caps.length > 0 && (
        <div class="card" data-testid="jdl-caps">
          <h3>Caps</h3>
          <ul>
            {match.caps.map((cap) => (
              <li key={cap.id} data-cap-id={cap.id}>
                {cap.reason} <span class="muted">(score held at {cap.max} or less{cap === binding ? '; this is the one that holds it' : ''})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {match.tips.length > 0 && (
        <div class="card" data-testid="jdl-tips">
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
