import '@/components/theme.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SettingsForm } from '@/components/SettingsForm';
import { sendMessage } from '@/lib/messaging';
import type { StoredProfile } from '@/lib/store';
import type { Profile, ProfileSkill } from '@/lib/types';

const EMPTY: Profile = { name: 'My profile', skills: [], totalYears: null };

function SkillEditor({ skills, onChange }: { skills: ProfileSkill[]; onChange(next: ProfileSkill[]): void }) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const names = draft
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .filter((n) => !skills.some((s) => s.name.toLowerCase() === n.toLowerCase()));
    if (names.length) onChange([...skills, ...names.map((name) => ({ name }))]);
    setDraft('');
  };
  return (
    <fieldset class="card stack">
      <legend>Skills</legend>
      {skills.length === 0 && <p class="muted">No skills yet. Add the tools and languages you would put on your resume.</p>}
      <ul class="stack" style="list-style:none;padding:0;margin:0">
        {skills.map((skill, i) => (
          <li key={skill.name} class="row" data-testid="jdl-profile-skill" data-skill={skill.name}>
            <span style="min-width:12em">{skill.name}</span>
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
                  const v = (e.currentTarget as HTMLInputElement).value;
                  const next = [...skills];
                  next[i] = { ...skill, years: v === '' ? undefined : Number(v) };
                  onChange(next);
                }}
              />
            </label>
            <button type="button" class="secondary" aria-label={`Remove ${skill.name}`} onClick={() => onChange(skills.filter((_, j) => j !== i))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div class="row">
        <label class="row">
          <span>Add skills</span>
          <input
            value={draft}
            placeholder="Python, React, PostgreSQL"
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </label>
        <button type="button" onClick={add}>
          Add
        </button>
      </div>
    </fieldset>
  );
}

function Options() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void sendMessage('listProfiles', undefined).then(({ profiles, activeId }) => {
      setProfile(profiles.find((p: StoredProfile) => p.id === activeId) ?? profiles[0] ?? { ...EMPTY });
    });
  }, []);

  if (!profile) {
    return (
      <p role="status" style="padding:20px">
        <span class="spinner" aria-hidden="true" /> Loading…
      </p>
    );
  }

  const save = async () => {
    const saved = await sendMessage('saveProfile', profile);
    setProfile(saved);
    setStatus(`Saved “${saved.name}”.`);
  };

  return (
    <main class="stack" style="padding:20px;max-width:760px;margin:auto">
      <h1>Your resume profile</h1>
      <p class="muted">JD Lens compares postings with this profile. It never leaves your machine.</p>
      <label class="row">
        <span style="min-width:8em">Profile name</span>
        <input value={profile.name} onInput={(e) => setProfile({ ...profile, name: (e.currentTarget as HTMLInputElement).value })} />
      </label>
      <label class="row">
        <span style="min-width:8em">Years of experience</span>
        <input
          type="number"
          min="0"
          max="60"
          style="width:6em"
          value={profile.totalYears ?? ''}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            setProfile({ ...profile, totalYears: v === '' ? null : Number(v) });
          }}
        />
      </label>
      <SkillEditor skills={profile.skills} onChange={(skills) => setProfile({ ...profile, skills })} />
      <div class="row">
        <button type="button" data-testid="jdl-profile-save" onClick={() => void save()}>
          Save profile
        </button>
        <span role="status">{status}</span>
      </div>
      <SettingsForm />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
