import type { EnAvantDb } from './db';

let instance: Promise<EnAvantDb> | undefined;

/**
 * The app's database, opened on first use. Dexie is loaded as its own chunk, in parallel with the
 * shell, which keeps ~30 KB gzip out of the initial bundle on a cheap phone. Tests call
 * `setDbForTests` with a fake-indexeddb database.
 */
export function getDb(): Promise<EnAvantDb> {
  instance ??= import('./db').then(({ createDb }) => createDb());
  return instance;
}

/** Replaces the database (component tests use fake-indexeddb). */
export function setDbForTests(db: EnAvantDb): void {
  instance = Promise.resolve(db);
}
