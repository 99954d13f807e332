import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { itemAtPoint, paintHighlights, type HighlightItem } from '@/lib/highlight';
import { onMessage, sendMessage, type ReadMode, type TabState } from '@/lib/messaging';
import { readPosting } from '@/lib/sites';
import generic from '@/lib/sites/generic';
import type { PostingPage } from '@/lib/sites/types';
import type { Analysis } from '@/lib/types';
import { createBadge, type BadgeProps } from './badge';

/** How long to wait for a single-page site to render a posting before saying there is none. */
const WAIT_MS: Record<ReadMode, number> = { auto: 8000, request: 1500, generic: 1500 };

/** Highlight items for an analysis: skills by level and have / missing, and red-flag phrases. */
export function highlightItems(analysis: Analysis): HighlightItem[] {
  const match = analysis.match;
  const have = new Set([...(match?.required.have ?? []), ...(match?.preferred.have ?? [])]);
  const items: HighlightItem[] = [];
  for (const skill of analysis.skills) {
    const has = have.has(skill.name);
    const kind = skill.level === 'mentioned' ? 'mentioned' : (`${skill.level}-${has ? 'have' : 'missing'}` as const);
    const whose = match ? (has ? 'in your profile' : 'not in your profile') : 'add a profile to compare';
    const label = `${skill.name}: ${skill.level}, ${whose}`;
    for (const span of skill.evidence) items.push({ kind, span, label });
  }
  for (const flag of analysis.redFlags) {
    for (const span of flag.evidence) items.push({ kind: 'flag', span, label: `Red flag: ${flag.title}. ${flag.why}` });
  }
  return items;
}

/** A posting's identity, so a single-page site never gets the same posting analysed twice. */
function keyOf(page: PostingPage): string {
  let hash = 0;
  for (let i = 0; i < page.text.length; i++) hash = (hash * 31 + page.text.charCodeAt(i)) | 0;
  return `${page.postingId ?? page.url}#${page.text.length}:${hash}`;
}

/** Read the page, send the posting to the background, paint what comes back; again on SPA navigation. */
export function startReader(ctx: ContentScriptContext): void {
  const badge = createBadge();
  let page: PostingPage | null = null;
  let lastKey: string | null = null;
  let state: TabState | null = null;
  let highlightsVisible = true;
  let painted: { count: number; clear(): void } | null = null;
  let card: BadgeProps['card'] = null;
  let closed = false;
  let run = 0;

  const show = () => {
    if (closed || !state) return;
    badge.update({
      state,
      highlightCount: painted?.count ?? 0,
      highlightsVisible,
      card,
      onSave: () => void save(),
      onToggleHighlights: () => setVisible(!highlightsVisible),
      onClose: () => {
        closed = true;
        badge.remove();
      },
    });
  };

  const paint = () => {
    painted?.clear();
    painted = null;
    if (!highlightsVisible || !page?.map || state?.status !== 'ready' || !state.analysis) return;
    painted = paintHighlights(document, page.map, highlightItems(state.analysis));
    sendMessage('reportHighlights', { count: painted.count }).catch(() => {});
  };

  const setVisible = (visible: boolean) => {
    highlightsVisible = visible;
    paint();
    show();
    void sendMessage('updateSettings', { highlights: visible }).catch(() => {});
  };

  const save = async () => {
    const saved = await sendMessage('saveFromContent', undefined).catch(() => null);
    if (saved && state) {
      state = { ...state, saved };
      show();
    }
  };

  const analyse = async (next: PostingPage) => {
    page = next;
    lastKey = keyOf(next);
    const { text, map: _map, headings, ...meta } = next;
    state = await sendMessage('analyzePosting', { meta, text, headings });
    if (ctx.isInvalid) return;
    paint();
    show();
  };

  /** Read now; if nothing is there yet, watch the DOM until a posting appears or time runs out. */
  const read = async (mode: ReadMode = 'auto', force = false): Promise<boolean> => {
    const mine = ++run;
    const attempt = () => {
      const url = new URL(location.href);
      const next = mode === 'generic' ? generic.read(document, url) : readPosting(document, url, { generic: mode === 'request' });
      return next && next.text.trim() && (force || keyOf(next) !== lastKey) ? next : null;
    };
    let next = attempt();
    if (!next) {
      next = await new Promise<PostingPage | null>((resolve) => {
        const done = (value: PostingPage | null) => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(value);
        };
        let pending = 0;
        const observer = new MutationObserver(() => {
          if (pending) return;
          pending = window.setTimeout(() => {
            pending = 0;
            if (mine !== run) return done(null);
            const found = attempt();
            if (found) done(found);
          }, 150);
        });
        observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        const timer = window.setTimeout(() => done(mine === run ? attempt() : null), WAIT_MS[mode]);
        ctx.onInvalidated(() => done(null));
      });
    }
    if (mine !== run || ctx.isInvalid) return false;
    if (next) {
      await analyse(next);
      return true;
    }
    if (!lastKey) {
      const message =
        mode === 'auto'
          ? 'JD Lens found no job posting on this page.'
          : 'JD Lens could not find a job description on this page. Select the posting’s text, right-click and choose “Analyse the selected text with JD Lens”.';
      await sendMessage('noPosting', { url: location.href, message }).catch(() => {});
    }
    return lastKey != null;
  };

  // Single-page sites (LinkedIn, Indeed) swap postings without a page load.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    void read();
  });

  // Hover cards: which highlight is under the pointer.
  let frame = 0;
  ctx.addEventListener(document, 'mousemove', (event) => {
    if (!painted || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const item = itemAtPoint(document, event.clientX, event.clientY);
      const next = item ? { label: item.label, x: event.clientX, y: event.clientY } : null;
      if (next?.label !== card?.label) {
        card = next;
        show();
      }
    });
  });

  onMessage('contentRead', ({ data }) => read(data.mode, true));
  onMessage('contentSetHighlights', ({ data }) => setVisible(data.visible));
  onMessage('contentUpdate', ({ data }) => {
    state = data;
    paint();
    show();
  });
  onMessage('contentSelection', () => String(window.getSelection() ?? ''));

  ctx.onInvalidated(() => {
    painted?.clear();
    badge.remove();
  });

  void sendMessage('getSettings', undefined)
    .then((settings) => {
      highlightsVisible = settings.highlights;
    })
    .catch(() => {})
    .finally(() => void read());
}
