import { useEffect, useRef } from 'preact/hooks';
import { UNDO_MS, useTracker } from './state';

/**
 * The undo toast after a delete: Undo brings the posting back; the delete is written after a few
 * seconds, a clock that stops while the toast has the focus or the pointer. When the delete took
 * the focus away (its button is gone), the focus lands on Undo.
 */
export function Toast() {
  const t = useTracker();
  const toast = t.toast.value;
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (toast && (!active || active === document.body || !active.isConnected)) undo.current?.focus();
  }, [toast?.id]);
  if (!toast) return null;
  return (
    <div
      class="jdl-toast card row"
      role="region"
      aria-label="Notification"
      data-testid="jdl-toast"
      onFocusIn={() => toast.hold(true)}
      onFocusOut={() => toast.hold(false)}
      onMouseEnter={() => toast.hold(true)}
      onMouseLeave={() => toast.hold(false)}
    >
      <span>{toast.message}</span>
      {toast.undo && (
        <button type="button" ref={undo} data-testid="jdl-undo" onClick={toast.undo}>
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
