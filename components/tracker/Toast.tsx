import { UNDO_MS, useTracker } from './state';

/** The undo toast after a delete: Undo brings the posting back; it goes after a few seconds. */
export function Toast() {
  const t = useTracker();
  const toast = t.toast.value;
  if (!toast) return null;
  return (
    <div class="jdl-toast card row" role="region" aria-label="Notification" data-testid="jdl-toast">
      <span>{toast.message}</span>
      {toast.undo && (
        <button type="button" data-testid="jdl-undo" onClick={toast.undo}>
          Undo
        </button>
      )}
      <button type="button" class="secondary" aria-label="Dismiss (delete now)" onClick={toast.dismiss}>
        ×
      </button>
      <span class="sr-only">Undo is available for {UNDO_MS / 1000} seconds.</span>
    </div>
  );
}
