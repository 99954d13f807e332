import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as store from '@/lib/store';
import { fireDueReminders, openReminder, REMINDER_ALARM, reminderText, scheduleReminders } from '@/lib/store/reminders';
import { analysis, meta } from './helpers';

beforeEach(async () => {
  fakeBrowser.reset();
  await store.closeDb();
  globalThis.indexedDB = new IDBFactory();
});

async function posting(postingId: string, title: string) {
  const url = `https://www.linkedin.com/jobs/view/${postingId}/`;
  return (await store.savePosting({ meta: meta({ postingId, url, canonicalUrl: url, title }), analysis: analysis(), profileId: null })).posting;
}

describe('reminders', () => {
  it('one alarm, at the earliest pending reminder; none when nothing is pending', async () => {
    const now = Date.now();
    const a = await posting('1000001', 'A');
    const b = await posting('1000002', 'B');
    expect(await scheduleReminders(now)).toBeNull();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    await store.updatePosting(a.id, { nextAction: { at: now + 5 * 86_400_000, note: 'later', remind: true } });
    await store.updatePosting(b.id, { nextAction: { at: now + 86_400_000, note: 'sooner', remind: true } });
    expect(await scheduleReminders(now)).toBe(now + 86_400_000);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(now + 86_400_000);
    // A next action without "remind me" sets no alarm.
    await store.updatePosting(a.id, { nextAction: { at: now + 1000, note: 'no reminder' } });
    expect(await scheduleReminders(now)).toBe(now + 86_400_000);
  });

  it('a due reminder is shown once, marked shown, and the alarm moves to the next one', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const now = Date.now();
    const a = await posting('1000001', 'Backend Engineer');
    const b = await posting('1000002', 'B');
    await store.updatePosting(a.id, { nextAction: { at: now - 1000, note: 'Call Ana', remind: true } });
    await store.updatePosting(b.id, { nextAction: { at: now + 86_400_000, note: 'later', remind: true } });
    const shown = await fireDueReminders(now);
    expect(shown.map((r) => r.id)).toEqual([a.id]);
    const notes = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(notes)).toEqual([`jdl-remind:${a.id}`]);
    expect(notes[`jdl-remind:${a.id}`]).toMatchObject({ title: 'Follow up: Backend Engineer', message: 'Acme · Call Ana' });
    const after = await store.getPosting(a.id);
    expect(after?.nextAction).toMatchObject({ note: 'Call Ana', notifiedAt: now });
    expect(after?.remindAt).toBeUndefined();
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(now + 86_400_000);
    expect(await fireDueReminders(now + 1)).toEqual([]);
  });

  it('without the notifications permission nothing is shown, and the tracker still shows it as due', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const a = await posting('1000001', 'A');
    await store.updatePosting(a.id, { nextAction: { at: 1, note: 'x', remind: true } });
    expect(await fireDueReminders()).toHaveLength(1);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect((await store.getPosting(a.id))?.nextAction?.at).toBe(1);
  });

  it('a click opens the posting in the tracker', async () => {
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openReminder('jdl-remind:abc')).toBe(true);
    expect(opened.mock.calls[0]![0].url).toMatch(/\/tracker\.html#\/p\/abc$/);
    expect(await openReminder('someone-else')).toBe(false);
  });

  it('says what to do in plain words, never too long', () => {
    expect(reminderText({ title: null, company: null, nextAction: null })).toEqual({ title: 'Follow up: saved posting', message: 'Open the JD Lens tracker to see it.' });
    expect(reminderText({ title: 'x'.repeat(500), company: 'c', nextAction: null }).title.length).toBe(120);
  });
});
