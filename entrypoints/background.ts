import { browser, type Browser } from 'wxt/browser';
import { analyzeInput, analysedTabs, forgetTab, getInput, getState, savedInfo, setState } from '@/lib/background/tabs';
import { analyze } from '@/lib/extract';
import { onMessage, sendMessage, type ReadMode, type TabState } from '@/lib/messaging';
import { matchProfile, rankProfiles } from '@/lib/match';
import { BOARD_MATCHES } from '@/lib/sites/matches';
import * as store from '@/lib/store';
import { fireDueReminders, listenToReminderClicks, REMINDER_ALARM, scheduleReminders } from '@/lib/store/reminders';

// The toolbar button is `action` in MV3 and `browserAction` in Firefox MV2.
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** Show the score (or a dot while working) on the toolbar button of a tab. */
async function showBadge(tabId: number, state: TabState): Promise<void> {
  const score = state.analysis?.match?.score;
  const text = state.status !== 'ready' ? '' : score != null ? String(score) : String(state.analysis?.skills.length ?? '');
  try {
    await action().setBadgeText({ tabId, text });
    await action().setBadgeBackgroundColor({ tabId, color: score == null ? '#475569' : score >= 70 ? '#15803d' : score >= 40 ? '#b45309' : '#b91c1c' });
  } catch {
    // The tab closed meanwhile.
  }
}

/** Store a tab's new state and tell the open pages and the tab itself. */
async function publish(tabId: number, state: TabState, input?: PostingInput): Promise<TabState> {
  setState(tabId, state, input);
  await showBadge(tabId, state);
  sendMessage('stateChanged', { tabId }).catch(() => {}); // no page open: nobody listens
  return state;
}
type PostingInput = Parameters<typeof analyzeInput>[0];

/** The reader's files: the script and the highlight styles for the page (cssInjectionMode 'manifest'). */
const READER = { js: 'content-scripts/content.js', css: 'content-scripts/content.css' } as const;

/**
 * Ask a tab's reader to read in `mode`, injecting it first where it does not run (activeTab
 * allows it after the user's gesture). True when it read a posting, null when it cannot run.
 */
async function readTab(tabId: number, mode: ReadMode): Promise<boolean | null> {
  const read = () => sendMessage('contentRead', { mode }, tabId);
  try {
    return await read();
  } catch {
    try {
      // The injected reader starts with an 'auto' read; 'request' then widens it to the heuristic reader.
      await browser.scripting.insertCSS({ target: { tabId }, files: [READER.css] }).catch(() => {});
      await browser.scripting.executeScript({ target: { tabId }, files: [`/${READER.js}`] });
      return await read();
    } catch {
      return null;
    }
  }
}

/**
 * Analyse a tab because the user asked (popup, menu, shortcut). `generic` reads with the
 * heuristic reader only (the page-health button).
 */
async function analyzeTab(tabId: number, generic = false): Promise<TabState | null> {
  if ((await readTab(tabId, generic ? 'generic' : 'request')) === null) return cannotRead(tabId);
  return getState(tabId) ?? null;
}

function cannotRead(tabId: number): Promise<TabState> {
  return publish(tabId, {
    status: 'error',
    meta: null,
    analysis: null,
    saved: null,
    message: 'JD Lens cannot read this page (browser pages and the extension store are off limits).',
    profileName: null,
  });
}

/**
 * Analyse the selected text: read in the page, mapped to its DOM so that it is highlighted too;
 * where the reader cannot map it (or run), the selection's text alone.
 */
async function analyzeSelectionIn(tabId: number, text: string, url: string): Promise<void> {
  if (!(await readTab(tabId, 'selection'))) await analyzeSelection(tabId, text, url);
}

/** Analyse text the user selected on a page. */
async function analyzeSelection(tabId: number, text: string, url: string): Promise<void> {
  const meta = { site: 'selection', url, canonicalUrl: null, postingId: null, title: null, company: null, location: null };
  const input = { meta, text, headings: [] };
  await publish(tabId, await analyzeInput(input), input);
}

/** Save the posting shown in a tab to the tracker. */
async function saveTab(tabId: number) {
  const input = getInput(tabId);
  const state = getState(tabId);
  if (!input || !state?.analysis) return null;
  const profile = await store.getActiveProfile();
  const { posting } = await store.savePosting({ meta: input.meta, analysis: state.analysis, profileId: profile?.id ?? null });
  const saved = savedInfo(posting);
  await publish(tabId, { ...state, saved }, input);
  sendMessage('contentUpdate', { ...state, saved }, tabId).catch(() => {});
  return saved;
}

/** Saved postings changed elsewhere (tracker: status, delete, import): refresh what open tabs say about them. */
async function refreshSavedTabs(): Promise<void> {
  for (const tabId of analysedTabs()) {
    const state = getState(tabId);
    const input = getInput(tabId);
    if (!state?.analysis || !input) continue;
    const saved = savedInfo(await store.findSaved(input.meta));
    if (JSON.stringify(saved) === JSON.stringify(state.saved)) continue;
    const next = { ...state, saved };
    await publish(tabId, next, input);
    sendMessage('contentUpdate', next, tabId).catch(() => {});
  }
}

/** Score every open analysed tab again, after the profile changed. */
async function rescoreTabs(): Promise<void> {
  const profile = await store.getActiveProfile();
  for (const tabId of analysedTabs()) {
    const state = getState(tabId);
    const input = getInput(tabId);
    if (!state?.analysis || !input) continue;
    const analysis = { ...state.analysis, match: profile ? { ...matchProfile(state.analysis, profile), profileName: profile.name } : undefined };
    const next = { ...state, analysis, profileName: profile?.name ?? null };
    await publish(tabId, next, input);
    sendMessage('contentUpdate', next, tabId).catch(() => {});
  }
}

/** A small posting with sections, bullets, years, salary and a red flag, for the warm-up. */
const WARM_UP = [
  'About the job',
  'Acme is hiring a Senior Backend Engineer (remote, US) to build our data platform.',
  'Requirements',
  '• 5+ years of Python, Go or Java in production.',
  '• Experience with PostgreSQL, Kafka and Kubernetes on AWS.',
  'Nice to have',
  '• React or TypeScript is a plus.',
  'Salary: $150,000 - $180,000 a year. Unlimited PTO, fast-paced environment.',
].join('\n');

const EVERYWHERE = 'jdl-everywhere';

/**
 * The opt-in "detect postings on every site": while the setting is on and the user granted
 * <all_urls>, the reader is registered for every page (the boards keep their static one).
 */
async function syncEverywhere(): Promise<void> {
  try {
    const { detectEverywhere } = await store.getSettings();
    const granted = await browser.permissions.contains({ origins: ['<all_urls>'] });
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [EVERYWHERE] });
    if (detectEverywhere && granted && !registered.length) {
      await browser.scripting.registerContentScripts([
        { id: EVERYWHERE, matches: ['<all_urls>'], excludeMatches: BOARD_MATCHES, js: [READER.js], css: [READER.css], runAt: 'document_idle' },
      ]);
    } else if (!(detectEverywhere && granted) && registered.length) {
      await browser.scripting.unregisterContentScripts({ ids: [EVERYWHERE] });
    }
  } catch (error) {
    console.warn('[JD Lens] could not update the everywhere detector', error);
  }
}

function tabOf(sender: Browser.runtime.MessageSender): number {
  const id = sender.tab?.id;
  if (id == null) throw new Error('This message must come from a tab.');
  return id;
}

export default defineBackground(() => {
  onMessage('analyzePosting', async ({ data, sender }) => {
    const tabId = tabOf(sender);
    await publish(tabId, { status: 'analyzing', meta: data.meta, analysis: null, saved: null, message: null, profileName: null });
    try {
      const state = await analyzeInput(data);
      // A saved posting seen again: lastSeen moves and this URL joins the ones it was seen at.
      if (state.saved) void store.markSeen(state.saved.id, data.meta).catch(() => {});
      return await publish(tabId, state, data);
    } catch (error) {
      console.error('[JD Lens] analysis failed', error);
      // A blocked database upgrade says what to do (close the old JD Lens pages); anything else stays generic.
      const message = error instanceof store.StoreBlockedError ? error.message : 'JD Lens could not analyse this posting.';
      return publish(tabId, { status: 'error', meta: data.meta, analysis: null, saved: null, message, profileName: null });
    }
  });
  onMessage('noPosting', async ({ data, sender }) => {
    await publish(tabOf(sender), { status: 'no-posting', meta: null, analysis: null, saved: null, message: data.message, profileName: null });
  });
  onMessage('reportHighlights', ({ data, sender }) => {
    const tabId = tabOf(sender);
    const state = getState(tabId);
    if (state) setState(tabId, { ...state, highlightCount: data.count });
  });
  onMessage('getTabState', async ({ data }) => {
    const known = getState(data.tabId);
    if (known) return known;
    // The service worker restarted: ask the tab's reader (if any) to send its posting again.
    const answered = await sendMessage('contentRead', { mode: 'auto' }, data.tabId).catch(() => false);
    return answered ? (getState(data.tabId) ?? null) : null;
  });
  onMessage('analyzeTab', ({ data }) => analyzeTab(data.tabId, data.generic));
  onMessage('savePosting', ({ data }) => saveTab(data.tabId));
  onMessage('saveFromContent', ({ sender }) => saveTab(tabOf(sender)));

  onMessage('listProfiles', async () => {
    const [profiles, active] = await Promise.all([store.listProfiles(), store.getActiveProfile()]);
    return { profiles, activeId: active?.id ?? null };
  });
  onMessage('saveProfile', async ({ data }) => {
    const saved = await store.saveProfile(data);
    await rescoreTabs();
    return saved;
  });
  onMessage('deleteProfile', async ({ data }) => {
    await store.deleteProfile(data.id);
    await rescoreTabs();
  });
  onMessage('setActiveProfile', async ({ data }) => {
    await store.setActiveProfile(data.id);
    await rescoreTabs();
  });
  onMessage('rankProfiles', async ({ data }) => {
    const analysis = getState(data.tabId)?.analysis;
    if (!analysis) return null;
    const [profiles, active] = await Promise.all([store.listProfiles(), store.getActiveProfile()]);
    const ranking = rankProfiles(analysis, profiles).map(({ profile, match }) => {
      const cut = match.breakdown?.some((l) => l.max === 0 && l.points < 0);
      const held = cut && match.caps[0] ? match.caps[0].reason : null;
      return { id: profile.id!, name: profile.name, score: match.score, missingRequired: match.required.missing, heldBy: held };
    });
    return { ranking, activeId: active?.id ?? null };
  });

  onMessage('listPostings', () => store.listPostings());
  onMessage('getPosting', async ({ data }) => (await store.getPosting(data.id)) ?? null);
  onMessage('updatePosting', async ({ data }) => {
    const posting = await store.updatePosting(data.id, data.patch);
    if ('nextAction' in data.patch) await scheduleReminders();
    return posting ?? null;
  });
  onMessage('syncReminders', async () => void (await scheduleReminders()));
  // Next-action reminders: one alarm at the earliest; notifications only if the user granted them.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void fireDueReminders();
  });
  listenToReminderClicks();
  browser.permissions.onAdded.addListener(() => listenToReminderClicks());
  browser.runtime.onStartup.addListener(() => void scheduleReminders());
  browser.runtime.onInstalled.addListener(() => void scheduleReminders()); // an update clears alarms
  store.onStoreChange(() => void refreshSavedTabs());
  onMessage('deletePosting', ({ data }) => store.deletePosting(data.id));
  onMessage('getSettings', () => store.getSettings());
  onMessage('updateSettings', async ({ data }) => {
    const settings = await store.updateSettings(data);
    if ('detectEverywhere' in data) await syncEverywhere();
    return settings;
  });
  browser.permissions.onRemoved.addListener(() => void syncEverywhere());
  void syncEverywhere();

  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));

  // Analyse on request: a context-menu item for the page and one for a selection.
  browser.runtime.onInstalled.addListener((details) => {
    // First run: onboarding asks for a resume (options.html?welcome=1 marks settings.onboarded when done).
    if (details.reason === 'install') {
      void store.getSettings().then(({ onboarded }) => {
        if (!onboarded) void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}?welcome=1` });
      });
    }
    browser.contextMenus.create({ id: 'jdl-analyze-page', title: 'Analyse this page with JD Lens', contexts: ['page'] });
    browser.contextMenus.create({ id: 'jdl-analyze-selection', title: 'Analyse the selected text with JD Lens', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id == null) return;
    if (info.menuItemId === 'jdl-analyze-selection' && info.selectionText) void analyzeSelectionIn(tab.id, info.selectionText, tab.url ?? '');
    else void analyzeTab(tab.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id == null) return;
    if (command === 'analyze-page') await analyzeTab(tab.id);
    if (command === 'save-posting') {
      // Nothing read in this tab yet (a page off the job boards, or the worker restarted): read it first.
      if (!getInput(tab.id)) await analyzeTab(tab.id);
      await saveTab(tab.id);
    }
    if (command === 'toggle-highlights') {
      const settings = await store.updateSettings({ highlights: !(await store.getSettings()).highlights });
      sendMessage('contentSetHighlights', { visible: settings.highlights }, tab.id).catch(() => {});
    }
  });
  // Warm the extractor (lexicon, tries, sections, salary, red flags, JIT) and the profile store,
  // so the first real posting is highlighted fast: a one-line warm-up left its first analysis
  // at ~80 ms and the first highlights at ~250 ms (tests/e2e/boards.spec.ts, latency).
  setTimeout(() => {
    analyze(WARM_UP, { title: 'Senior Backend Engineer', company: 'Acme', location: 'Remote', url: null, headings: [{ start: 0, end: 13 }] });
    void store.getActiveProfile().catch(() => {});
  }, 0);
});
