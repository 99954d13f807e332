import { useEffect, useRef, useState } from 'preact/hooks';
import { draftProfile, profileFromDraft, type ResumeDraft } from '@/lib/resume';
import type { ReadOptions } from '@/lib/resume';
import type { Profile, ProfileSkill, Seniority } from '@/lib/types';
import { SENIORITIES } from './ProfileEditor';
import { findResumeLine, mergeImport, parseYears, skillIdentity, splitNames, uniqueName } from './profile-edit';
import { cleanLine } from './text';
import { AddRow } from './AddRow';

/** Reads a resume file to text (lib/resume/browser's readResumeFile in the extension). */
export type ReadResume = (data: ArrayBuffer, fileName: string, opts?: ReadOptions) => Promise<string>;

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; source: string; fraction: number; label: string }
  | { kind: 'error'; source: string; message: string; code: string }
  | { kind: 'review'; source: string; draft: ResumeDraft };

/** What the user confirmed, ready to save. */
export interface ImportConfirm {
  profile: Profile;
  makeActive: boolean;
  source: string;
  skillCount: number;
}

const MAX_BYTES = 20 * 1024 * 1024;
const nextFrame = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Resume import: a PDF, DOCX or text file, or pasted text, read on this machine; the proposed
 * skills are shown with the resume line each came from, and nothing is saved until the user
 * confirms them.
 */
export function ResumeImport({
  read,
  current,
  profileNames,
  onConfirm,
}: {
  read: ReadResume;
  /** The saved profile open in the editor: the import may be merged into it. */
  current: (Profile & { id: string }) | null;
  profileNames: string[];
  onConfirm(result: ImportConfirm): Promise<void>;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const busy = phase.kind === 'reading';

  const fromText = async (source: string, text: string) => {
    setPhase({ kind: 'reading', source, fraction: 1, label: 'Finding your skills…' });
    await nextFrame(); // let the progress paint before the (synchronous) extraction
    const draft = draftProfile(text);
    setPhase({ kind: 'review', source, draft });
  };

  const fromFile = async (file: File) => {
    const source = file.name || 'The file';
    try {
      if (file.size > MAX_BYTES) throw Object.assign(new Error(`${source} is larger than 20 MB; a resume is far smaller. Export it again, or paste the text.`), { code: 'too-large' });
      setPhase({ kind: 'reading', source, fraction: 0, label: 'Opening the file…' });
      const text = await read(await file.arrayBuffer(), file.name, {
        onProgress: (fraction, label) => setPhase({ kind: 'reading', source, fraction, label }),
      });
      await fromText(source, text);
    } catch (e) {
      const err = e as { code?: string; message?: string; name?: string };
      // ResumeError (and our size check) carry a message written for the user; anything else is wrapped.
      const ours = err?.name === 'ResumeError' || err?.code === 'too-large';
      const message = ours ? (err.message ?? String(e)) : `${source} could not be read (${err?.message ?? String(e)}). Try another file, or paste the text.`;
      setPhase({ kind: 'error', source, message, code: ours && typeof err.code === 'string' ? err.code : 'unknown' });
    }
  };

  return (
    <section class="card stack" aria-labelledby="jdl-import-title" data-testid="jdl-import">
      <h2 id="jdl-import-title">Import your resume</h2>
      {phase.kind !== 'review' && (
        <>
          <p class="muted" style="margin:0">
            PDF, Word (.docx) or text. It is read on this machine: nothing is uploaded. You check every skill before anything is saved.
          </p>
          <div
            class={`dropzone${dragging ? ' dragging' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              const file = e.dataTransfer?.files[0];
              if (file && !busy) void fromFile(file);
            }}
          >
            <label class="row">
              <span>Resume file</span>
              <input
                type="file"
                data-testid="jdl-resume-file"
                accept=".pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
                disabled={busy}
                onChange={(e) => {
                  const input = e.currentTarget as HTMLInputElement;
                  const file = input.files?.[0];
                  input.value = ''; // the same file can be chosen again
                  if (file) void fromFile(file);
                }}
              />
            </label>
            <span class="muted small">or drop it here</span>
          </div>
          <details>
            <summary>Paste the text instead</summary>
            <div class="stack">
              <label class="stack">
                <span>Paste your resume text</span>
                <textarea rows={8} value={pasted} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} />
              </label>
              <button type="button" disabled={busy || !pasted.trim()} onClick={() => void fromText('the pasted text', pasted)}>
                Read pasted text
              </button>
            </div>
          </details>
        </>
      )}
      {phase.kind === 'reading' && (
        <div role="status" class="stack" data-testid="jdl-resume-progress">
          <progress max={1} value={phase.fraction} aria-label={`Reading ${phase.source}`} />
          <span>
            <span class="spinner" aria-hidden="true" /> {phase.label}
          </span>
        </div>
      )}
      {phase.kind === 'error' && (
        <div role="alert" class="error" data-testid="jdl-resume-error" data-code={phase.code}>
          <strong>Nothing was imported.</strong> {phase.message}
        </div>
      )}
      {phase.kind === 'review' && (
        <ImportReview
          key={phase.source + phase.draft.text.length}
          source={phase.source}
          draft={phase.draft}
          current={current}
          profileNames={profileNames}
          onCancel={() => setPhase({ kind: 'idle' })}
          onConfirm={async (result) => {
            await onConfirm(result);
            setPasted('');
            setPhase({ kind: 'idle' });
          }}
        />
      )}
    </section>
  );
}

interface Proposed extends ProfileSkill {
  keep: boolean;
  added?: boolean;
}

/** The proposal from a resume: check, remove, add, then confirm (or discard). */
export function ImportReview({
  source,
  draft,
  current,
  profileNames,
  onCancel,
  onConfirm,
}: {
  source: string;
  draft: ResumeDraft;
  current: (Profile & { id: string }) | null;
  profileNames: string[];
  onCancel(): void;
  onConfirm(result: ImportConfirm): Promise<void>;
}) {
  const [items, setItems] = useState<Proposed[]>(() => draft.skills.map((s) => ({ ...s, keep: true })));
  const [extra, setExtra] = useState('');
  const [years, setYears] = useState(draft.totalYears != null ? String(draft.totalYears) : '');
  const [seniority, setSeniority] = useState<Seniority | ''>(draft.seniority ?? '');
  const [target, setTarget] = useState<'new' | 'merge'>('new');
  const [name, setName] = useState(() => uniqueName(profileNames.length ? 'Imported resume' : 'My profile', profileNames));
  const [makeActive, setMakeActive] = useState(true);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const kept = items.filter((i) => i.keep);
  const dropped = items.filter((i) => !i.keep);
  const setKeep = (skill: string, keep: boolean) => setItems(items.map((i) => (i.name === skill ? { ...i, keep } : i)));
  const add = () => {
    const seen = new Set(items.map((i) => skillIdentity(i.name)));
    const next = [...items];
    for (const n of splitNames(extra)) {
      const id = skillIdentity(n);
      const existing = next.findIndex((i) => skillIdentity(i.name) === id);
      if (existing >= 0) next[existing] = { ...next[existing]!, keep: true };
      else if (!seen.has(id)) {
        seen.add(id);
        const evidence = findResumeLine(draft.text, n);
        next.push({ name: n, keep: true, added: true, ...(evidence ? { evidence } : {}) });
      }
    }
    setItems(next);
    setExtra('');
  };
  const confirm = async () => {
    if (target === 'new' && !name.trim()) {
      setFailure('Give the new profile a name.');
      return;
    }
    setSaving(true);
    setFailure(null);
    const skills = kept.map(({ keep: _k, added: _a, ...s }) => s);
    const totalYears = parseYears(years);
    const level = seniority || null;
    const profile =
      target === 'merge' && current
        ? mergeImport(current, { skills, totalYears, seniority: level, resumeText: draft.text })
        : { ...profileFromDraft({ ...draft, skills: [], totalYears, seniority: level }, name.trim()), skills };
    try {
      await onConfirm({ profile, makeActive: makeActive || profileNames.length === 0, source, skillCount: skills.length });
    } catch (e) {
      setFailure(`The profile could not be saved (${String(e)}). Nothing was changed.`);
      setSaving(false);
    }
  };

  return (
    <div class="stack" data-testid="jdl-import-review">
      <h3 ref={heading} tabIndex={-1} style="text-transform:none;letter-spacing:0;color:inherit;font-size:1rem">
        Check what JD Lens found in {source}
      </h3>
      <p class="muted" style="margin:0">
        {draft.skills.length} skills proposed, each with the resume line it came from. Remove what is wrong, add what is missing, then confirm. Nothing is saved before that.
      </p>
      {draft.warnings.length > 0 && (
        <ul class="warnings" aria-label="Things to check">
          {draft.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {kept.length === 0 && <p class="muted">No skills selected. Add some below, or discard this import.</p>}
      <ul class="skill-rows">
        {kept.map((s) => (
          <li key={s.name} data-testid="jdl-proposed-skill" data-skill={s.name}>
            <div class="row">
              <strong class="skill-name">{s.name}</strong>
              {s.years != null && <span class="muted">{s.years} years</span>}
              {s.added && <span class="tag">added by you</span>}
              <button type="button" class="secondary" aria-label={`Don't import ${s.name}`} onClick={() => setKeep(s.name, false)}>
                Remove
              </button>
            </div>
            {s.evidence ? (
              <q class="resume-line" data-testid="jdl-proposed-evidence">
                {cleanLine(s.evidence)}
              </q>
            ) : (
              <span class="muted small">Not found in the resume text.</span>
            )}
          </li>
        ))}
      </ul>
      {dropped.length > 0 && (
        <div class="row" aria-live="polite">
          <span class="muted">Not imported:</span>
          {dropped.map((s) => (
            <button key={s.name} type="button" class="secondary" aria-label={`Put back ${s.name}`} onClick={() => setKeep(s.name, true)}>
              ↺ {s.name}
            </button>
          ))}
        </div>
      )}
      <AddRow label="Add a skill the resume missed" placeholder="Rust, GraphQL" value={extra} onInput={setExtra} onAdd={add} button="Add skill" buttonClass="secondary" />
      <div class="row">
        <label class="row">
          <span>Total professional years</span>
          <input type="number" min="0" max="60" step="0.1" style="width:6em" value={years} onInput={(e) => setYears((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="row">
          <span>Level</span>
          <select value={seniority} onChange={(e) => setSeniority((e.currentTarget as HTMLSelectElement).value as Seniority | '')}>
            <option value="">not set</option>
            {SENIORITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset class="plain stack">
        <legend>Save to</legend>
        <label class="row">
          <input type="radio" name="jdl-import-target" checked={target === 'new'} onChange={() => setTarget('new')} />
          <span>A new profile named</span>
          <input aria-label="Name of the new profile" value={name} disabled={target !== 'new'} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </label>
        {current && (
          <label class="row">
            <input type="radio" name="jdl-import-target" checked={target === 'merge'} onChange={() => setTarget('merge')} />
            <span>Add to “{current.name}” (keeps its skills, adds the new ones and their resume lines)</span>
          </label>
        )}
        {profileNames.length > 0 && (
          <label class="row">
            <input type="checkbox" checked={makeActive} onChange={(e) => setMakeActive((e.currentTarget as HTMLInputElement).checked)} />
            <span>Make it the active profile (the one postings are scored against)</span>
          </label>
        )}
      </fieldset>
      {failure && (
        <p role="alert" class="error">
          {failure}
        </p>
      )}
      <div class="row">
        <button type="button" data-testid="jdl-import-confirm" disabled={saving} onClick={() => void confirm()}>
          {saving ? 'Saving…' : `Confirm ${kept.length} skill${kept.length === 1 ? '' : 's'}`}
        </button>
        <button type="button" class="secondary" disabled={saving} onClick={onCancel}>
          Discard
        </button>
      </div>
    </div>
  );
}
