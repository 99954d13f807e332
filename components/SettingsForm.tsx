import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import type { Settings } from '@/lib/store';

const ALL = { origins: ['<all_urls>'] };

/** Highlights on or off, and the opt-in detector for every site (asks for the permission). */
export function SettingsForm() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    void sendMessage('getSettings', undefined).then(setSettings);
  }, []);
  if (!settings) return null;

  const update = async (patch: Partial<Settings>) => setSettings(await sendMessage('updateSettings', patch));

  const toggleEverywhere = (on: boolean) => {
    if (!on) {
      void browser.permissions.remove(ALL).finally(() => update({ detectEverywhere: false }));
      setNote('JD Lens now reads postings only on the known job boards, or when you ask.');
      return;
    }
    // permissions.request must run inside the click, before any await.
    void browser.permissions.request(ALL).then(async (granted) => {
      if (granted) {
        await update({ detectEverywhere: true });
        setNote('JD Lens now looks for schema.org job postings on every site you visit. Nothing leaves your machine.');
      } else {
        setNote('The permission was not granted, so detection stays on the known job boards.');
      }
    });
  };

  return (
    <fieldset class="card stack">
      <legend>Settings</legend>
      <label class="row">
        <input type="checkbox" checked={settings.highlights} onChange={(e) => void update({ highlights: (e.currentTarget as HTMLInputElement).checked })} />
        <span>Highlight skills and red flags on job pages (Alt+Shift+H toggles)</span>
      </label>
      <label class="row">
        <input type="checkbox" checked={settings.detectEverywhere} onChange={(e) => toggleEverywhere((e.currentTarget as HTMLInputElement).checked)} />
        <span>Detect postings on every site (asks for access to all sites; off by default)</span>
      </label>
      {note && (
        <p role="status" class="muted">
          {note}
        </p>
      )}
    </fieldset>
  );
}
