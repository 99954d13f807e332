import { useEffect, useRef } from 'preact/hooks';
import { safeHref } from '@/components/safe-href';
import { STATUSES, type PostingStatus, type PostingSummary, type SortKey } from '@/lib/store';
import { formatDate, isDue, STATUS_LABEL } from './format';
import { useTracker } from './state';

const COLUMNS: { key: SortKey; label: string; first: 'asc' | 'desc' }[] = [
  { key: 'title', label: 'Title', first: 'asc' },
  { key: 'company', label: 'Company', first: 'asc' },
  { key: 'location', label: 'Location', first: 'asc' },
  { key: 'score', label: 'Fit', first: 'desc' },
  { key: 'status', label: 'Status', first: 'asc' },
  { key: 'savedAt', label: 'Saved', first: 'desc' },
  { key: 'nextAction', label: 'Next action', first: 'asc' },
];

/** A page of the filtered rows, sortable by column; pages instead of 10,000 rows in the DOM. */
export function Table() {
  const t = useTracker();
  const rows = t.visible.value;
  const size = t.pageSize.value;
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const page = Math.min(t.page.value, pages - 1);
  const shown = rows.slice(page * size, (page + 1) * size);
  const sort = t.sort.value;
  const sortBy = (key: SortKey, first: 'asc' | 'desc') => {
    t.sort.value = sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: first };
    t.page.value = 0;
  };
  const label = COLUMNS.find((c) => c.key === sort.key)?.label ?? 'Saved';
  return (
    <section aria-label="Postings table" class="stack">
      <div class="jdl-table-wrap">
        <table class="jdl-table" aria-rowcount={rows.length + 1}>
          <caption class="sr-only">
            Saved postings sorted by {label}, {sort.dir === 'asc' ? 'ascending' : 'descending'}; rows {rows.length ? page * size + 1 : 0} to {page * size + shown.length} of {rows.length}.
          </caption>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" class="jdl-sort" onClick={() => sortBy(c.key, c.first)}>
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Tags</th>
              <th scope="col">
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <Row key={row.id} row={row} rowIndex={page * size + i + 2} />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > 0 && (
        <nav class="row jdl-pager" aria-label="Pages">
          <button type="button" class="secondary" disabled={page === 0} onClick={() => (t.page.value = page - 1)}>
            Previous
          </button>
          <span>
            Page {page + 1} of {pages} · rows {page * size + 1}–{page * size + shown.length} of {rows.length}
          </span>
          <button type="button" class="secondary" disabled={page >= pages - 1} onClick={() => (t.page.value = page + 1)}>
            Next
          </button>
          <label>
            Rows per page{' '}
            <select
              value={String(size)}
              onChange={(e) => {
                t.pageSize.value = Number(e.currentTarget.value);
                t.page.value = 0;
              }}
            >
              {[25, 50, 100, 250].map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </nav>
      )}
    </section>
  );
}

function Row({ row, rowIndex }: { row: PostingSummary; rowIndex: number }) {
  const t = useTracker();
  const title = row.title ?? 'Untitled posting';
  const href = safeHref(row.canonicalUrl ?? row.url);
  const due = isDue(row);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    // A row brought back by Undo gets the focus the delete took away.
    if (t.focusId.value === row.id) {
      link.current?.focus();
      t.focusId.value = null;
    }
  });
  return (
    <tr data-testid="jdl-tracker-row" data-posting-id={row.id} data-status={row.status} aria-rowindex={rowIndex}>
      <td>
        <a ref={link} href={`#/p/${encodeURIComponent(row.id)}`} data-testid="jdl-open-detail">
          {title}
        </a>
      </td>
      <td>{row.company ?? '—'}</td>
      <td>{row.location ?? '—'}</td>
      <td>{row.score ?? <span class="muted" title="No profile when saved">—</span>}</td>
      <td>
        <select
          aria-label={`Status of ${title}`}
          data-testid="jdl-row-status"
          value={row.status}
          onChange={(e) => void t.move(row.id, e.currentTarget.value as PostingStatus)}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </td>
      <td>{formatDate(row.savedAt)}</td>
      <td class={due ? 'jdl-due' : undefined}>
        {row.nextAction ? (
          <>
            {formatDate(row.nextAction.at)}
            {due && <strong> (due)</strong>}
            {row.nextAction.note && <div class="muted jdl-clip">{row.nextAction.note}</div>}
          </>
        ) : (
          '—'
        )}
      </td>
      <td>
        {row.tags.length ? (
          <ul class="chips">
            {row.tags.map((tag) => (
              <li key={tag} class="chip">
                {tag}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      <td class="jdl-actions">
        {href && (
          <a href={href} target="_blank" rel="noreferrer noopener" aria-label={`Open the posting “${title}” on its site`}>
            Open ↗
          </a>
        )}
        <button type="button" class="secondary" aria-label={`Delete “${title}”`} data-testid="jdl-row-delete" onClick={() => t.remove(row.id)}>
          Delete
        </button>
      </td>
    </tr>
  );
}
