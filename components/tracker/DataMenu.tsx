import { useRef, useState } from 'preact/hooks';
import { useTracker, type ImportResult } from './state';

/** Export (JSON backup, CSV), import a JSON backup, delete everything (after a confirmation). */
export function DataMenu() {
  const t = useTracker();
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const total = t.present.value.length;
  const run = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    try {
      await work();
    } catch (e) {
      setResult({ ok: false, message: `${label} failed: ${String(e)}` });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section class="jdl-data card stack" aria-label="Backup and data">
      <div class="row">
        <button type="button" data-testid="jdl-export-json" disabled={!!busy} onClick={() => run('Export', t.exportJson)}>
          Export JSON backup
        </button>
        <button type="button" class="secondary" data-testid="jdl-export-csv" disabled={!!busy} onClick={() => run('Export', t.exportCsv)}>
          Export CSV
        </button>
        <label class="jdl-import">
          Import a JSON backup{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="jdl-import"
            disabled={!!busy}
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              setResult(null);
              setBusy('Import');
              const r = await t.importFile(file);
              setBusy(null);
              setResult(r);
              t.say(r.message);
              input.value = ''; // the same file can be picked again
            }}
          />
        </label>
        <button type="button" class="secondary jdl-danger" data-testid="jdl-delete-all" disabled={!!busy || total === 0} onClick={() => dialog.current?.showModal()}>
          Delete all…
        </button>
        {busy && (
          <span role="status">
            <span class="spinner" aria-hidden="true" /> {busy}…
          </span>
        )}
      </div>
      {result &&
        (result.ok ? (
          <p role="status" class="jdl-ok" data-testid="jdl-import-report">
            {result.message}
          </p>
        ) : (
          <p role="alert" class="jdl-error" data-testid="jdl-import-error">
            {result.message}
          </p>
        ))}
      <dialog ref={dialog} aria-labelledby="jdl-wipe-title" aria-describedby="jdl-wipe-desc" class="card">
        <form
          method="dialog"
          class="stack"
          onSubmit={(e) => {
            const submitter = (e as SubmitEvent).submitter as HTMLButtonElement | null;
            if (submitter?.value !== 'delete') return;
            void run('Delete all', t.deleteAll);
          }}
        >
          <h2 id="jdl-wipe-title">Delete all {total} saved postings?</h2>
          <p id="jdl-wipe-desc">
            Their notes, tags and histories go too, and this cannot be undone. Export a JSON backup first if you may want them back. Your
            profiles and settings stay.
          </p>
          <div class="row">
            <button type="submit" value="cancel" class="secondary" autofocus>
              Cancel
            </button>
            <button type="submit" value="delete" class="jdl-danger-fill" data-testid="jdl-delete-all-confirm">
              Delete all postings
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}
