import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import * as store from '@/lib/store';
import { analysis, meta } from './helpers';

beforeEach(async () => {
  await store.closeDb();
  globalThis.indexedDB = new IDBFactory();
});

/** Two postings with history, notes, tags, a next action; a profile; a setting. */
async function fill() {
  const profile = await store.saveProfile({ name: 'Backend me', skills: [{ name: 'Python', years: 5 }] });
  const a = (await store.savePosting({ meta: meta(), analysis: analysis(70), profileId: profile.id })).posting;
  const b = (
    await store.savePosting({
      meta: meta({ site: 'greenhouse', postingId: '42', url: 'https://job-boards.greenhouse.io/initech/jobs/42', canonicalUrl: null, title: 'Data Engineer', company: 'Initech', location: 'Remote' }),
      analysis: analysis(40, 'Spark and "SQL", =cmd|calc\nsecond line'),
      profileId: profile.id,
    })
  ).posting;
  await store.updatePosting(a.id, { status: 'applied', notes: 'Referred by Sam', tags: ['referral'], nextAction: { at: Date.now() + 86_400_000, note: 'Call', remind: true } });
  await store.updatePosting(b.id, { notes: '=HYPERLINK("http://evil.example","click")', tags: ['@risk', 'remote'] });
  await store.setSetting('theme', 'dark');
  return { a, b, profile };
}

/** Everything in the database, comparable. */
async function snapshot() {
  const b = await store.exportBackup(0);
  return { postings: b.postings, profiles: b.profiles, settings: b.settings };
}

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  return rows;
}

describe('JSON backup', () => {
  it('round trip: export, wipe, import gives back the same postings, profiles and settings', async () => {
    await fill();
    const before = await snapshot();
    const json = JSON.stringify(await store.exportBackup());
    const parsed = JSON.parse(json) as store.Backup;
    expect(parsed).toMatchObject({ format: 'jd-lens-backup', version: store.BACKUP_VERSION, schemaVersion: store.DB_VERSION });
    expect(parsed.postings[0]).toHaveProperty('text');
    expect(parsed.postings.find((p) => p.status === 'applied')?.history.map((h) => h.status)).toEqual(['saved', 'applied']);

    await store.closeDb();
    globalThis.indexedDB = new IDBFactory();
    const report = await store.importBackup(json);
    expect(report.added).toHaveLength(2);
    expect(report).toMatchObject({ unchanged: 0, profilesAdded: 1, settingsAdded: 2 });
    expect(await snapshot()).toEqual(before);
    expect(store.describeImport(report)).toMatch(/Imported 2 postings: 2 added/);
  });

  it('importing the same backup again changes nothing', async () => {
    await fill();
    const json = JSON.stringify(await store.exportBackup());
    const before = await snapshot();
    const report = await store.importBackup(json);
    expect(report).toMatchObject({ added: [], merged: [], unchanged: 2, profilesAdded: 0, settingsAdded: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('merges a duplicate (same posting, other id and URL) without losing either side', async () => {
    const { a } = await fill();
    const backup = await store.exportBackup();
    const theirs = backup.postings.find((p) => p.id === a.id)!;
    // The same job saved on another machine: other id, the search URL, later history, other notes.
    const later = a.savedAt + 10_000;
    const other: store.SavedPosting = {
      ...theirs,
      id: 'other-machine',
      url: 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678',
      canonicalUrl: null,
      history: [...theirs.history, { status: 'interviewing', at: later }],
      status: 'interviewing',
      notes: 'Recruiter: Ana',
      tags: ['Referral', 'berlin'],
      updatedAt: later,
      lastSeen: later,
      text: 'Newer text of the posting',
    };
    const report = await store.importBackup(JSON.stringify({ ...backup, postings: [other], profiles: [], settings: {} }));
    expect(report.merged).toHaveLength(1);
    expect(report.added).toHaveLength(0);
    const rows = await store.listPostings();
    expect(rows).toHaveLength(2);
    const merged = await store.getPosting(a.id);
    expect(merged?.history.map((h) => h.status)).toEqual(['saved', 'applied', 'interviewing']);
    expect(merged?.status).toBe('interviewing');
    expect(merged?.notes).toBe('Referred by Sam\n\n— from backup —\nRecruiter: Ana');
    expect(merged?.tags).toEqual(['referral', 'berlin']);
    expect(merged?.text).toBe('Newer text of the posting');
    expect(merged?.nextAction?.note).toBe('Call');
  });

  it('the same posting twice in one backup (other ids, other URLs): one row, both histories', async () => {
    const { a } = await fill();
    const backup = await store.exportBackup();
    await store.deleteAllPostings();
    const p = backup.postings.find((x) => x.id === a.id)!;
    const twin = { ...p, id: 'twin', url: 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678', canonicalUrl: null, postingId: null, site: 'generic', status: 'offer' as const, history: [...p.history, { status: 'offer' as const, at: p.updatedAt + 5 }], updatedAt: p.updatedAt + 5 };
    const report = await store.importBackup(JSON.stringify({ ...backup, postings: [p, twin, backup.postings.find((x) => x.id !== a.id)] }));
    expect(report.added).toHaveLength(2);
    expect(report.merged).toHaveLength(1);
    expect(await store.listPostings()).toHaveLength(2);
    expect((await store.getPosting(a.id))?.status).toBe('offer');
  });

  it('mergePostings: our later change wins the status; their later change wins it', () => {
    const base = { ...analysis(1), id: 'x', history: [{ status: 'saved' as const, at: 1 }] } as unknown as store.SavedPosting;
    const mk = (history: store.SavedPosting['history'], updatedAt: number): store.SavedPosting => ({
      ...base, status: history[history.length - 1]!.status, history, updatedAt, notes: '', tags: [], urls: [], nextAction: null, firstSeen: 1, lastSeen: 1, savedAt: 1, text: 't',
    });
    const ours = mk([{ status: 'saved', at: 1 }, { status: 'applied', at: 5 }], 9);
    const theirs = mk([{ status: 'saved', at: 1 }, { status: 'rejected', at: 7 }], 8);
    expect(store.mergePostings(ours, theirs).status).toBe('rejected');
    expect(store.mergePostings(theirs, mk([{ status: 'saved', at: 1 }], 99)).status).toBe('rejected');
    // A backup that is an older copy of ours changes nothing.
    expect(store.mergePostings(ours, mk([{ status: 'saved', at: 1 }], 2)).status).toBe('applied');
  });

  it('a profile with our id but other content is added beside ours, never over it', async () => {
    const { profile } = await fill();
    const backup = await store.exportBackup();
    backup.profiles = [{ ...profile, skills: [{ name: 'Rust' }] }];
    const report = await store.importBackup(JSON.stringify(backup));
    expect(report.profilesRenamed).toBe(1);
    const names = (await store.listProfiles()).map((p) => p.name).sort();
    expect(names).toEqual(['Backend me', 'Backend me (imported)']);
  });

  describe('a bad file changes nothing and says why', () => {
    const cases: [string, (good: string) => string, RegExp][] = [
      ['not JSON', () => 'hello, this is a CSV,1,2', /not valid JSON/],
      ['truncated', (good) => good.slice(0, Math.floor(good.length / 2)), /not valid JSON.*cut short/],
      ['empty', () => '', /not valid JSON/],
      ['JSON but not a backup', () => JSON.stringify({ postings: [] }), /not a JD Lens backup/],
      ['an array', () => '[1,2,3]', /not a JD Lens backup/],
      ['a newer version', (good) => JSON.stringify({ ...JSON.parse(good), version: 99 }), /newer JD Lens/],
      ['postings not a list', (good) => JSON.stringify({ ...JSON.parse(good), postings: {} }), /no list of postings/],
      [
        'a posting with a wrong status',
        (good) => {
          const b = JSON.parse(good);
          b.postings[1].status = 'hired';
          return JSON.stringify(b);
        },
        /posting 2 .*status must be one of/,
      ],
      [
        'a posting with a text that is not a string, a skill without evidence',
        (good) => {
          const b = JSON.parse(good);
          b.postings[0].text = 42;
          b.postings[0].analysis.skills[0].evidence = 'x';
          return JSON.stringify(b);
        },
        /text must be a string.*analysis\.skills/,
      ],
      [
        'a profile without skills',
        (good) => {
          const b = JSON.parse(good);
          b.profiles[0].skills = null;
          return JSON.stringify(b);
        },
        /profile 1: skills must be/,
      ],
    ];
    it.each(cases)('%s', async (_name, corrupt, message) => {
      await fill();
      const good = JSON.stringify(await store.exportBackup());
      await store.deleteAllPostings();
      await store.savePosting({ meta: meta({ postingId: '9999999', url: 'https://www.linkedin.com/jobs/view/9999999/', canonicalUrl: null, title: 'Kept' }), analysis: analysis(), profileId: null });
      const before = await snapshot();
      await expect(store.importBackup(corrupt(good))).rejects.toThrow(message);
      await expect(store.importBackup(corrupt(good))).rejects.toBeInstanceOf(store.ImportError);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('imported derived fields are computed again, never trusted', async () => {
    await fill();
    const backup = await store.exportBackup();
    const p = backup.postings[0]!;
    const forged = { ...p, id: 'forged', postingKey: 'linkedin:4012345678', companyKey: 'acme', urls: ['javascript:alert(1)'], postingId: null, site: 'generic', url: 'https://evil.example/x', canonicalUrl: null, title: 'Totally different', company: 'Evil' };
    await store.deleteAllPostings();
    await store.importBackup(JSON.stringify({ ...backup, postings: [forged] }));
    const row = (await store.listPostings())[0]!;
    expect(row).toMatchObject({ postingKey: null, companyKey: 'evil', urls: ['https://evil.example/x'] });
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+49 30 123', "'+49 30 123"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['\tTAB', "'\tTAB"],
    [' padded', '" padded"'],
    [null, ''],
    [42, '42'],
  ])('%j -> %s', (value, cell) => {
    expect(store.csvCell(value)).toBe(cell);
  });

  it('one row per posting, status history and full text as columns, readable back', async () => {
    await fill();
    const postings = await store.getAllPostings();
    const csv = store.toCsv(postings);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = readCsv(csv.slice(1));
    expect(header).toEqual(store.CSV_HEADER);
    expect(rows).toHaveLength(2);
    const col = (row: string[], name: string) => row[header!.indexOf(name)];
    const data = rows.find((r) => col(r, 'company') === 'Initech')!;
    expect(col(data, 'text')).toBe('Spark and "SQL", =cmd|calc\nsecond line');
    expect(col(data, 'notes')).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(col(data, 'tags')).toBe("'@risk; remote");
    const applied = rows.find((r) => col(r, 'company') === 'Acme')!;
    expect(col(applied, 'status_history')).toMatch(/^saved \d{4}-\d\d-\d\dT[\d:]+Z; applied \d{4}-\d\d-\d\dT[\d:]+Z$/);
    expect(col(applied, 'applied_at')).toMatch(/^\d{4}-/);
    expect(col(applied, 'salary_min')).toBe('70000');
    expect(col(applied, 'profile')).toBe('Me');
    // No cell of any row starts with a formula character.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
