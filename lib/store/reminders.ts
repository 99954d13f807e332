import { browser } from 'wxt/browser';
import { getDb, type PostingRecord } from './db';
import { notifyChange } from './events';

/**
 * Reminders for next actions: one alarm, set to the earliest pending reminder (the `by-remind`
 * index), so 10,000 postings never mean 10,000 alarms. When it rings, every due reminder is shown
 * once (a notification, if the user granted that optional permission) and the alarm moves on.
 */
export const REMINDER_ALARM = 'jdl-reminders';
/** Notification ids are this prefix and the posting id; a click opens the posting in the tracker. */
export const NOTIFICATION_PREFIX = 'jdl-remind:';

// The JD Lens lens, 48x48 PNG: notifications need an image and the extension ships no icon file.
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAyElEQVR42u2a0Q2AMAhEu4grOb/b6AImLQUKdzkSf+Ue1JaCY8iI7Lqfd+WBFN0Oxiu8DGQmZGalILuirTDthR8FyRS+AgIjPgViR7z3I/97xxHx1m0zFcLizLv/p0CcEm/1ERr96JM4LAsV4i3+3NHPEm/x2TL6IVmojv6q77bLx7WMuojfzoIABCAAAQggDADyIIMvJeiKOchyGv5CQ3GlhL/UU7RV4BtbFK1FiuYufHudYsBBMWKiGfJRjFlpBt00vxrInPYB72Hn+Z7PuxUAAAAASUVORK5CYII=';

/** Set (or clear) the alarm for the earliest pending reminder; returns when it rings, or null. */
export async function scheduleReminders(now = Date.now()): Promise<number | null> {
  const cursor = await (await getDb()).transaction('postings').store.index('by-remind').openCursor();
  const next = cursor ? Number(cursor.key) : null;
  if (next == null) {
    await browser.alarms.clear(REMINDER_ALARM);
    return null;
  }
  const when = Math.max(next, now + 1000);
  await browser.alarms.create(REMINDER_ALARM, { when });
  return when;
}

/** Whether notifications may be shown: the optional permission was granted. */
async function canNotify(): Promise<boolean> {
  if (!browser.notifications) return false;
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return true; // no permissions API (tests): the notifications API itself is the answer
  }
}

/** What a reminder says: "Follow up: <title>" and "<company> · <note>". */
export function reminderText(r: Pick<PostingRecord, 'title' | 'company' | 'nextAction'>): { title: string; message: string } {
  const title = `Follow up: ${r.title ?? 'saved posting'}`.slice(0, 120);
  const message = [r.company, r.nextAction?.note].filter(Boolean).join(' · ').slice(0, 300) || 'Open the JD Lens tracker to see it.';
  return { title, message };
}

/**
 * Show every due reminder once (marked shown before it is shown, so a crash never repeats it),
 * then set the alarm for the next one. Returns the postings reminded of.
 */
export async function fireDueReminders(now = Date.now()): Promise<PostingRecord[]> {
  const tx = (await getDb()).transaction('postings', 'readwrite');
  const due = await tx.store.index('by-remind').getAll(IDBKeyRange.upperBound(now));
  for (const record of due) {
    if (record.nextAction) record.nextAction = { ...record.nextAction, notifiedAt: now };
    delete record.remindAt;
    await tx.store.put(record);
  }
  await tx.done;
  if (due.length) notifyChange(due.map((r) => r.id));
  if (due.length && (await canNotify())) {
    for (const record of due) {
      await browser.notifications
        .create(`${NOTIFICATION_PREFIX}${record.id}`, { type: 'basic', iconUrl: ICON, ...reminderText(record) })
        .catch((error: unknown) => console.warn('[JD Lens] reminder not shown', error));
    }
  }
  await scheduleReminders(now);
  return due;
}

/** A reminder was clicked: open the posting in the tracker. Returns false for another notification. */
export async function openReminder(notificationId: string): Promise<boolean> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return false;
  const id = notificationId.slice(NOTIFICATION_PREFIX.length);
  await browser.tabs.create({ url: browser.runtime.getURL(`/tracker.html#/p/${encodeURIComponent(id)}` as '/tracker.html') });
  await browser.notifications?.clear(notificationId);
  return true;
}

let listening = false;

/**
 * Open the tracker when a reminder is clicked. The notifications API exists only once the user
 * granted it, so this runs at start-up and again when a permission is added.
 */
export function listenToReminderClicks(): void {
  if (listening || !browser.notifications?.onClicked) return;
  browser.notifications.onClicked.addListener((id) => void openReminder(id));
  listening = true;
}
