import { analyze } from '../extract';
import { matchProfile } from '../match';
import type { PostingInput, SavedInfo, TabState } from '../messaging';
import { findSaved, getActiveProfile, type SavedPosting } from '../store';

/**
 * The background's memory of each tab: the last posting its content script read and the state
 * shown for it. A service worker may be stopped at any time, so pages that miss a tab here ask
 * the tab's content script to send its posting again (see entrypoints/background.ts).
 */
const states = new Map<number, TabState>();
const inputs = new Map<number, PostingInput>();

/** The state of a tab, if the background has one. */
export function getState(tabId: number): TabState | undefined {
  return states.get(tabId);
}

/** Remember a tab's state (and the posting it came from, when given). */
export function setState(tabId: number, state: TabState, input?: PostingInput): void {
  states.set(tabId, state);
  if (input) inputs.set(tabId, input);
  else if (state.status !== 'ready' && state.status !== 'analyzing') inputs.delete(tabId);
}

/** The posting a tab last sent, for saving and re-scoring. */
export function getInput(tabId: number): PostingInput | undefined {
  return inputs.get(tabId);
}

/** Forget a closed tab. */
export function forgetTab(tabId: number): void {
  states.delete(tabId);
  inputs.delete(tabId);
}

/** Tabs that hold an analysis, for re-scoring after a profile change. */
export function analysedTabs(): number[] {
  return [...inputs.keys()];
}

/** What the badge and pages say about a saved posting. */
export function savedInfo(posting: SavedPosting | undefined): SavedInfo | null {
  if (!posting) return null;
  const applied = [...posting.history].reverse().find((h) => h.status === 'applied');
  return { id: posting.id, status: posting.status, savedAt: posting.savedAt, appliedAt: applied?.at ?? null };
}

/** Analyse a posting's text, score it against the active profile, and look it up in the tracker. */
export async function analyzeInput(input: PostingInput): Promise<TabState> {
  const { meta, text, headings } = input;
  if (!text.trim()) {
    return {
      status: 'no-posting',
      meta,
      analysis: null,
      saved: null,
      message: 'This page looks like a job posting, but its description is empty.',
      profileName: null,
    };
  }
  const analysis = analyze(text, { title: meta.title, company: meta.company, location: meta.location, url: meta.url, headings });
  const profile = await getActiveProfile();
  if (profile) analysis.match = { ...matchProfile(analysis, profile), profileName: profile.name };
  const saved = savedInfo(await findSaved(meta));
  const missing = meta.missing?.length ? meta.missing : null;
  return {
    status: 'ready',
    meta,
    analysis,
    saved,
    message: missing
      ? `JD Lens read this ${meta.site} page but found no ${missing.join(', ')}. The site may have changed; you can analyse the page generically.`
      : null,
    profileName: profile?.name ?? null,
  };
}
