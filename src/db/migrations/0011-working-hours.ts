import type { Kysely } from 'kysely';

/**
 * Working hours per user (issue 15; DESIGN §9): a JSON text `{timeZone, weekly: [{day, start,
 * end}]}`, checked by domain/working-hours.ts before it is written. Null, as every existing user
 * starts, means the default: Monday to Friday, 09:00–18:00 in the user's zone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('working_hours', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('working_hours').execute();
}
