import { createDb, type EnAvantDb } from './db';

let instance: EnAvantDb | undefined;

/** The app's database, opened on first use. Tests call `setDbForTests` with a fake-indexeddb one. */
export function getDb(): EnAvantDb {
  instance ??= createDb();
  return instance;
}

/** Replaces the database (component tests use fake-indexeddb). */
export function setDbForTests(db: EnAvantDb): void {
  instance = db;
}
