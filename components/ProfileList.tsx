/** One entry of the profile list: a saved profile (key = id) or the one being created (key 'new'). */
export interface ProfileListItem {
  key: string;
  name: string;
  skills: number;
}

/** The user's profiles: pick one to edit, see which is active and which has unsaved changes, create one. */
export function ProfileList({
  items,
  selected,
  activeId,
  dirty,
  onSelect,
  onCreate,
}: {
  items: ProfileListItem[];
  selected: string;
  activeId: string | null;
  dirty: string[];
  onSelect(key: string): void;
  onCreate(): void;
}) {
  return (
    <nav class="card stack profile-list" aria-labelledby="jdl-profiles-title">
      <h2 id="jdl-profiles-title">Profiles</h2>
      {items.length === 0 ? (
        <p class="muted">None yet.</p>
      ) : (
        <ul>
          {items.map((p) => (
            <li key={p.key}>
              <button
                type="button"
                class={`profile-item${p.key === selected ? ' selected' : ''}`}
                aria-current={p.key === selected ? 'true' : undefined}
                data-testid="jdl-profile-item"
                data-active={String(p.key === activeId)}
                onClick={() => onSelect(p.key)}
              >
                <span class="name">{p.name || '(no name)'}</span>
                <span class="muted small">
                  {p.skills} skill{p.skills === 1 ? '' : 's'}
                  {p.key === activeId ? ' · active' : ''}
                  {dirty.includes(p.key) && p.key !== 'new' ? ' · unsaved' : ''}
                  {p.key === 'new' ? ' · not saved yet' : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="secondary" onClick={onCreate}>
        New profile
      </button>
    </nav>
  );
}
