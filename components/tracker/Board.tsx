import { useEffect, useRef, useState } from 'preact/hooks';
import { STATUSES, type PostingStatus, type PostingSummary } from '@/lib/store';
import { STATUS_LABEL } from './format';
import { useTracker } from './state';

/** Cards shown per column before "show all in the table": the board stays light at 10,000. */
const PER_COLUMN = 50;

/**
 * Columns by status. Move a card by dragging it to another column, or from the keyboard: focus a
 * card and press ← / → (previous / next status), or use its "Move to" menu. Moves are announced.
 */
export function Board() {
  const t = useTracker();
  const byStatus = new Map<PostingStatus, PostingSummary[]>(STATUSES.map((s) => [s, []]));
  for (const row of t.visible.value) byStatus.get(row.status)!.push(row);
  const [over, setOver] = useState<PostingStatus | null>(null);
  return (
    <section aria-label="Board" class="stack">
      <p id="jdl-board-help" class="muted">
        Drag a card to another column, or focus a card and press ← or → to move it to the previous or next status (Enter opens it).
      </p>
      <div class="jdl-board">
        {STATUSES.map((status) => {
          const cards = byStatus.get(status)!;
          return (
            <section
              key={status}
              class={`jdl-column card${over === status ? ' jdl-drop' : ''}`}
              aria-labelledby={`jdl-col-${status}`}
              data-testid="jdl-board-column"
              data-status={status}
              onDragOver={(e) => {
                e.preventDefault();
                if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
                setOver(status);
              }}
              onDragLeave={() => setOver((s) => (s === status ? null : s))}
              onDrop={(e) => {
                e.preventDefault();
                setOver(null);
                const id = e.dataTransfer?.getData('text/plain');
                const row = id ? t.rows.value.find((r) => r.id === id) : undefined;
                if (row && row.status !== status) void t.move(row.id, status);
              }}
            >
              <h2 id={`jdl-col-${status}`}>
                {STATUS_LABEL[status]} <span class="muted">({cards.length})</span>
              </h2>
              {cards.length === 0 ? (
                <p class="muted jdl-empty-col">No postings. Drop a card here.</p>
              ) : (
                <ul class="jdl-cards">
                  {cards.slice(0, PER_COLUMN).map((row) => (
                    <Card key={row.id} row={row} />
                  ))}
                </ul>
              )}
              {cards.length > PER_COLUMN && (
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    t.setFilters({ statuses: [status] });
                    location.hash = '#/table';
                  }}
                >
                  Show all {cards.length} in the table
                </button>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

function Card({ row }: { row: PostingSummary }) {
  const t = useTracker();
  const ref = useRef<HTMLLIElement>(null);
  const title = row.title ?? 'Untitled posting';
  const at = STATUSES.indexOf(row.status);
  useEffect(() => {
    if (t.focusId.value === row.id) {
      ref.current?.focus();
      t.focusId.value = null;
    }
  });
  const moveBy = (step: number) => {
    const next = STATUSES[at + step];
    if (!next) {
      t.say(`“${title}” is already in the ${step < 0 ? 'first' : 'last'} column.`);
      return;
    }
    t.focusId.value = row.id;
    void t.move(row.id, next);
  };
  return (
    <li
      ref={ref}
      class="jdl-card"
      tabIndex={0}
      draggable
      data-testid="jdl-board-card"
      data-posting-id={row.id}
      aria-label={`${title}${row.company ? ` at ${row.company}` : ''}, ${STATUS_LABEL[row.status]}${row.score != null ? `, fit ${row.score}` : ''}`}
      aria-describedby="jdl-board-help"
      onDragStart={(e) => {
        e.dataTransfer?.setData('text/plain', row.id);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return; // keys inside the menu are the menu's
        if (e.key === 'ArrowRight') {
          e.preventDefault();
          moveBy(1);
        } else if (e.key === 'ArrowLeft') {
          e.preventDefault();
          moveBy(-1);
        } else if (e.key === 'Enter') {
          e.preventDefault();
          location.hash = `#/p/${encodeURIComponent(row.id)}`;
        }
      }}
    >
      <a href={`#/p/${encodeURIComponent(row.id)}`} tabIndex={-1} class="jdl-card-title">
        {title}
      </a>
      <div class="muted">
        {[row.company, row.score != null ? `fit ${row.score}` : null].filter(Boolean).join(' · ')}
      </div>
      <label class="jdl-move">
        <span class="sr-only">Move “{title}” to</span>
        <select
          value={row.status}
          data-testid="jdl-card-move"
          onChange={(e) => {
            t.focusId.value = row.id;
            void t.move(row.id, e.currentTarget.value as PostingStatus);
          }}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s === row.status ? `In ${STATUS_LABEL[s]}` : `Move to ${STATUS_LABEL[s]}`}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
}
