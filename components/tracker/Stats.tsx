import { applicationsPerWeek, funnel, statusCounts, STATUSES } from '@/lib/store';
import { formatDate, STATUS_LABEL } from './format';
import { useTracker } from './state';

const W = 560;

/** The pipeline funnel and applications per week, as SVG charts with tables as their text. */
export function Stats() {
  const t = useTracker();
  const rows = t.visible.value;
  const stages = funnel(rows);
  const weeks = applicationsPerWeek(rows, 12);
  const counts = statusCounts(rows);
  const top = Math.max(1, stages[0]!.count);
  const weekMax = Math.max(1, ...weeks.map((w) => w.count));
  const pct = (n: number) => `${Math.round((n / top) * 100)}%`;
  const funnelText = stages.map((s) => `${STATUS_LABEL[s.stage]} ${s.count}`).join(', ');
  const weekText = weeks.map((w) => `week of ${formatDate(w.week)}: ${w.count}`).join('; ');
  const barH = 30;
  const chartH = 140;
  return (
    <section aria-label="Statistics" class="jdl-stats stack">
      <p class="muted">{t.filtered.value ? `For the ${rows.length} postings that match the filters.` : `For all ${rows.length} saved postings.`}</p>
      <figure class="card">
        <figcaption>
          <h2 id="jdl-funnel-title">Pipeline funnel</h2>
        </figcaption>
        <svg role="img" aria-labelledby="jdl-funnel-title jdl-funnel-desc" viewBox={`0 0 ${W} ${stages.length * (barH + 8)}`} class="jdl-chart" data-testid="jdl-funnel">
          <desc id="jdl-funnel-desc">Postings that reached each stage: {funnelText}.</desc>
          {stages.map((s, i) => {
            const width = Math.max(2, ((W - 220) * s.count) / top);
            const y = i * (barH + 8);
            return (
              <g key={s.stage}>
                <text x={0} y={y + barH / 2 + 5} class="jdl-chart-label">
                  {STATUS_LABEL[s.stage]}
                </text>
                <rect x={110} y={y} width={width} height={barH} rx={4} class={`jdl-bar jdl-bar-${i}`} />
                <text x={116 + width} y={y + barH / 2 + 5} class="jdl-chart-label">
                  {s.count} ({pct(s.count)})
                </text>
              </g>
            );
          })}
        </svg>
        <table class="jdl-chart-table">
          <caption class="sr-only">Pipeline funnel as a table</caption>
          <thead>
            <tr>
              <th scope="col">Stage reached</th>
              <th scope="col">Postings</th>
              <th scope="col">Of saved</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{STATUS_LABEL[s.stage]}</th>
                <td>{s.count}</td>
                <td>{pct(s.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted">
          Now: {STATUSES.map((s) => `${STATUS_LABEL[s]} ${counts[s]}`).join(' · ')}
        </p>
      </figure>
      <figure class="card">
        <figcaption>
          <h2 id="jdl-weeks-title">Applications per week (last 12 weeks)</h2>
        </figcaption>
        <svg role="img" aria-labelledby="jdl-weeks-title jdl-weeks-desc" viewBox={`0 0 ${W} ${chartH + 30}`} class="jdl-chart" data-testid="jdl-weekly">
          <desc id="jdl-weeks-desc">Applications sent, {weekText}.</desc>
          <line x1={0} y1={chartH} x2={W} y2={chartH} class="jdl-axis" />
          {weeks.map((w, i) => {
            const slot = W / weeks.length;
            const h = (chartH - 20) * (w.count / weekMax);
            return (
              <g key={w.week}>
                <rect x={i * slot + 6} y={chartH - h} width={slot - 12} height={h} rx={3} class="jdl-bar jdl-bar-1" />
                <text x={i * slot + slot / 2} y={chartH - h - 4} text-anchor="middle" class="jdl-chart-label">
                  {w.count || ''}
                </text>
                <text x={i * slot + slot / 2} y={chartH + 18} text-anchor="middle" class="jdl-chart-tick">
                  {new Date(w.week).toLocaleDateString(undefined, { month: 'numeric', day: 'numeric' })}
                </text>
              </g>
            );
          })}
        </svg>
        <details>
          <summary>Applications per week as a table</summary>
          <table class="jdl-chart-table">
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Applications</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.week}>
                  <th scope="row">{formatDate(w.week)}</th>
                  <td>{w.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    </section>
  );
}
