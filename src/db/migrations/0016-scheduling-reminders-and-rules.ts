import type { Kysely } from 'kysely';

/**
 * Scheduling requests, continued (DESIGN §9, ADR 015). Reminders for requests the candidate has
 * not booked: when the one reminder went out, and the hash of the second link it carries. Only
 * token hashes are ever stored, so the reminder cannot repeat the first link: it gets a link of
 * its own, and both open the page. SQLite cannot add a UNIQUE column, hence the unique index
 * (NULLs do not collide). And each request's own slot rules — buffer around busy times, minimum
 * notice, step — whose defaults are the fixed rules requests had before (0, 60, 30 minutes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scheduling_requests').addColumn('reminded_at', 'text').execute();
  await db.schema
    .alterTable('scheduling_requests')
    .addColumn('reminder_token_hash', 'text')
    .execute();
  await db.schema
    .createIndex('scheduling_requests_reminder_token_idx')
    .on('scheduling_requests')
    .column('reminder_token_hash')
    .unique()
    .execute();
  for (const [column, fallback] of [
    ['buffer_minutes', 0],
    ['min_notice_minutes', 60],
    ['step_minutes', 30],
  ] as const) {
    await db.schema
      .alterTable('scheduling_requests')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(fallback))
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['step_minutes', 'min_notice_minutes', 'buffer_minutes']) {
    await db.schema.alterTable('scheduling_requests').dropColumn(column).execute();
  }
  await db.schema.dropIndex('scheduling_requests_reminder_token_idx').execute();
  await db.schema.alterTable('scheduling_requests').dropColumn('reminder_token_hash').execute();
  await db.schema.alterTable('scheduling_requests').dropColumn('reminded_at').execute();
}
