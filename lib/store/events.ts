/**
 * Store changes, told to every context of the extension (background, tracker tabs) over a
 * BroadcastChannel, so an open tracker refreshes when a posting is saved elsewhere.
 */
const CHANNEL = 'jd-lens-store';
/** This context's id: a context does not hear its own changes (it applied them already). */
const SOURCE = Math.random().toString(36).slice(2);

/** What changed: some posting ids, or null for "anything may have changed" (import, delete all). */
export interface StoreChange {
  ids: string[] | null;
  source?: string;
}

/** Tell other contexts that postings changed. Never throws (no BroadcastChannel: nobody to tell). */
export function notifyChange(ids: string[] | null): void {
  if (typeof BroadcastChannel === 'undefined') return;
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage({ ids, source: SOURCE } satisfies StoreChange);
    channel.close();
  } catch {
    // A context without the API (or closing): the tracker reloads on focus anyway.
  }
}

/** Listen to changes made by other contexts; returns the function that stops listening. */
export function onStoreChange(listener: (change: StoreChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<StoreChange>) => {
    if (event.data?.source !== SOURCE) listener(event.data);
  };
  return () => channel.close();
}
