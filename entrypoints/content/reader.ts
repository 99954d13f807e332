import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { hasHighlightApi, itemAtPoint, paintHighlights, setCurrentHighlight, type PaintResult } from '@/lib/highlight';
import { onMessage, sendMessage, type ReadMode, type TabState } from '@/lib/messaging';
import { isMapLive, readGeneric, readPosting, readRange } from '@/lib/sites';
import type { PostingPage } from '@/lib/sites/types';
import { createBadge, type BadgeProps, type Card } from './badge';
import { watchDom } from './observe';
import { highlightItems, keyOf, rootOf, selectedRange, textPart } from './posting';

/** How long to wait for a posting to render before saying there is none. */
const WAIT_MS: Record<ReadMode, number> = { auto: 8000, request: 1500, generic: 1500, selection: 0 };
/** A board page with a title but no description this long after loading: report page health. */
const HEALTH_MS = 2500;
/** The posting id changed but the text did not: probably a pane that has not caught up yet. */
const STALE_MS = 3000;
/** Once a posting shows, mutations are read after this much quiet (SPA re-renders, sites.md §5.2). */
const QUIET_MS = 300;
/** The same posting (same id, or same URL) whose text keeps changing is analysed at most this often. */
const REANALYSE_MS = 1000;
/** A selection this long makes "Analyse this page" read the selection instead. */
const SELECTION_MIN = 200;

/**
 * Read the page, send the posting to the background, paint what comes back. Single-page sites
 * are followed through `wxt:locationchange` and one DOM watcher; everything stops with `ctx`.
 */
export function startReader(ctx: ContentScriptContext): void {
  const badge = createBadge();
  /** How this URL is read; 'generic' and 'selection' hold until the URL changes. */
  let mode: ReadMode = 'auto';
  let href = location.href;
  /** The posting shown (or being analysed), its key and the element around its text. */
  let page: PostingPage | null = null;
  let key: string | null = null;
  let root: Node | null = null;
  let state: TabState | null = null;
  let painted: PaintResult | null = null;
  let visible = true;
  let closed = false;
  let seq = 0;
  let analyses = 0;
  let cursor = -1;
  let card: Card | null = null;
  let announce = '';
  /** Waiting for a posting: found one yet, page health reported, and who awaits the answer. */
  let found = false;
  let inFlight = false;
  let healthSent = false;
  let deadline: number | undefined;
  let healthTimer: number | undefined;
  let staleSince = 0;
  let editSince = 0;
  /** When the shown posting was last sent for analysis (performance.now()). */
  let analysedAt = 0;
  let waiters: ((ok: boolean) => void)[] = [];
  let failures = 0;
  const marks = !hasHighlightApi(document);
  const settings = sendMessage('getSettings', undefined)
    .then((s) => {
      visible = s.highlights;
    })
    .catch(() => {});

  const show = () => {
    if (closed || ctx.isInvalid) return;
    if (!state) return badge.remove();
    const props: BadgeProps = {
      state,
      highlightCount: painted?.count ?? 0,
      highlightsVisible: visible,
      card,
      cursor,
      announce,
      onSave: () => void save(),
      onToggleHighlights: () => setVisible(!visible),
      onClose: () => {
        closed = true;
        card = null;
        badge.remove();
      },
      onMove: move,
    };
    badge.update(props, { 'data-posting-id': page?.postingId ?? '', 'data-analyses': String(analyses) });
  };

  const watch = watchDom(document.documentElement, (records) => onMutations(records), {
    signal: ctx.signal,
    // While a posting is awaited (none yet, a new URL, or its text nodes were replaced), read at
    // once: highlights follow the text within a frame or two. Otherwise wait for quiet.
    delay: () => {
      if (location.href !== href) return 0;
      if (!found) return deadline !== undefined ? 0 : QUIET_MS; // after the wait, only patiently
      return page?.map && !isMapLive(page.map) ? 0 : QUIET_MS;
    },
  });

  const unpaint = () => {
    if (!painted) return;
    const p = painted;
    painted = null;
    watch.quietly(() => p.clear());
    setCurrentHighlight(document, null);
  };

  const paint = () => {
    unpaint();
    cursor = -1;
    if (card?.via === 'focus') card = null;
    if (visible && page?.map && state?.status === 'ready' && state.analysis) {
      const { map } = page;
      const items = highlightItems(state.analysis);
      painted = watch.quietly(() => paintHighlights(document, map, items));
    }
    if (state?.status === 'ready') sendMessage('reportHighlights', { count: painted?.count ?? 0 }).catch(() => {});
  };

  const setVisible = (next: boolean, persist = true) => {
    visible = next;
    card = null;
    paint();
    announce = next ? `Highlights shown: ${painted?.count ?? 0}` : 'Highlights hidden';
    show();
    if (persist) void sendMessage('updateSettings', { highlights: next }).catch(() => {});
  };

  /** Keyboard navigation: scroll to the next or previous highlight and open its card. */
  function move(step: 1 | -1 | 0) {
    const items = painted?.items ?? [];
    if (step === 0 || !items.length) {
      cursor = -1;
      card = null;
      setCurrentHighlight(document, null);
      return show();
    }
    cursor = cursor < 0 ? (step > 0 ? 0 : items.length - 1) : (cursor + step + items.length) % items.length;
    const { item, ranges } = items[cursor]!;
    const first = ranges[0]!;
    const anchor = first.startContainer.parentElement;
    anchor?.scrollIntoView({ block: 'center', inline: 'nearest' });
    setCurrentHighlight(document, ranges);
    const rect = first.getBoundingClientRect();
    const below = rect.top < 90;
    card = { label: item.label, x: rect.left + rect.width / 2, y: below ? rect.bottom : rect.top, via: 'focus', below };
    announce = `Highlight ${cursor + 1} of ${items.length}: ${item.label}`;
    show();
  }

  const save = async () => {
    const saved = await sendMessage('saveFromContent', undefined).catch((e: unknown) => {
      // Say why in the badge and its live region (a full disk, a blocked update); nothing else changes.
      if (state) state = { ...state, message: e instanceof Error && e.message ? e.message : 'JD Lens could not save this posting.' };
      announce = state?.message ?? '';
      show();
      return null;
    });
    if (saved && state) {
      state = { ...state, saved };
      show();
    }
  };

  const settle = (ok: boolean) => {
    const list = waiters;
    waiters = [];
    for (const resolve of list) resolve(ok);
  };

  const analyse = async (next: PostingPage, k: string) => {
    const mine = ++seq;
    unpaint();
    card = null;
    page = next;
    key = k;
    root = rootOf(next);
    found = true;
    staleSince = 0;
    editSince = 0;
    clearTimeout(healthTimer);
    healthTimer = undefined;
    analyses++;
    analysedAt = performance.now();
    inFlight = true;
    state = { status: 'analyzing', meta: null, analysis: null, saved: null, message: null, profileName: null };
    show();
    const { text, map: _map, headings, ...meta } = next;
    let result: TabState;
    try {
      result = await sendMessage('analyzePosting', { meta, text, headings });
      await settings;
    } catch (error) {
      if (mine !== seq || ctx.isInvalid) return;
      inFlight = false;
      key = null;
      // The background may be starting up (MV3 service worker): try again a few times.
      if (++failures <= 3) {
        ctx.setTimeout(check, 300 * failures);
        return;
      }
      console.debug('[JD Lens] the background did not answer', error);
      return settle(false);
    }
    failures = 0;
    if (ctx.isInvalid || mine !== seq) return;
    inFlight = false;
    state = result;
    paint();
    const score = result.analysis?.match?.score;
    announce = result.analysis
      ? `JD Lens: ${score != null ? `fit score ${score} out of 100, ` : ''}${painted?.count ?? 0} highlights`
      : (result.message ?? '');
    show();
    settle(result.status === 'ready');
  };

  /** Look at the page now: a new posting is analysed, the same one only repainted. */
  const check = () => {
    if (ctx.isInvalid) return;
    if (location.href !== href) return onLocation();
    if (mode === 'selection') return; // a selection is read once, when asked
    // The <mark> fallback splits text nodes: put them back before reading, paint again after.
    if (marks) unpaint();
    decide();
    if (marks && !painted && !inFlight) paint();
  };

  /** Look again `ms` after `since` (0: from now); returns `since` (or now) while waiting, 0 once the time is up. */
  const holdOff = (since: number, ms: number): number => {
    const now = performance.now();
    const from = since || now;
    if (now - from >= ms) return 0;
    ctx.setTimeout(check, ms - (now - from) + 10);
    return from;
  };

  const decide = () => {
    const url = new URL(href);
    const next = mode === 'generic' ? readGeneric(document, url) : readPosting(document, url, { generic: mode === 'request' });
    if (!next?.text.trim()) {
      if (next?.title && !page) expectHealth(next);
      return;
    }
    const k = keyOf(next);
    if (k === key) {
      // Same posting, re-rendered (LinkedIn): fresh Ranges, no second analysis.
      if (!inFlight) settle(state?.status === 'ready');
      if (page?.map && !isMapLive(page.map)) {
        page = next;
        root = rootOf(next);
        paint();
        show();
      }
      return;
    }
    if (key && page && next.postingId !== page.postingId && textPart(k) === textPart(key)) {
      // The id moved on but the text is the old posting's: wait for the pane to catch up.
      if ((staleSince = holdOff(staleSince, STALE_MS))) return;
    } else if (key && page?.postingId && next.postingId === page.postingId) {
      // Same id, new text: the pane changed before the URL did, or the text is still coming
      // in. Let it settle, so one posting is analysed once.
      if ((editSince = holdOff(editSince, QUIET_MS))) return;
    }
    // A description that churns (a live counter, a rotating banner inside it) must not turn into
    // an analysis per mutation: the same posting is analysed again at most once per REANALYSE_MS.
    if (page && (next.postingId ?? next.url) === (page.postingId ?? page.url) && holdOff(analysedAt, REANALYSE_MS)) return;
    void analyse(next, k);
  };

  /** A board page with a title but no description: after a grace period, say so (page health). */
  const expectHealth = (partial: PostingPage) => {
    if (healthTimer !== undefined || mode !== 'auto') return;
    healthTimer = ctx.setTimeout(() => {
      healthTimer = undefined;
      if (found || page || ctx.isInvalid || location.href !== partial.url) return;
      const { text: _text, map: _map, headings: _headings, ...meta } = partial;
      // An empty text tells the background "a posting page whose description is missing":
      // the popup says so and offers the generic reader.
      healthSent = true;
      void sendMessage('analyzePosting', { meta, text: '', headings: [] }).catch(() => {});
    }, HEALTH_MS);
  };

  /** Wait up to `ms` for a posting; when none came, say so once. */
  const waitFor = (ms: number) => {
    found = false;
    clearTimeout(deadline);
    deadline = ctx.setTimeout(() => {
      deadline = undefined;
      check();
      if (found) return;
      if (page && page.map && !isMapLive(page.map)) {
        // The posting we showed is gone and nothing replaced it.
        unpaint();
        page = null;
        key = null;
        state = null;
        show();
      }
      if (!page && !healthSent) {
        const message =
          mode === 'auto'
            ? 'JD Lens found no job posting on this page.'
            : 'JD Lens could not find a job description on this page. Select the posting’s text, right-click and choose “Analyse the selected text with JD Lens”.';
        void sendMessage('noPosting', { url: location.href, message }).catch(() => {});
      }
      settle(!!page);
    }, ms);
  };

  /** A new URL: back to automatic reading, with a fresh wait and page-health state. */
  const newUrl = () => {
    href = location.href;
    mode = 'auto';
    clearTimeout(healthTimer);
    healthTimer = undefined;
    healthSent = false;
    staleSince = 0;
    editSince = 0;
  };

  const onLocation = () => {
    newUrl();
    waitFor(WAIT_MS.auto);
    check();
  };

  const onMutations = (records: MutationRecord[]) => {
    if (location.href !== href || !page) return check();
    if (page.map && !isMapLive(page.map)) return check();
    if (root && records.some((r) => root!.contains(r.target) || !root!.isConnected)) check();
  };

  /** The background asks (popup, menu, shortcut, page health): read now in `m` mode. */
  const request = (m: ReadMode, force: boolean): Promise<boolean> => {
    if (location.href !== href) newUrl();
    const range = m === 'selection' ? selectedRange(1) : m === 'request' ? selectedRange(SELECTION_MIN) : null;
    if (range) {
      const next = readRange(range, new URL(href));
      if (next) {
        mode = 'selection';
        return new Promise<boolean>((resolve) => {
          waiters.push(resolve);
          void analyse(next, keyOf(next));
        });
      }
    }
    if (m === 'selection') return Promise.resolve(false);
    mode = m;
    if (force) key = null;
    const answer = new Promise<boolean>((resolve) => waiters.push(resolve));
    waitFor(WAIT_MS[m]);
    check();
    return answer;
  };

  // Single-page sites (LinkedIn, Indeed) swap postings without a page load; the navigate event
  // fires before the URL changes, so look on the next task.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(check, 0));

  // Hover cards: which highlight is under the pointer.
  let frame = 0;
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      const e = event as PointerEvent;
      if (!painted || frame) return;
      frame = ctx.requestAnimationFrame(() => {
        frame = 0;
        const item = itemAtPoint(document, e.clientX, e.clientY);
        if (!item) {
          // Leaving the words closes a hover card; a keyboard card stays until the next key.
          if (card?.via === 'hover') {
            card = null;
            show();
          }
          return;
        }
        if (card?.via === 'hover' && card.label === item.label) return;
        card = { label: item.label, x: e.clientX, y: e.clientY, via: 'hover', below: e.clientY < 90 };
        show();
      });
    },
    { passive: true },
  );

  const offs = [
    // 'auto' comes from a restarted background that lost the tab's state, 'generic' from the
    // page-health button (same text maybe, but read without the site's gaps): send it again.
    onMessage('contentRead', ({ data }) => request(data.mode, data.mode === 'auto' || data.mode === 'generic')),
    onMessage('contentSetHighlights', ({ data }) => setVisible(data.visible, false)),
    onMessage('contentUpdate', ({ data }) => {
      // A state for another posting (saved just as the page swapped it) must not paint this one.
      if (page && data.analysis && data.analysis.text !== page.text) return;
      state = data;
      paint();
      show();
    }),
    onMessage('contentSelection', () => String(window.getSelection() ?? '')),
  ];

  ctx.onInvalidated(() => {
    for (const off of offs) off();
    clearTimeout(deadline);
    clearTimeout(healthTimer);
    unpaint();
    badge.remove();
    settle(false);
  });

  waitFor(WAIT_MS.auto);
  check();
}
