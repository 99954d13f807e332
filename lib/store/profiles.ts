import type { Profile } from '../types';
import { getDb, storeError } from './db';
import { getSetting, setSetting } from './settings';

export type StoredProfile = Profile & { id: string };

const ACTIVE = 'activeProfileId';

/** Every profile, oldest first. */
export async function listProfiles(): Promise<StoredProfile[]> {
  const all = await (await getDb()).getAll('profiles');
  return all.sort((a, b) => (a.updatedAt ?? 0) - (b.updatedAt ?? 0) || a.name.localeCompare(b.name));
}

/** Insert or replace a profile; gives it an id when new. The first profile becomes active. */
export async function saveProfile(profile: Profile): Promise<StoredProfile> {
  const stored: StoredProfile = { ...profile, id: profile.id ?? crypto.randomUUID(), updatedAt: Date.now() };
  const db = await getDb();
  await db.put('profiles', stored).catch((error: unknown) => {
    throw storeError(error); // a full disk, in plain words; the profiles already saved are intact
  });
  if (!(await getSetting<string>(ACTIVE))) await setSetting(ACTIVE, stored.id);
  return stored;
}

/** Remove a profile; if it was active, the next one (if any) becomes active. */
export async function deleteProfile(id: string): Promise<void> {
  await (await getDb()).delete('profiles', id);
  if ((await getSetting<string>(ACTIVE)) === id) {
    const [next] = await listProfiles();
    await setSetting(ACTIVE, next?.id ?? null);
  }
}

/** The profile the score is computed against, or null when the user has none yet. */
export async function getActiveProfile(): Promise<StoredProfile | null> {
  const db = await getDb();
  const id = await getSetting<string>(ACTIVE);
  const active = id ? await db.get('profiles', id) : undefined;
  if (active) return active;
  const [first] = await listProfiles();
  return first ?? null;
}

/** Make a profile the active one. */
export async function setActiveProfile(id: string): Promise<void> {
  await setSetting(ACTIVE, id);
}
