/** What the reader knows about a posting: its highlight items, its identity, where it sits. */
import type { HighlightItem } from '@/lib/highlight';
import type { PostingPage } from '@/lib/sites/types';
import type { Analysis } from '@/lib/types';

const LEVEL_WORDS = { required: 'required skill', preferred: 'nice-to-have skill', mentioned: 'mentioned skill' } as const;

/** Highlight items for an analysis: skills by level and have / missing, and red-flag phrases. */
export function highlightItems(analysis: Analysis): HighlightItem[] {
  const match = analysis.match;
  const have = new Set([...(match?.required.have ?? []), ...(match?.preferred.have ?? [])]);
  const items: HighlightItem[] = [];
  for (const skill of analysis.skills) {
    const has = have.has(skill.name);
    const kind = skill.level === 'mentioned' ? 'mentioned' : (`${skill.level}-${has ? 'have' : 'missing'}` as const);
    const whose = match ? (has ? 'in your profile' : 'not in your profile') : 'add a profile to compare';
    const label = `${skill.name}: ${LEVEL_WORDS[skill.level]}, ${whose}`;
    for (const span of skill.evidence) items.push({ kind, span, label });
  }
  for (const flag of analysis.redFlags) {
    for (const span of flag.evidence) items.push({ kind: 'flag', span, label: `Red flag: ${flag.title}. ${flag.why}` });
  }
  return items;
}

/** A posting's identity, so a single-page site never gets the same posting analysed twice. */
export function keyOf(page: Pick<PostingPage, 'postingId' | 'url' | 'text'>): string {
  let hash = 0;
  for (let i = 0; i < page.text.length; i++) hash = (hash * 31 + page.text.charCodeAt(i)) | 0;
  return `${page.postingId ?? page.url}#${page.text.length}:${hash}`;
}
/** The text part of a key (length and hash), to tell "same text, other id". */
export const textPart = (key: string) => key.slice(key.lastIndexOf('#'));

/** The element around a posting's mapped text (mutations inside it mean "read again"). */
export function rootOf(page: PostingPage): Node | null {
  const segs = page.map?.segments;
  if (!segs?.length) return null;
  const range = document.createRange();
  range.setStart(segs[0]!.node, 0);
  range.setEnd(segs[segs.length - 1]!.node, 0);
  return range.commonAncestorContainer;
}

/** The selected text's Range, when the user selected something worth analysing. */
export function selectedRange(min: number): Range | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  return String(sel).trim().length >= min ? sel.getRangeAt(0) : null;
}
