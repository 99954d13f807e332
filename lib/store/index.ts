/** IndexedDB behind the background and extension pages: profiles, saved postings, settings. */
export * from './db';
export * from './dedupe';
export * from './postings';
export * from './profiles';
export * from './settings';
