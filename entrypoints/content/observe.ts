/**
 * The content script's one DOM watcher (STYLE.md §7: one observation helper, tied to an
 * AbortSignal). A MutationObserver over the document that leaves out JD Lens's own nodes (the
 * badge host) and calls back either at once (throttled) or after the page has been quiet for a
 * while, as the caller asks on every batch. It stops when the signal aborts.
 */

/** What the watcher gives back. */
export interface DomWatch {
  /** Run `fn` (painting or clearing <mark>s) and drop the mutations it caused. */
  quietly<T>(fn: () => T): T;
}

export interface WatchOptions {
  signal: AbortSignal;
  /**
   * Asked on every batch: 0 = call back now (at most once per `minGap` ms, the rest trailing);
   * n > 0 = call back once the page has been quiet for n ms (and at least every 4n ms).
   */
  delay(): number;
  /** Minimum time between immediate calls (default 50 ms). */
  minGap?: number;
}

const OWN = 'jdl-badge';

/** True for a record caused only by JD Lens's own badge host. */
export function isOwnRecord(r: MutationRecord): boolean {
  const target = r.target as Element;
  if (target.nodeType === 1 && (target.localName === OWN || target.closest?.(OWN))) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).localName === OWN);
}

/** Watch `target`'s subtree (elements, text) and call `onChange` with the page's own records. */
export function watchDom(target: Node, onChange: (records: MutationRecord[]) => void, opts: WatchOptions): DomWatch {
  const minGap = opts.minGap ?? 50;
  let pending: MutationRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let lastCall = -Infinity;

  const fire = () => {
    clearTimeout(timer);
    timer = undefined;
    if (opts.signal.aborted || !pending.length) return;
    const records = pending;
    pending = [];
    lastCall = performance.now();
    onChange(records);
  };

  const handle = (records: MutationRecord[]) => {
    const mine = records.filter((r) => !isOwnRecord(r));
    if (!mine.length || opts.signal.aborted) return;
    const now = performance.now();
    if (!pending.length) firstPending = now;
    pending.push(...mine);
    const delay = opts.delay();
    if (delay <= 0) {
      // Waiting for a posting: read in this very microtask, so highlights follow the text fast.
      if (now - lastCall >= minGap) return fire();
      timer ??= setTimeout(fire, minGap - (now - lastCall));
      return;
    }
    clearTimeout(timer);
    const wait = Math.min(delay, Math.max(0, firstPending + delay * 4 - now));
    timer = setTimeout(fire, wait);
  };
  const observer = new MutationObserver(handle);
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  opts.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      pending = [];
    },
    { once: true },
  );

  return {
    quietly(fn) {
      // The page's own records queued before us are kept; ours are dropped.
      const queued = observer.takeRecords();
      try {
        return fn();
      } finally {
        observer.takeRecords();
        if (queued.length) queueMicrotask(() => handle(queued));
      }
    },
  };
}
