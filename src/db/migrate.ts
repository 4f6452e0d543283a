import { type Kysely, type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';
import type { Engine } from './database.js';
import * as people from './migrations/0001-people.js';
import * as templates from './migrations/0002-templates.js';
import * as interviews from './migrations/0003-interviews.js';
import * as webhooks from './migrations/0004-webhooks.js';
import * as reminders from './migrations/0005-reminders.js';
import * as participantEvents from './migrations/0006-participant-events.js';
import * as access from './migrations/0007-access.js';
import * as claims from './migrations/0008-claims.js';
import * as currentZoneNames from './migrations/0009-current-zone-names.js';
import * as searchFold from './migrations/0010-search-fold.js';
import * as workingHours from './migrations/0011-working-hours.js';
import * as answerIndex from './migrations/0012-answer-index.js';
import * as calendars from './migrations/0013-calendars.js';
import * as schedulingRequests from './migrations/0014-scheduling-requests.js';
import * as candidateChanges from './migrations/0015-candidate-changes.js';
import * as schedulingRemindersAndRules from './migrations/0016-scheduling-reminders-and-rules.js';
import * as proposals from './migrations/0017-proposals.js';
import * as locales from './migrations/0018-locales.js';
import type { Database } from './schema.js';

// Migrations are imported, not read from a folder, so the built server and the tests run the
// same list without file-system lookups; names sort in the order they must run.
const migrations = {
  '0001-people': people,
  '0002-templates': templates,
  '0003-interviews': interviews,
  '0004-webhooks': webhooks,
  '0005-reminders': reminders,
  '0006-participant-events': participantEvents,
  '0007-access': access,
  '0008-claims': claims,
  '0009-current-zone-names': currentZoneNames,
  '0010-search-fold': searchFold,
  '0011-working-hours': workingHours,
  '0012-answer-index': answerIndex,
  '0013-calendars': calendars,
  '0014-scheduling-requests': schedulingRequests,
  '0015-candidate-changes': candidateChanges,
  '0016-scheduling-reminders-and-rules': schedulingRemindersAndRules,
  '0017-proposals': proposals,
  '0018-locales': locales,
} satisfies Record<string, Migration>;

/** Brings the schema up to date; run at every start (idempotent). */
export async function migrateToLatest(db: Kysely<Database>, engine: Engine): Promise<void> {
  await migrate(db, engine, (migrator) => migrator.migrateToLatest());
}

/** Brings the schema to one named migration: an upgrade test starts from an older schema. */
export async function migrateTo(
  db: Kysely<Database>,
  engine: Engine,
  name: keyof typeof migrations,
): Promise<void> {
  await migrate(db, engine, (migrator) => migrator.migrateTo(name));
}

async function migrate(
  db: Kysely<Database>,
  engine: Engine,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Kysely looks for its bookkeeping tables in every schema unless told which one; on a
    // server shared by several Convene databases (or test schemas) it would find another's.
    migrationTableSchema: engine === 'postgres' ? await currentSchema(db) : undefined,
  });
  const { error, results } = await run(migrator);
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Database migration failed${name}: ${String(error)}`);
  }
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = result.rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check search_path');
  return schema;
}
