import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging';
import type { StoredProfile } from '@/lib/store';

/** Choose the active resume profile; the score follows it everywhere. */
export function ProfileSwitcher({ onChange }: { onChange?: () => void }) {
  const [profiles, setProfiles] = useState<StoredProfile[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  useEffect(() => {
    void sendMessage('listProfiles', undefined).then((r) => {
      setProfiles(r.profiles);
      setActiveId(r.activeId);
    });
  }, []);
  if (profiles.length < 2) return null;
  return (
    <label class="row">
      <span class="muted">Profile</span>
      <select
        value={activeId ?? ''}
        onChange={async (e) => {
          const id = (e.currentTarget as HTMLSelectElement).value;
          setActiveId(id);
          await sendMessage('setActiveProfile', { id });
          onChange?.();
        }}
      >
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
