import '@/components/theme.css';
import '@/components/tracker/tracker.css';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { Board } from '@/components/tracker/Board';
import { DataMenu } from '@/components/tracker/DataMenu';
import { Detail } from '@/components/tracker/Detail';
import { Filters } from '@/components/tracker/Filters';
import { Stats } from '@/components/tracker/Stats';
import { createTrackerStore, TrackerContext, useTracker, type TrackerStore } from '@/components/tracker/state';
import { Table } from '@/components/tracker/Table';
import { Toast } from '@/components/tracker/Toast';
import { sendMessage } from '@/lib/messaging';
import { getSetting, onStoreChange, setSetting } from '@/lib/store';

type Route = { name: 'table' | 'board' | 'stats' } | { name: 'posting'; id: string };

/** #/table, #/board, #/stats, #/p/<id> (reminder notifications link there). */
function parseRoute(hash: string): Route {
  const posting = /^#\/p\/(.+)$/.exec(hash);
  if (posting) return { name: 'posting', id: decodeURIComponent(posting[1]!) };
  if (hash === '#/board') return { name: 'board' };
  if (hash === '#/stats') return { name: 'stats' };
  return { name: 'table' };
}

const route = signal<Route>(parseRoute(location.hash));
const theme = signal<'system' | 'light' | 'dark'>('system');

function applyTheme(value: 'system' | 'light' | 'dark') {
  theme.value = value;
  if (value === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = value;
}

const VIEWS = [
  { name: 'table', label: 'Table', href: '#/table' },
  { name: 'board', label: 'Board', href: '#/board' },
  { name: 'stats', label: 'Stats', href: '#/stats' },
] as const;

function Header() {
  const current = route.value.name;
  return (
    <header class="jdl-header row">
      <h1>JD Lens tracker</h1>
      <nav aria-label="Views">
        <ul class="row jdl-tabs">
          {VIEWS.map((v) => (
            <li key={v.name}>
              <a href={v.href} aria-current={current === v.name ? 'page' : undefined} data-testid={`jdl-view-${v.name}`}>
                {v.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <label class="jdl-theme">
        Theme{' '}
        <select
          value={theme.value}
          onChange={(e) => {
            const value = e.currentTarget.value as 'system' | 'light' | 'dark';
            applyTheme(value);
            void setSetting('trackerTheme', value).catch(() => {});
          }}
        >
          <option value="system">As the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </header>
  );
}

function ListView() {
  const t = useTracker();
  const r = route.value;
  const phase = t.phase.value;
  const total = t.present.value.length;
  if (phase === 'loading' && total === 0) {
    return (
      <p role="status" data-testid="jdl-loading">
        <span class="spinner" aria-hidden="true" /> Loading your saved postings…
      </p>
    );
  }
  if (phase !== 'partial' && total === 0) {
    return (
      <section class="card stack jdl-empty" data-testid="jdl-empty">
        <h2>Nothing saved yet</h2>
        <p>
          Open a job posting and press <strong>Save</strong> in the JD Lens badge on the page, the popup or the side panel, or press{' '}
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>. Saved postings show up here with their analysis, and the same posting under another
          address is recognised.
        </p>
        <p>Moving from another computer? Import a JSON backup above.</p>
      </section>
    );
  }
  return (
    <>
      <Filters />
      {phase === 'partial' && (
        <p role="status" class="muted">
          <span class="spinner" aria-hidden="true" /> Showing the newest postings while the rest load…
        </p>
      )}
      {t.visible.value.length === 0 ? (
        <section class="card stack jdl-empty" data-testid="jdl-no-match">
          <p>No postings match these filters.</p>
          <button type="button" class="secondary" onClick={() => t.clearFilters()}>
            Clear filters
          </button>
        </section>
      ) : r.name === 'board' ? (
        <Board />
      ) : r.name === 'stats' ? (
        <Stats />
      ) : (
        <Table />
      )}
    </>
  );
}

function App({ store }: { store: TrackerStore }) {
  const r = route.value;
  return (
    <TrackerContext.Provider value={store}>
      <a class="jdl-skip" href="#jdl-main">
        Skip to the postings
      </a>
      <Header />
      <main id="jdl-main" class="stack jdl-main" tabIndex={-1}>
        <div class="sr-only" aria-live="polite" aria-atomic="true" data-testid="jdl-live">
          {store.announcement.value}
        </div>
        {store.error.value && (
          <p role="alert" class="jdl-error">
            {store.error.value}{' '}
            <button type="button" class="secondary" onClick={() => void store.load()}>
              Try again
            </button>
          </p>
        )}
        {r.name === 'posting' ? (
          <Detail id={r.id} />
        ) : (
          <>
            <DataMenu />
            <ListView />
          </>
        )}
      </main>
      <Toast />
    </TrackerContext.Provider>
  );
}

const store = createTrackerStore({ syncReminders: () => sendMessage('syncReminders', undefined) });
window.addEventListener('hashchange', () => {
  const before = route.value;
  route.value = parseRoute(location.hash);
  if (route.value.name !== 'posting') {
    document.title = 'JD Lens: tracker';
    // Back from a posting: the focus returns to its row (or card).
    if (before.name === 'posting') store.focusId.value = before.id;
  }
});
// A delete waiting for its undo is written when the page goes away.
window.addEventListener('pagehide', () => store.flushDeletes());
onStoreChange(({ ids }) => void store.refresh(ids));
void getSetting<'system' | 'light' | 'dark'>('trackerTheme')
  .then((value) => value && applyTheme(value))
  .catch(() => {});
void store.load();
render(<App store={store} />, document.getElementById('app')!);
