// Node has no IndexedDB: fake-indexeddb installs indexedDB, IDBKeyRange, ... on globalThis.
import 'fake-indexeddb/auto';
