import { migrateDatabase, openDatabase, type Database } from '../../src/platform/db/database.js';
import { migratedTemplate, openEmptyPg, openFromTemplate } from './templates.js';

/**
 * A fresh, migrated database for one test file: an in-memory embedded database, or — when
 * DATABASE_URL is set (the PostgreSQL tier) — a new database on that server, dropped on close.
 * Cloned from the run's migrated template when there is one (templates.ts): the same schema
 * and migration journal as migrating it here, without paying initdb and the migrations per file.
 */
export async function openTestDatabase(): Promise<Database & { url?: string }> {
  const template = await migratedTemplate();
  if (template) return openFromTemplate(template);
  const url = process.env.DATABASE_URL;
  const database = url ? await openEmptyPg(url) : await openDatabase({});
  await migrateDatabase(database);
  return database;
}
