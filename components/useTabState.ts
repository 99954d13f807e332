import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type TabState } from '@/lib/messaging';

/** The tab a page shows: `?tabId=N` when given (tests, links), else the active tab of this window. */
export async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export interface TabStateHook {
  tabId: number | null;
  state: TabState | null;
  /** True until the first answer arrives, and while a request runs. */
  loading: boolean;
  error: string | null;
  refresh(): Promise<void>;
  run<T>(work: (tabId: number) => Promise<T>): Promise<T | undefined>;
}

/**
 * The state of the shown tab, kept fresh: refetched when the background says the tab changed,
 * and (with `followActive`, for the side panel) when the user switches tabs.
 */
export function useTabState({ followActive = false } = {}): TabStateHook {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (id: number | null) => {
    if (id == null) {
      setLoading(false);
      return;
    }
    try {
      setState(await sendMessage('getTabState', { tabId: id }));
      setError(null);
    } catch (e) {
      setError(`JD Lens could not reach its background service (${String(e)}).`);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    let current: number | null = null;
    void resolveTabId().then((id) => {
      current = id;
      setTabId(id);
      return load(id);
    });
    const off = onMessage('stateChanged', ({ data }) => {
      if (data.tabId === current) void load(current);
    });
    const onActivated = (info: { tabId: number }) => {
      if (!followActive || new URLSearchParams(location.search).has('tabId')) return;
      current = info.tabId;
      setTabId(info.tabId);
      setLoading(true);
      void load(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      off();
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [followActive, load]);

  const run = useCallback(
    async <T,>(work: (id: number) => Promise<T>) => {
      if (tabId == null) return undefined;
      setLoading(true);
      let failure: string | null = null;
      try {
        return await work(tabId);
      } catch (e) {
        // The background's own words (a full disk, a blocked update), without "StoreFullError:".
        failure = e instanceof Error && e.message ? e.message : String(e);
        return undefined;
      } finally {
        await load(tabId);
        if (failure) setError(failure); // after load(), which clears older errors
      }
    },
    [tabId, load],
  );

  return { tabId, state, loading, error, refresh: () => load(tabId), run };
}
