import Dexie, { type EntityTable } from 'dexie';
import { SCHEMA_VERSIONS, type AttemptRow, type LessonVisitRow, type ProfileRow, type ReviewDeckRow, type SettingRow } from './schema';

/** The app database. Tables are typed; repositories receive an instance (tests pass their own). */
export type EnAvantDb = Dexie & {
  profiles: EntityTable<ProfileRow, 'id'>;
  attempts: EntityTable<AttemptRow, 'id'>;
  lessonVisits: Dexie.Table<LessonVisitRow, [string, string]>;
  settings: Dexie.Table<SettingRow, [string, string]>;
  reviewDeck: Dexie.Table<ReviewDeckRow, [string, string]>;
};

/** The production database name. */
export const DB_NAME = 'en-avant';

/** Opens (lazily, on first use) a database with every schema version declared in order. */
export function createDb(name: string = DB_NAME, indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange): EnAvantDb {
  const db = new Dexie(name, indexedDB && keyRange ? { indexedDB, IDBKeyRange: keyRange } : undefined) as EnAvantDb;
  for (const { version, stores } of SCHEMA_VERSIONS) {
    db.version(version).stores({ ...stores });
  }
  return db;
}
