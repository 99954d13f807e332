import { useState } from 'preact/hooks';
import type { PayPeriod, Profile, ProfileSkill, Seniority, WorkMode } from '@/lib/types';
import { addSkills, parseYears, splitNames } from './profile-edit';
import { cleanLine } from './text';
import { AddRow } from './AddRow';
import { CAPS } from '@/lib/match/weights';

export const SENIORITIES: Seniority[] = ['intern', 'junior', 'mid', 'senior', 'staff', 'lead', 'director'];
export const PERIODS: PayPeriod[] = ['year', 'month', 'week', 'day', 'hour'];
export const WORK_MODES: { id: WorkMode; label: string }[] = [
  { id: 'remote', label: 'Remote' },
  { id: 'hybrid', label: 'Hybrid' },
  { id: 'onsite', label: 'On-site' },
];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'INR', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'SGD', 'NZD', 'BRL', 'MXN', 'ZAR'];

const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/** A red flag the user may refuse outright: id and title from lib/rules. */
export interface FlagChoice {
  id: string;
  title: string;
}

/** The skills of a profile: years, the resume line each came from, remove (with undo) and add. */
export function SkillEditor({ skills, resumeText, onChange }: { skills: ProfileSkill[]; resumeText?: string; onChange(next: ProfileSkill[]): void }) {
  const [draft, setDraft] = useState('');
  const [removed, setRemoved] = useState<{ skill: ProfileSkill; at: number } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const add = () => {
    const names = splitNames(draft);
    const next = addSkills(skills, names, resumeText);
    const added = next.length - skills.length;
    if (added) onChange(next);
    setNote(names.length > added ? `${names.length - added === 1 ? 'One skill was' : `${names.length - added} skills were`} already in the profile.` : null);
    setDraft('');
  };
  const remove = (i: number) => {
    setRemoved({ skill: skills[i]!, at: i });
    setNote(null);
    onChange(skills.filter((_, j) => j !== i));
  };
  const undo = () => {
    if (!removed) return;
    const next = [...skills];
    next.splice(Math.min(removed.at, next.length), 0, removed.skill);
    onChange(next);
    setRemoved(null);
  };
  return (
    <fieldset class="card stack">
      <legend>Skills ({skills.length})</legend>
      {skills.length === 0 && <p class="muted">No skills yet. Import your resume above, or add the tools and languages you would put on it.</p>}
      <ul class="skill-rows">
        {skills.map((skill, i) => (
          <li key={skill.name} data-testid="jdl-profile-skill" data-skill={skill.name}>
            <div class="row">
              <strong class="skill-name">{skill.name}</strong>
              <label class="row">
                <span class="muted">years</span>
                <input
                  type="number"
                  min="0"
                  max="60"
                  step="0.5"
                  style="width:5em"
                  value={skill.years ?? ''}
                  aria-label={`Years of ${skill.name}`}
                  onInput={(e) => {
                    const years = parseYears(valueOf(e));
                    const next = [...skills];
                    const { years: _old, ...rest } = skill;
                    next[i] = years == null ? rest : { ...rest, years };
                    onChange(next);
                  }}
                />
              </label>
              <button type="button" class="secondary" aria-label={`Remove ${skill.name}`} onClick={() => remove(i)}>
                Remove
              </button>
            </div>
            {skill.evidence && (
              <q class="resume-line" data-testid="jdl-skill-evidence">
                {cleanLine(skill.evidence)}
              </q>
            )}
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        {removed && (
          <p class="row" style="margin:0">
            <span>Removed {removed.skill.name}.</span>
            <button type="button" class="secondary" onClick={undo}>
              Undo removing {removed.skill.name}
            </button>
          </p>
        )}
        {note && <p class="muted" style="margin:0">{note}</p>}
      </div>
      <AddRow label="Add skills" placeholder="Python, React, PostgreSQL" value={draft} onInput={setDraft} onAdd={add} button="Add" />
    </fieldset>
  );
}

/** Skills or red flags the user refuses: a posting that has one is capped hard. */
function Dealbreakers({ value, flags, onChange }: { value: string[]; flags: FlagChoice[]; onChange(next: string[]): void }) {
  const [draft, setDraft] = useState('');
  const flagIds = new Set(flags.map((f) => f.id));
  const skills = value.filter((v) => !flagIds.has(v));
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  const add = () => {
    const lower = new Set(value.map((v) => v.toLowerCase()));
    const names = splitNames(draft).filter((n) => !lower.has(n.toLowerCase()));
    if (names.length) onChange([...value, ...names]);
    setDraft('');
  };
  return (
    <fieldset class="card stack">
      <legend>Dealbreakers</legend>
      <p class="muted" style="margin:0">A posting that raises one of these scores {CAPS.dealbreaker} at most, whatever else fits.</p>
      <fieldset class="plain">
        <legend>Red flags you refuse</legend>
        <ul class="checks">
          {flags.map((f) => (
            <li key={f.id}>
              <label class="row">
                <input type="checkbox" checked={value.includes(f.id)} data-flag-id={f.id} onChange={(e) => toggle(f.id, (e.currentTarget as HTMLInputElement).checked)} />
                <span>{f.title}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div class="stack">
        {skills.length > 0 && (
          <ul class="chips" aria-label="Skills you refuse">
            {skills.map((s) => (
              <li key={s} class="chip" data-testid="jdl-dealbreaker-skill">
                {s}{' '}
                <button type="button" class="chip-button" aria-label={`Remove dealbreaker ${s}`} onClick={() => toggle(s, false)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <AddRow label="Skills you refuse to work with" placeholder="PHP, SAP" value={draft} onInput={setDraft} onAdd={add} button="Add dealbreaker" buttonClass="secondary" />
      </div>
    </fieldset>
  );
}

/** Salary floor: amount, currency and period; an empty amount means no floor. */
function SalaryFloor({ value, onChange }: { value: Profile['salaryFloor']; onChange(next: Profile['salaryFloor']): void }) {
  const [amount, setAmount] = useState(value?.amount != null ? String(value.amount) : '');
  const [currency, setCurrency] = useState(value?.currency ?? 'USD');
  const [period, setPeriod] = useState<PayPeriod>(value?.period ?? 'year');
  const push = (a: string, c: string, p: PayPeriod) => {
    const n = Number(a.replace(/[\s,_]/g, ''));
    onChange(a.trim() === '' || !Number.isFinite(n) || n <= 0 ? null : { amount: n, currency: c.trim().toUpperCase() || 'USD', period: p });
  };
  return (
    <fieldset class="card">
      <legend>Lowest pay you accept</legend>
      <div class="row">
        <label class="row">
          <span>Amount</span>
          <input
            inputMode="numeric"
            style="width:9em"
            placeholder="none"
            value={amount}
            onInput={(e) => {
              setAmount(valueOf(e));
              push(valueOf(e), currency, period);
            }}
          />
        </label>
        <label class="row">
          <span>Currency</span>
          <input
            list="jdl-currencies"
            style="width:6em"
            maxLength={3}
            value={currency}
            onInput={(e) => {
              setCurrency(valueOf(e));
              push(amount, valueOf(e), period);
            }}
          />
        </label>
        <datalist id="jdl-currencies">
          {CURRENCIES.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <label class="row">
          <span>per</span>
          <select
            value={period}
            onChange={(e) => {
              const p = (e.currentTarget as HTMLSelectElement).value as PayPeriod;
              setPeriod(p);
              push(amount, currency, p);
            }}
          >
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="muted small" style="margin-bottom:0">Postings that pay less (in the same currency) are capped. Leave empty for no floor.</p>
    </fieldset>
  );
}

/** The whole profile form: name, years, level, pay floor, work modes, skills, dealbreakers. */
export function ProfileEditor({ profile, flags, onChange }: { profile: Profile; flags: FlagChoice[]; onChange(next: Profile): void }) {
  const set = (patch: Partial<Profile>) => onChange({ ...profile, ...patch });
  const modes = profile.workModes ?? [];
  return (
    <div class="stack">
      <div class="card stack">
        <label class="row">
          <span class="field-label">Profile name</span>
          <input value={profile.name} required onInput={(e) => set({ name: valueOf(e) })} />
        </label>
        <label class="row">
          <span class="field-label">Years of experience</span>
          <input type="number" min="0" max="60" step="0.5" style="width:6em" value={profile.totalYears ?? ''} onInput={(e) => set({ totalYears: parseYears(valueOf(e)) })} />
        </label>
        <label class="row">
          <span class="field-label">Seniority</span>
          <select value={profile.seniority ?? ''} onChange={(e) => set({ seniority: ((e.currentTarget as HTMLSelectElement).value || null) as Seniority | null })}>
            <option value="">not set (guessed from your years)</option>
            {SENIORITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="plain">
          <legend>Work modes you accept</legend>
          <div class="row">
            {WORK_MODES.map((m) => (
              <label key={m.id} class="row">
                <input
                  type="checkbox"
                  checked={modes.includes(m.id)}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    set({ workModes: on ? [...modes.filter((x) => x !== m.id), m.id] : modes.filter((x) => x !== m.id) });
                  }}
                />
                <span>{m.label}</span>
              </label>
            ))}
          </div>
          <p class="muted small" style="margin-bottom:0">None checked: any work mode is fine.</p>
        </fieldset>
      </div>
      <SalaryFloor key={profile.id ?? 'new'} value={profile.salaryFloor ?? null} onChange={(salaryFloor) => set({ salaryFloor })} />
      <SkillEditor skills={profile.skills} resumeText={profile.resumeText} onChange={(skills) => set({ skills })} />
      <Dealbreakers value={profile.dealbreakers ?? []} flags={flags} onChange={(dealbreakers) => set({ dealbreakers })} />
    </div>
  );
}
