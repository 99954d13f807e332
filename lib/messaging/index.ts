import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis, PostingMeta, Profile, Span } from '../types';
import type { PostingPatch, PostingStatus, PostingSummary, SavedPosting, Settings, StoredProfile } from '../store';

/**
 * How the content script reads a page: 'auto' (site adapters and schema.org data), 'request'
 * (the user asked: the selection if there is one, else the heuristic reader may be used too),
 * 'generic' (only the heuristic reader: page health), 'selection' (the selected text only).
 */
export type ReadMode = 'auto' | 'request' | 'generic' | 'selection';

/** What the extension knows about one tab: the popup, side panel and badge all show this. */
export interface TabState {
  /** analyzing: work under way; ready: an analysis; no-posting: nothing to read here; error: it failed. */
  status: 'analyzing' | 'ready' | 'no-posting' | 'error';
  meta: PostingMeta | null;
  /** The analysis, with `match` when the user has an active profile. */
  analysis: Analysis | null;
  saved: SavedInfo | null;
  /** A sentence for the user when status is not 'ready', or a page-health warning. */
  message: string | null;
  profileName: string | null;
  /** How many highlights the page shows (reported back by the content script). */
  highlightCount?: number;
}

export interface SavedInfo {
  id: string;
  status: PostingStatus;
  savedAt: number;
  /** When the status last changed to 'applied', if it did. */
  appliedAt: number | null;
}

/** One profile's fit for a posting, for "Which of my profiles fits best". */
export interface RankedProfile {
  id: string;
  name: string;
  score: number;
  /** Required skills of the posting this profile lacks. */
  missingRequired: string[];
  /** The cap that holds the score down, in plain words, if one does. */
  heldBy: string | null;
}

/** A posting read by the content script (or the CLI): plain text, no DOM. */
export interface PostingInput {
  meta: PostingMeta;
  text: string;
  headings: Span[];
}

/**
 * The one protocol between contexts. Content script -> background: analyzePosting, noPosting,
 * reportHighlights. Pages -> background: the rest. Background -> content script: the `content*` messages.
 */
export interface ProtocolMap {
  analyzePosting(input: PostingInput): TabState;
  noPosting(data: { url: string; message: string }): void;
  reportHighlights(data: { count: number }): void;
  getTabState(data: { tabId: number }): TabState | null;
  /** Read the tab again (injecting the reader on request; `generic` forces the heuristic reader). */
  analyzeTab(data: { tabId: number; generic?: boolean }): TabState | null;
  savePosting(data: { tabId: number }): SavedInfo | null;
  /** The badge's Save button: save the sender's tab. */
  saveFromContent(): SavedInfo | null;
  listProfiles(): { profiles: StoredProfile[]; activeId: string | null };
  saveProfile(profile: Profile): StoredProfile;
  deleteProfile(data: { id: string }): void;
  setActiveProfile(data: { id: string }): void;
  /** Every profile scored against a tab's posting, best first; null when the tab has no analysis. */
  rankProfiles(data: { tabId: number }): { ranking: RankedProfile[]; activeId: string | null } | null;
  listPostings(): PostingSummary[];
  getPosting(data: { id: string }): SavedPosting | null;
  updatePosting(data: { id: string; patch: PostingPatch }): SavedPosting | null;
  /** Tracker -> background: next actions changed (edited in the page, imported): set the reminder alarm again. */
  syncReminders(): void;
  deletePosting(data: { id: string }): void;
  getSettings(): Settings;
  updateSettings(patch: Partial<Settings>): Settings;
  /** Background -> extension pages: a tab's state changed; pages showing that tab refresh. */
  stateChanged(data: { tabId: number }): void;
  /**
   * Background -> content script: read the page again. 'auto': as on load (site adapters and
   * schema.org data); 'request': the user asked, so the heuristic reader may be used too;
   * 'generic': only the heuristic reader (the page-health "analyse generically" button).
   */
  contentRead(data: { mode: ReadMode }): boolean;
  /** Background -> content script: show or hide the highlights. */
  contentSetHighlights(data: { visible: boolean }): void;
  /** Background -> content script: the tab's state changed (saved, profile switched). */
  contentUpdate(state: TabState): void;
  /** Background -> content script: the text the user selected, if any. */
  contentSelection(): string;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
