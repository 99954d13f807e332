import { getDb } from './db';

/** User settings with their defaults: what a fresh install behaves like. */
export interface Settings {
  highlights: boolean;
  detectEverywhere: boolean;
  onboarded: boolean;
}

export const DEFAULT_SETTINGS: Settings = { highlights: true, detectEverywhere: false, onboarded: false };

/** One raw setting value, or undefined when never set. */
export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await (await getDb()).get('settings', key)) as T | undefined;
}

/** Set one raw setting value. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await (await getDb()).put('settings', value, key);
}

/** All user settings, defaults filled in. */
export async function getSettings(): Promise<Settings> {
  const out = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(out) as (keyof Settings)[]) {
    const value = await getSetting<boolean>(key);
    if (typeof value === 'boolean') out[key] = value;
  }
  return out;
}

/** Change some user settings; returns them all. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  for (const [key, value] of Object.entries(patch)) await setSetting(key, value);
  return getSettings();
}
