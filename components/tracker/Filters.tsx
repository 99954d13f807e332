import { STATUSES, type PostingStatus, type TrackerFilters } from '@/lib/store';
import { fromDateInput, STATUS_LABEL, toDateInput } from './format';
import { useTracker } from './state';

const num = (value: string): number | null => (value.trim() === '' || !Number.isFinite(Number(value)) ? null : Number(value));

/** Search as you type, and the filters: status, tag, fit score range, a date range. */
export function Filters() {
  const t = useTracker();
  const f = t.filters.value;
  const total = t.present.value.length;
  const shown = t.visible.value.length;
  const indexing = t.phase.value === 'ready' && !t.textsDone.value;
  return (
    <section class="jdl-filters card" aria-label="Search and filters">
      <div class="row">
        <label class="jdl-search">
          <span class="sr-only">Search postings</span>
          <input
            type="search"
            data-testid="jdl-search"
            placeholder="Search title, company, notes, tags, posting text…"
            value={f.query}
            onInput={(e) => t.setFilters({ query: e.currentTarget.value })}
            aria-describedby="jdl-search-help"
          />
        </label>
        <label>
          Status{' '}
          <select
            data-testid="jdl-filter-status"
            value={f.statuses[0] ?? ''}
            onChange={(e) => t.setFilters({ statuses: e.currentTarget.value ? [e.currentTarget.value as PostingStatus] : [] })}
          >
            <option value="">All statuses</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag{' '}
          <select data-testid="jdl-filter-tag" value={f.tag ?? ''} onChange={(e) => t.setFilters({ tag: e.currentTarget.value || null })}>
            <option value="">All tags</option>
            {t.tags.value.map(({ tag, count }) => (
              <option key={tag} value={tag}>
                {tag} ({count})
              </option>
            ))}
          </select>
        </label>
        <fieldset class="row jdl-inline">
          <legend>Fit score</legend>
          <label>
            <span class="sr-only">Fit score from</span>
            <input type="number" min={0} max={100} inputMode="numeric" placeholder="0" value={f.minScore ?? ''} onInput={(e) => t.setFilters({ minScore: num(e.currentTarget.value) })} />
          </label>
          <span aria-hidden="true">–</span>
          <label>
            <span class="sr-only">Fit score to</span>
            <input type="number" min={0} max={100} inputMode="numeric" placeholder="100" value={f.maxScore ?? ''} onInput={(e) => t.setFilters({ maxScore: num(e.currentTarget.value) })} />
          </label>
        </fieldset>
        <fieldset class="row jdl-inline">
          <legend>Date</legend>
          <label>
            <span class="sr-only">Which date</span>
            <select value={f.dateField} onChange={(e) => t.setFilters({ dateField: e.currentTarget.value as TrackerFilters['dateField'] })}>
              <option value="savedAt">Saved</option>
              <option value="updatedAt">Updated</option>
              <option value="lastSeen">Last seen</option>
              <option value="nextAction">Next action</option>
            </select>
          </label>
          <label>
            <span class="sr-only">From</span>
            <input type="date" value={toDateInput(f.from)} onInput={(e) => t.setFilters({ from: fromDateInput(e.currentTarget.value) })} />
          </label>
          <span aria-hidden="true">–</span>
          <label>
            <span class="sr-only">To</span>
            <input type="date" value={toDateInput(f.to)} onInput={(e) => t.setFilters({ to: fromDateInput(e.currentTarget.value) })} />
          </label>
        </fieldset>
        {t.filtered.value && (
          <button type="button" class="secondary" onClick={() => t.clearFilters()}>
            Clear filters
          </button>
        )}
      </div>
      <p id="jdl-search-help" class="muted jdl-count" role="status" data-testid="jdl-result-count">
        {t.filtered.value ? `${shown} of ${total} postings match.` : `${total} saved posting${total === 1 ? '' : 's'}.`}
        {indexing && ` Reading posting texts for search (${t.textsIndexed.value} of ${total})…`}
        {' '}Words match from their start; "quote a phrase".
      </p>
    </section>
  );
}
