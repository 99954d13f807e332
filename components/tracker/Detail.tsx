import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FlagList, ScoreGauge, SkillList } from '@/components/Analysis';
import { MatchDetails } from '@/components/MatchDetails';
import { safeHref } from '@/components/safe-href';
import * as db from '@/lib/store';
import { STATUSES, type PostingStatus, type PostingSummary, type SavedPosting } from '@/lib/store';
import type { Analysis } from '@/lib/types';
import { ago, formatDate, formatSalary, fromDateInput, isDue, STATUS_LABEL, toDateInput } from './format';
import { useTracker } from './state';

/** Ask for the notifications permission; must run inside the click that sets a reminder. */
async function askNotifications(): Promise<boolean> {
  try {
    return await browser.permissions.request({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

/** One posting: its facts, status and history, notes, tags, next action, analysis and text. */
export function Detail({ id }: { id: string }) {
  const t = useTracker();
  const [body, setBody] = useState<SavedPosting | null | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    setBody(undefined);
    db.getPosting(id)
      .then((p) => live && setBody(p ?? null))
      .catch(() => live && setBody(null));
    return () => {
      live = false;
    };
  }, [id]);
  // Focus the heading once per posting opened (a screen reader hears where it is), not on every load.
  const focused = useRef<string | null>(null);
  useEffect(() => {
    if (focused.current !== id && heading.current) {
      heading.current.focus();
      focused.current = id;
    }
  });
  const live = t.rows.value.find((r) => r.id === id);
  const row: PostingSummary | undefined = live ?? (body ? body : undefined);
  if (body === undefined && !row) {
    return (
      <p role="status">
        <span class="spinner" aria-hidden="true" /> Loading the posting…
      </p>
    );
  }
  if (!row || t.hidden.value.has(id)) {
    return (
      <section class="stack">
        <h1 ref={heading} tabIndex={-1}>
          Posting not found
        </h1>
        <p>This posting is not in the tracker any more (it may have been deleted).</p>
        <a href="#/table">Back to all postings</a>
      </section>
    );
  }
  const title = row.title ?? 'Untitled posting';
  document.title = `${title} · JD Lens tracker`;
  const analysis: Analysis | null = body ? { ...body.analysis, text: body.text, match: body.match ?? undefined } : null;
  const salary = formatSalary(row.salary);
  return (
    <article class="jdl-detail stack" data-testid="jdl-detail" data-posting-id={row.id}>
      <a href="#/table">← All postings</a>
      <header>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p class="muted" style="margin:0">
          {[row.company, row.location].filter(Boolean).join(' · ')}
        </p>
      </header>
      <dl class="jdl-facts">
        <div>
          <dt>Status</dt>
          <dd data-testid="jdl-detail-status">{STATUS_LABEL[row.status]}</dd>
        </div>
        <div>
          <dt>Fit</dt>
          <dd>{row.score != null ? `${row.score} / 100${row.profileName ? ` for “${row.profileName}”` : ''}` : 'No profile when saved'}</dd>
        </div>
        {salary && (
          <div>
            <dt>Pay</dt>
            <dd>{salary}</dd>
          </div>
        )}
        {row.workMode && (
          <div>
            <dt>Work mode</dt>
            <dd>{row.workMode}</dd>
          </div>
        )}
        <div>
          <dt>Saved</dt>
          <dd>{formatDate(row.savedAt)}</dd>
        </div>
        <div>
          <dt>First seen</dt>
          <dd>{formatDate(row.firstSeen)}</dd>
        </div>
        <div>
          <dt>Last seen</dt>
          <dd>
            {formatDate(row.lastSeen)} ({ago(row.lastSeen)})
          </dd>
        </div>
      </dl>
      <Links row={row} />
      <div class="jdl-detail-grid">
        <div class="stack">
          <StatusForm row={row} />
          <Notes row={row} />
          <Tags row={row} />
          <NextActionForm row={row} />
          <button
            type="button"
            class="secondary jdl-danger"
            data-testid="jdl-detail-delete"
            onClick={() => {
              t.remove(row.id);
              location.hash = '#/table';
            }}
          >
            Delete this posting
          </button>
        </div>
        <div class="stack">
          {body === undefined && (
            <p role="status">
              <span class="spinner" aria-hidden="true" /> Loading the analysis…
            </p>
          )}
          {analysis && (
            <section class="card stack" aria-labelledby="jdl-analysis-title">
              <h2 id="jdl-analysis-title">Analysis</h2>
              {analysis.match ? <ScoreGauge match={analysis.match} /> : <p class="muted">Saved without a resume profile, so there is no fit score.</p>}
              <SkillList analysis={analysis} level="required" />
              <SkillList analysis={analysis} level="preferred" />
              <SkillList analysis={analysis} level="mentioned" limit={20} />
              <h3>Red flags</h3>
              <FlagList analysis={analysis} />
              {analysis.match && <MatchDetails match={analysis.match} />}
            </section>
          )}
          {body && (
            <details class="card">
              <summary>Posting text ({body.text.length.toLocaleString()} characters)</summary>
              <div class="jdl-text" data-testid="jdl-detail-text">
                {body.text}
              </div>
            </details>
          )}
        </div>
      </div>
    </article>
  );
}

function Links({ row }: { row: PostingSummary }) {
  const main = safeHref(row.canonicalUrl ?? row.url);
  const shown = db.normalizeUrl(row.canonicalUrl ?? row.url);
  const others = row.urls.filter((u) => u !== shown).map(safeHref).filter((u): u is string => !!u);
  return (
    <section class="row">
      {main ? (
        <a href={main} target="_blank" rel="noreferrer noopener">
          Open the posting ↗
        </a>
      ) : (
        <span class="muted">No link (not a web address)</span>
      )}
      {others.length > 0 && (
        <details>
          <summary>Seen at {others.length} other address{others.length === 1 ? '' : 'es'}</summary>
          <ul>
            {others.map((u) => (
              <li key={u}>
                <a href={u} target="_blank" rel="noreferrer noopener">
                  {u}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function StatusForm({ row }: { row: PostingSummary }) {
  const t = useTracker();
  const [status, setStatus] = useState<PostingStatus>(row.status);
  const [day, setDay] = useState(toDateInput(Date.now()));
  useEffect(() => setStatus(row.status), [row.status]);
  const history = [...row.history].sort((a, b) => a.at - b.at);
  return (
    <section class="card stack" aria-labelledby="jdl-status-title">
      <h2 id="jdl-status-title">Status</h2>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (status === row.status) return t.say(`Already ${STATUS_LABEL[status]}.`);
          const picked = fromDateInput(day, 12);
          // Today: the exact time; another day: midday of that day.
          const at = !picked || day === toDateInput(Date.now()) ? undefined : picked;
          void t.move(row.id, status, at);
        }}
      >
        <label>
          Move to{' '}
          <select value={status} data-testid="jdl-detail-status-select" onChange={(e) => setStatus(e.currentTarget.value as PostingStatus)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          on <input type="date" value={day} max={toDateInput(Date.now())} onInput={(e) => setDay(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="jdl-detail-status-save">
          Change status
        </button>
      </form>
      <h3>History</h3>
      <ol class="jdl-history" data-testid="jdl-history">
        {history.map((h, i) => (
          <li key={`${h.status}${h.at}${i}`}>
            <strong>{STATUS_LABEL[h.status]}</strong> · {formatDate(h.at)} <span class="muted">({ago(h.at)})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Notes({ row }: { row: PostingSummary }) {
  const t = useTracker();
  const [draft, setDraft] = useState(row.notes);
  const [state, setState] = useState<'' | 'saving' | 'saved'>('');
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(row.notes);
  }, [row.notes]);
  const save = async () => {
    if (draft === row.notes) return;
    setState('saving');
    const saved = await t.update(row.id, { notes: draft });
    setState(saved ? 'saved' : '');
  };
  return (
    <section class="card stack" aria-labelledby="jdl-notes-title">
      <h2 id="jdl-notes-title">
        <label for="jdl-notes">Notes</label>
      </h2>
      <textarea
        id="jdl-notes"
        data-testid="jdl-notes"
        rows={5}
        value={draft}
        onFocus={() => (editing.current = true)}
        onInput={(e) => {
          setDraft(e.currentTarget.value);
          setState('');
        }}
        onBlur={() => {
          editing.current = false;
          void save();
        }}
      />
      <div class="row">
        <button type="button" data-testid="jdl-notes-save" disabled={draft === row.notes} onClick={() => void save()}>
          Save notes
        </button>
        <span role="status" class="muted">
          {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Notes saved.' : draft !== row.notes ? 'Not saved yet (saved when you leave the box).' : ''}
        </span>
      </div>
    </section>
  );
}

function Tags({ row }: { row: PostingSummary }) {
  const t = useTracker();
  const [draft, setDraft] = useState('');
  const known = t.tags.value.map((x) => x.tag).filter((tag) => !row.tags.some((r) => r.toLowerCase() === tag.toLowerCase()));
  return (
    <section class="card stack" aria-labelledby="jdl-tags-title">
      <h2 id="jdl-tags-title">Tags</h2>
      {row.tags.length ? (
        <ul class="chips" data-testid="jdl-tags">
          {row.tags.map((tag) => (
            <li key={tag} class="chip">
              {tag}{' '}
              <button type="button" class="jdl-chip-x" aria-label={`Remove tag ${tag}`} onClick={() => void t.update(row.id, { removeTags: [tag] }, `Removed tag ${tag}.`)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No tags yet.</p>
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const tags = draft.split(',').map(db.cleanTag).filter(Boolean);
          if (!tags.length) return;
          void t.update(row.id, { addTags: tags }, `Added tag${tags.length > 1 ? 's' : ''} ${tags.join(', ')}.`);
          setDraft('');
        }}
      >
        <label>
          Add a tag <input list="jdl-known-tags" value={draft} data-testid="jdl-tag-input" onInput={(e) => setDraft(e.currentTarget.value)} />
        </label>
        <datalist id="jdl-known-tags">
          {known.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <button type="submit" class="secondary">
          Add
        </button>
      </form>
    </section>
  );
}

function NextActionForm({ row }: { row: PostingSummary }) {
  const t = useTracker();
  const [day, setDay] = useState(toDateInput(row.nextAction?.at));
  const [note, setNote] = useState(row.nextAction?.note ?? '');
  const [remind, setRemind] = useState(!!row.nextAction?.remind);
  const [message, setMessage] = useState('');
  useEffect(() => {
    setDay(toDateInput(row.nextAction?.at));
    setNote(row.nextAction?.note ?? '');
    setRemind(!!row.nextAction?.remind);
  }, [row.nextAction?.at, row.nextAction?.note, row.nextAction?.remind]);
  const due = isDue(row);
  return (
    <section class="card stack" aria-labelledby="jdl-next-title">
      <h2 id="jdl-next-title">Next action</h2>
      {row.nextAction && (
        <p class={due ? 'jdl-due' : 'muted'}>
          {due ? 'Due: ' : 'Planned: '}
          {formatDate(row.nextAction.at)} ({ago(row.nextAction.at)}){row.nextAction.notifiedAt ? ' · reminder shown' : row.nextAction.remind ? ' · reminder set' : ''}
        </p>
      )}
      <form
        class="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          const at = fromDateInput(day, 9);
          if (at == null) return setMessage('Pick a date first.');
          // The permission prompt must come from this click: ask before anything else is awaited.
          const allowed = remind ? await askNotifications() : false;
          const saved = await t.update(row.id, { nextAction: { at, note: note.trim(), remind: remind && allowed } }, 'Next action saved.');
          if (saved) setMessage(remind && !allowed ? 'Saved. Notifications are not allowed, so the reminder shows here in the tracker as due.' : remind ? `Saved. You will be reminded on ${formatDate(at)} at 9:00.` : 'Saved.');
        }}
      >
        <div class="row">
          <label>
            Date <input type="date" value={day} data-testid="jdl-next-date" onInput={(e) => setDay(e.currentTarget.value)} />
          </label>
          <label>
            What <input value={note} placeholder="Follow up with the recruiter" data-testid="jdl-next-note" onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
        </div>
        <label class="row">
          <input type="checkbox" checked={remind} onChange={(e) => setRemind(e.currentTarget.checked)} /> Remind me with a notification (asks for permission the first time)
        </label>
        <div class="row">
          <button type="submit" data-testid="jdl-next-save">
            Save next action
          </button>
          {row.nextAction && (
            <button
              type="button"
              class="secondary"
              onClick={async () => {
                if (await t.update(row.id, { nextAction: null }, 'Next action cleared.')) setMessage('Cleared.');
              }}
            >
              Clear
            </button>
          )}
          <span role="status" class="muted">
            {message}
          </span>
        </div>
      </form>
    </section>
  );
}
