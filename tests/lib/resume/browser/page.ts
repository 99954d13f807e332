// Imported exactly as the options page imports it.
import { draftProfile, readResumeFile, ResumeError } from '../../../../lib/resume/browser';

declare global {
  interface Window {
    ready?: boolean;
    readFixture?: (name: string) => Promise<{ text?: string; skills?: number; code?: string }>;
  }
}

window.readFixture = async (name) => {
  const data = await (await fetch(`./${name}`)).arrayBuffer();
  try {
    const text = await readResumeFile(data, name, { onProgress: () => {} });
    return { text, skills: draftProfile(text).skills.length };
  } catch (e) {
    return { code: e instanceof ResumeError ? e.code : `not a ResumeError: ${String(e)}` };
  }
};
window.ready = true;
