import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { analyzeInput, savedInfo } from '@/lib/background/tabs';
import * as store from '@/lib/store';
import type { PostingMeta } from '@/lib/types';

beforeEach(async () => {
  await store.closeDb();
  globalThis.indexedDB = new IDBFactory();
});

const meta: PostingMeta = {
  site: 'linkedin',
  url: 'https://www.linkedin.com/jobs/view/9/',
  canonicalUrl: 'https://www.linkedin.com/jobs/view/9/',
  postingId: '9',
  title: 'Platform Engineer',
  company: 'Initech',
  location: null,
};
const text = 'Requirements\n- 3+ years with Terraform and AWS.\n- Kubernetes experience.\nNice to have\n- Go is a plus.';

describe('analyzeInput', () => {
  it('analyses without a profile: no match, no score', async () => {
    const state = await analyzeInput({ meta, text, headings: [] });
    expect(state.status).toBe('ready');
    expect(state.analysis?.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Terraform', 'AWS', 'Kubernetes']));
    expect(state.analysis?.match).toBeUndefined();
    expect(state.saved).toBeNull();
  });

  it('scores against the active profile and knows a saved posting', async () => {
    await store.saveProfile({ name: 'Ops', skills: [{ name: 'terraform' }, { name: 'EKS' }], totalYears: 4 });
    const first = await analyzeInput({ meta, text, headings: [] });
    expect(first.profileName).toBe('Ops');
    expect(first.analysis?.match?.required.have).toEqual(expect.arrayContaining(['Terraform', 'AWS', 'Kubernetes']));
    const { posting } = await store.savePosting({ meta, analysis: first.analysis!, profileId: null });
    await store.updatePosting(posting.id, { status: 'applied' });
    const again = await analyzeInput({ meta: { ...meta, url: 'https://www.linkedin.com/jobs/search/?currentJobId=9' }, text, headings: [] });
    expect(again.saved?.status).toBe('applied');
    expect(again.saved?.appliedAt).toBeTypeOf('number');
  });

  it('an empty description is a quiet no-posting state', async () => {
    const state = await analyzeInput({ meta, text: '  \n ', headings: [] });
    expect(state.status).toBe('no-posting');
    expect(state.message).toMatch(/empty/);
  });

  it('says which fields a site adapter found empty (page health)', async () => {
    const state = await analyzeInput({ meta: { ...meta, missing: ['company'] }, text, headings: [] });
    expect(state.message).toMatch(/found no company/);
  });
});

describe('savedInfo', () => {
  it('is null for nothing saved', () => {
    expect(savedInfo(undefined)).toBeNull();
  });
});
