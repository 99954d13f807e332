// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ResumeImport, type ImportConfirm, type ReadResume } from '@/components/ResumeImport';
import { ResumeError } from '@/lib/resume';
import { button, click, field, mount, settle, type } from './render';

const RESUME = readFileSync(path.resolve(import.meta.dirname, '../fixtures/resumes/resume.txt'), 'utf8');

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Choose a file in the resume input, as the browser does. */
function choose(root: HTMLElement, name: string, body = 'x') {
  const input = root.querySelector<HTMLInputElement>('[data-testid=jdl-resume-file]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([body], name)] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const proposed = (root: HTMLElement) => [...root.querySelectorAll('[data-testid=jdl-proposed-skill]')].map((li) => li.getAttribute('data-skill'));

function setup(opts: { read?: ReadResume; current?: Parameters<typeof ResumeImport>[0]['current']; names?: string[] } = {}) {
  const confirmed: ImportConfirm[] = [];
  const root = mount(
    <ResumeImport
      read={opts.read ?? (async () => RESUME)}
      current={opts.current ?? null}
      profileNames={opts.names ?? []}
      onConfirm={async (r) => {
        confirmed.push(r);
      }}
    />,
  );
  return { root, confirmed };
}

describe('ResumeImport', () => {
  it('shows progress while reading, then the proposal with the line each skill came from', async () => {
    const reading = deferred<string>();
    let progress: ((f: number, label: string) => void) | undefined;
    const read = vi.fn<ReadResume>(async (_data, _name, opts) => {
      progress = opts?.onProgress;
      return reading.promise;
    });
    const { root, confirmed } = setup({ read });
    choose(root, 'resume.pdf');
    await settle();
    expect(read).toHaveBeenCalledWith(expect.any(ArrayBuffer), 'resume.pdf', expect.anything());
    expect(root.querySelector('[data-testid=jdl-resume-progress]')!.textContent).toContain('Opening the file…');
    progress!(0.5, 'Reading page 1 of 2');
    await settle();
    expect(root.querySelector('[data-testid=jdl-resume-progress]')!.textContent).toContain('Reading page 1 of 2');
    expect(root.querySelector('progress')!.value).toBe(0.5);
    expect(root.querySelector<HTMLInputElement>('[data-testid=jdl-resume-file]')!.disabled, 'no second file while one is read').toBe(true);

    reading.resolve(RESUME);
    await settle();
    expect(root.querySelector('[data-testid=jdl-resume-progress]')).toBeNull();
    expect(root.textContent).toContain('Check what JD Lens found in resume.pdf');
    expect(proposed(root)).toContain('Python');
    const python = root.querySelector('[data-testid=jdl-proposed-skill][data-skill=Python]')!;
    expect(python.textContent).toContain('7 years');
    expect(python.querySelector('[data-testid=jdl-proposed-evidence]')!.textContent).toBe('Python (7 years), Go (3 years), JS, SQL, Docker, Terraform, Git');
    expect(confirmed, 'nothing is saved before the user confirms').toEqual([]);
  });

  it('removes (with a way back), adds, then saves exactly what the user confirmed', async () => {
    const { root, confirmed } = setup();
    choose(root, 'resume.docx');
    await settle();
    const before = proposed(root);
    click(button(root, "Don't import Go"));
    expect(proposed(root)).not.toContain('Go');
    click(button(root, "Don't import SQL"));
    click(button(root, 'Put back SQL'));
    expect(proposed(root)).toContain('SQL');

    type(field(root, 'Add a skill the resume missed'), 'Rust, JavaScript');
    click(button(root, 'Add skill'));
    expect(proposed(root), 'JavaScript is the JS already proposed: not added twice').toEqual([...before.filter((s) => s !== 'Go'), 'Rust']);
    expect(root.querySelector('[data-skill=Rust]')!.textContent).toContain('added by you');

    type(field(root, 'Name of the new profile'), 'Jane, backend');
    type(field(root, 'Total professional years'), '8');
    click(root.querySelector('[data-testid=jdl-import-confirm]'));
    await settle();
    expect(confirmed).toHaveLength(1);
    const { profile, makeActive, source, skillCount } = confirmed[0]!;
    expect(profile.name).toBe('Jane, backend');
    expect(profile.id).toBeUndefined();
    expect(profile.totalYears).toBe(8);
    expect(profile.seniority).toBe('senior');
    expect(profile.resumeText).toContain('Jane Doe');
    expect(profile.skills.map((s) => s.name)).toEqual([...before.filter((s) => s !== 'Go'), 'Rust']);
    expect(profile.skills.find((s) => s.name === 'Rust'), 'no resume line names Rust').toEqual({ name: 'Rust' });
    expect(profile.skills.find((s) => s.name === 'Django')!.evidence).toContain('Built Django REST services');
    expect(makeActive, 'the first profile is always the active one').toBe(true);
    expect(source).toBe('resume.docx');
    expect(skillCount).toBe(profile.skills.length);
    expect(root.querySelector('[data-testid=jdl-import-review]'), 'back to the start once saved').toBeNull();
  });

  it('merges into the open profile when asked', async () => {
    const current = { id: 'p1', name: 'Me', skills: [{ name: 'Python', years: 2 }, { name: 'Elixir' }], totalYears: 9 };
    const { root, confirmed } = setup({ current, names: ['Me'] });
    choose(root, 'resume.txt');
    await settle();
    click(root.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!);
    click(root.querySelector('[data-testid=jdl-import-confirm]'));
    await settle();
    const { profile } = confirmed[0]!;
    expect(profile.id).toBe('p1');
    expect(profile.name).toBe('Me');
    expect(profile.skills[0]).toEqual({ name: 'Python', years: 2, evidence: 'Python (7 years), Go (3 years), JS, SQL, Docker, Terraform, Git' });
    expect(profile.skills[1]).toEqual({ name: 'Elixir' });
    expect(profile.skills.map((s) => s.name)).toContain('Django');
  });

  it('says clearly why a file cannot be read, and saves nothing', async () => {
    const { root, confirmed } = setup({
      read: async () => {
        throw new ResumeError('encrypted', 'cv.pdf is password-protected. Save an unprotected copy.');
      },
    });
    choose(root, 'cv.pdf');
    await settle();
    const alert = root.querySelector('[data-testid=jdl-resume-error]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.getAttribute('data-code')).toBe('encrypted');
    expect(alert.textContent).toBe('Nothing was imported. cv.pdf is password-protected. Save an unprotected copy.');
    expect(root.querySelector('[data-testid=jdl-import-review]')).toBeNull();
    expect(confirmed).toEqual([]);
  });

  it('refuses a file far too large for a resume without reading it', async () => {
    const read = vi.fn<ReadResume>();
    const { root } = setup({ read });
    const input = root.querySelector<HTMLInputElement>('[data-testid=jdl-resume-file]')!;
    const big = new File(['x'], 'scan.pdf');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { configurable: true, value: [big] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(root.querySelector('[data-testid=jdl-resume-error]')!.getAttribute('data-code')).toBe('too-large');
    expect(root.querySelector('[data-testid=jdl-resume-error]')!.textContent).toContain('scan.pdf is larger than 20 MB');
  });

  it('explains unexpected failures too', async () => {
    const { root } = setup({
      read: async () => {
        throw new TypeError('boom');
      },
    });
    choose(root, 'cv.pdf');
    await settle();
    expect(root.querySelector('[data-testid=jdl-resume-error]')!.textContent).toContain('cv.pdf could not be read (boom)');
  });

  it('reads pasted text with the same engine, and Discard drops the proposal', async () => {
    const read = vi.fn<ReadResume>();
    const { root, confirmed } = setup({ read });
    type(field(root, 'Paste your resume text'), 'Skills\nReact, TypeScript, CSS');
    click(button(root, 'Read pasted text'));
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(proposed(root)).toEqual(['React', 'TypeScript', 'CSS']);
    expect(root.textContent).toContain('The resume text is very short');
    click(button(root, 'Discard'));
    expect(root.querySelector('[data-testid=jdl-import-review]')).toBeNull();
    expect(confirmed).toEqual([]);
  });
});
