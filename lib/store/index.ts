/** IndexedDB behind the background and extension pages: profiles, saved postings, settings. */
export * from './backup';
export * from './db';
export * from './dedupe';
export * from './events';
export * from './postings';
export * from './profiles';
export * from './search';
export * from './settings';
export * from './stats';
