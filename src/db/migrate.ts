import { type Kysely, type Migration, Migrator } from 'kysely';
import * as people from './migrations/0001-people.js';
import type { Database } from './schema.js';

// Migrations are imported, not read from a folder, so the built server and the tests run the
// same list without file-system lookups; names sort in the order they must run.
const migrations: Record<string, Migration> = {
  '0001-people': people,
};

/** Brings the schema up to date; run at every start (idempotent). */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Database migration failed${name}: ${String(error)}`);
  }
}
