import '@/components/theme.css';
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ProfileEditor, type FlagChoice } from '@/components/ProfileEditor';
import { ProfileList } from '@/components/ProfileList';
import { ResumeImport, type ImportConfirm } from '@/components/ResumeImport';
import { SettingsForm } from '@/components/SettingsForm';
import { sameProfile, uniqueName } from '@/components/profile-edit';
import { sendMessage } from '@/lib/messaging';
import { readResumeFile } from '@/lib/resume/browser';
import { RULES } from '@/lib/rules';
import type { StoredProfile } from '@/lib/store';
import type { Profile } from '@/lib/types';

const FLAGS: FlagChoice[] = RULES.map((r) => ({ id: r.id, title: r.title }));
/** The key of the profile being created (not saved yet). */
const NEW = 'new';

function blank(names: string[]): Profile {
  return { name: uniqueName(names.length ? 'New profile' : 'My profile', names), skills: [], totalYears: null };
}

interface Undo {
  profile: StoredProfile;
  wasActive: boolean;
}

function Options() {
  const welcome = new URLSearchParams(location.search).has('welcome');
  const [profiles, setProfiles] = useState<StoredProfile[] | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  /** Unsaved edits by profile id (or NEW): switching profiles never loses them. */
  const [drafts, setDrafts] = useState<Record<string, Profile>>({});
  /** The key of the profile in the editor: an id, NEW, or '' before the first load. */
  const [selected, setSelected] = useState<string>('');
  const [editorKey, setEditorKey] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [busy, setBusy] = useState(false);
  const [onboarding, setOnboarding] = useState<'ask' | 'done' | null>(welcome ? 'ask' : null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const load = useCallback(async (select?: string) => {
    try {
      const r = await sendMessage('listProfiles', undefined);
      setProfiles(r.profiles);
      setActiveId(r.activeId);
      // Keep the profile being edited (or created); else the active one; else a new one.
      setSelected((prev) => {
        const want = select ?? prev;
        if (want === NEW || r.profiles.some((p) => p.id === want)) return want;
        return r.activeId ?? r.profiles[0]?.id ?? NEW;
      });
      setError(null);
    } catch (e) {
      setError(`JD Lens could not read your profiles (${String(e)}). Reload the page to try again.`);
    }
  }, []);

  useEffect(() => {
    void load();
    // The active profile may change in the popup meanwhile: refresh when the page is seen again.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

  // First run, or "Import your resume" from the popup or side panel: start at the file input.
  const loaded = profiles != null;
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if (loaded && (params.has('welcome') || params.has('import'))) document.querySelector<HTMLInputElement>('[data-testid=jdl-resume-file]')?.focus();
  }, [loaded]);

  const names = (profiles ?? []).map((p) => p.name);
  const saved = profiles?.find((p) => p.id === selected) ?? null;
  const current: Profile = drafts[selected] ?? saved ?? blank(names);
  const dirtyKeys = Object.keys(drafts).filter((k) => {
    const base = profiles?.find((p) => p.id === k);
    return k === NEW || !base || !sameProfile(drafts[k]!, base);
  });
  const dirty = dirtyKeys.includes(selected);

  // Leaving with unsaved edits asks first.
  useEffect(() => {
    const onUnload = (e: BeforeUnloadEvent) => {
      if (dirtyKeys.length) e.preventDefault();
    };
    addEventListener('beforeunload', onUnload);
    return () => removeEventListener('beforeunload', onUnload);
  }, [dirtyKeys.length]);

  const finishOnboarding = () => {
    if (onboarding !== 'ask') return;
    setOnboarding('done');
    void sendMessage('updateSettings', { onboarded: true }).catch(() => {});
    history.replaceState(null, '', location.pathname);
  };

  const edit = (next: Profile) => {
    setDrafts((d) => ({ ...d, [selected]: next }));
    setStatus(null);
  };

  const forgetDraft = (key: string) =>
    setDrafts((d) => {
      const { [key]: _gone, ...rest } = d;
      return rest;
    });

  const save = async () => {
    if (!current.name.trim()) {
      setError('Give the profile a name before saving.');
      return;
    }
    setBusy(true);
    try {
      const stored = await sendMessage('saveProfile', { ...current, name: current.name.trim() });
      forgetDraft(selected);
      await load(stored.id);
      setStatus(`Saved “${stored.name}”.`);
      setError(null);
      finishOnboarding();
    } catch (e) {
      setError(`The profile could not be saved (${String(e)}). Your changes are still here.`);
    } finally {
      setBusy(false);
    }
  };

  const create = () => {
    setDrafts((d) => ({ ...d, [NEW]: d[NEW] ?? blank(names) }));
    setSelected(NEW);
    setEditorKey((k) => k + 1);
    setStatus(null);
  };

  const duplicate = async () => {
    setBusy(true);
    try {
      const { id: _id, updatedAt: _u, ...rest } = current;
      const copy = await sendMessage('saveProfile', { ...rest, name: uniqueName(`${current.name} (copy)`, names) });
      await load(copy.id);
      setEditorKey((k) => k + 1);
      setStatus(`Duplicated as “${copy.name}”${dirty ? ' (with your unsaved changes)' : ''}.`);
    } catch (e) {
      setError(`The profile could not be duplicated (${String(e)}).`);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (selected === NEW || !saved) {
      // Not saved yet: discarding it loses only this draft.
      forgetDraft(NEW);
      await load(activeId ?? profiles?.[0]?.id ?? NEW);
      setEditorKey((k) => k + 1);
      return;
    }
    setBusy(true);
    try {
      const wasActive = saved.id === activeId;
      await sendMessage('deleteProfile', { id: saved.id });
      forgetDraft(saved.id);
      setUndo({ profile: { ...saved, ...(drafts[saved.id] ?? {}) } as StoredProfile, wasActive });
      clearTimeout(undoTimer.current);
      undoTimer.current = setTimeout(() => setUndo(null), 30_000);
      setStatus(null);
      await load();
      setEditorKey((k) => k + 1);
    } catch (e) {
      setError(`The profile could not be deleted (${String(e)}).`);
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (!undo) return;
    const { profile, wasActive } = undo;
    setUndo(null);
    clearTimeout(undoTimer.current);
    try {
      const back = await sendMessage('saveProfile', profile);
      if (wasActive) await sendMessage('setActiveProfile', { id: back.id });
      await load(back.id);
      setEditorKey((k) => k + 1);
      setStatus(`Restored “${back.name}”.`);
    } catch (e) {
      setError(`The profile could not be restored (${String(e)}).`);
    }
  };

  const activate = async (id: string) => {
    await sendMessage('setActiveProfile', { id });
    await load(id);
  };

  const imported = async ({ profile, makeActive, source, skillCount }: ImportConfirm) => {
    const stored = await sendMessage('saveProfile', profile);
    if (makeActive) await sendMessage('setActiveProfile', { id: stored.id });
    if (profile.id) forgetDraft(profile.id);
    await load(stored.id);
    setEditorKey((k) => k + 1);
    setStatus(`Saved “${stored.name}” with ${skillCount} skill${skillCount === 1 ? '' : 's'} from ${source}.`);
    finishOnboarding();
  };

  if (!profiles) {
    return (
      <main class="page">
        {error ? (
          <p role="alert" class="error">
            {error}
          </p>
        ) : (
          <p role="status">
            <span class="spinner" aria-hidden="true" /> Loading your profiles…
          </p>
        )}
      </main>
    );
  }

  const list = [...profiles.map((p) => ({ key: p.id, name: p.name, skills: p.skills.length })), ...(selected === NEW || drafts[NEW] ? [{ key: NEW, name: (drafts[NEW] ?? current).name, skills: (drafts[NEW] ?? current).skills.length }] : [])];

  return (
    <main class="page stack">
      {onboarding === 'ask' && (
        <section class="card welcome stack" aria-labelledby="jdl-welcome">
          <h1 id="jdl-welcome">Welcome to JD Lens</h1>
          <p style="margin:0">
            JD Lens reads job postings and tells you how well you fit. To score postings it needs your skills: import your resume below (it stays on this
            machine), then check what it found.
          </p>
          <button type="button" class="secondary" onClick={finishOnboarding}>
            Skip for now
          </button>
        </section>
      )}
      {onboarding === 'done' && (
        <section class="card welcome" role="note">
          <p style="margin:0">
            <strong>You are set.</strong> Open a job posting (LinkedIn, Indeed, Greenhouse, Lever …) and JD Lens shows your fit on the page and in its
            toolbar button.
          </p>
        </section>
      )}
      {onboarding !== 'ask' && <h1>Your resume profiles</h1>}
      {profiles.length === 0 && onboarding !== 'ask' && (
        <p class="card" data-testid="jdl-no-profile">
          You have no profile yet. Import your resume to start, or fill in the form below by hand.
        </p>
      )}
      <div class="layout">
        <ProfileList items={list} selected={selected} activeId={activeId} dirty={dirtyKeys} onSelect={(key) => setSelected(key)} onCreate={create} />
        <div class="stack">
          <ResumeImport read={readResumeFile} current={saved} profileNames={names} onConfirm={imported} />
          <section class="stack" aria-labelledby="jdl-editor-title">
            <div class="row" style="justify-content:space-between">
              <h2 id="jdl-editor-title" style="margin:0">
                {selected === NEW ? 'New profile' : `Edit “${saved?.name ?? current.name}”`}
                {saved && saved.id === activeId && <span class="tag">active</span>}
                {dirty && <span class="tag warn">unsaved changes</span>}
              </h2>
              <div class="row">
                {saved && saved.id !== activeId && (
                  <button type="button" class="secondary" disabled={busy} onClick={() => void activate(saved.id)}>
                    Make active
                  </button>
                )}
                {saved && (
                  <button type="button" class="secondary" disabled={busy} onClick={() => void duplicate()}>
                    Duplicate
                  </button>
                )}
                {(saved || dirty) && (
                  <button type="button" class="secondary danger" disabled={busy} onClick={() => void remove()}>
                    {saved ? 'Delete' : 'Discard'}
                  </button>
                )}
              </div>
            </div>
            <ProfileEditor key={`${selected}:${editorKey}`} profile={current} flags={FLAGS} onChange={edit} />
            <div class="row sticky-actions">
              <button type="button" data-testid="jdl-profile-save" disabled={busy} onClick={() => void save()}>
                Save profile
              </button>
              {dirty && saved && (
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    forgetDraft(selected);
                    setEditorKey((k) => k + 1);
                  }}
                >
                  Discard changes
                </button>
              )}
              <span role="status">{status}</span>
            </div>
            {error && (
              <p role="alert" class="error">
                {error}
              </p>
            )}
          </section>
        </div>
      </div>
      {undo && (
        <div class="toast" role="status" data-testid="jdl-undo">
          <span>Deleted “{undo.profile.name}”.</span>
          <button type="button" onClick={() => void restore()}>
            Undo
          </button>
          <button type="button" class="secondary" aria-label="Dismiss" onClick={() => setUndo(null)}>
            ×
          </button>
        </div>
      )}
      <SettingsForm />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
