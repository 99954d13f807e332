import '@/components/theme.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { safeHref } from '@/components/safe-href';
import { sendMessage } from '@/lib/messaging';
import { STATUSES, type PostingStatus, type PostingSummary } from '@/lib/store';

function Tracker() {
  const [rows, setRows] = useState<PostingSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () =>
    sendMessage('listPostings', undefined)
      .then(setRows)
      .catch((e) => setError(`Could not load the tracker: ${String(e)}`));
  useEffect(() => void load(), []);

  const setStatus = async (id: string, status: PostingStatus) => {
    await sendMessage('updatePosting', { id, patch: { status } });
    await load();
  };

  return (
    <main class="stack" style="padding:20px;max-width:1100px;margin:auto">
      <h1>Saved postings</h1>
      {error && <p role="alert">{error}</p>}
      {rows == null && !error && (
        <p role="status">
          <span class="spinner" aria-hidden="true" /> Loading…
        </p>
      )}
      {rows?.length === 0 && <p>Nothing saved yet. Open a job posting and press Save in the JD Lens popup, side panel or badge.</p>}
      {rows && rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Company</th>
              <th scope="col">Fit</th>
              <th scope="col">Status</th>
              <th scope="col">Saved</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid="jdl-tracker-row" data-posting-id={row.id}>
                <td>
                  <a href={safeHref(row.canonicalUrl ?? row.url)} target="_blank" rel="noreferrer noopener">
                    {row.title ?? 'Untitled posting'}
                  </a>
                </td>
                <td>{row.company ?? '—'}</td>
                <td>{row.score ?? '—'}</td>
                <td>
                  <select
                    aria-label={`Status of ${row.title ?? 'posting'}`}
                    value={row.status}
                    onChange={(e) => void setStatus(row.id, (e.currentTarget as HTMLSelectElement).value as PostingStatus)}
                  >
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{new Date(row.savedAt).toLocaleDateString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

render(<Tracker />, document.getElementById('app')!);
