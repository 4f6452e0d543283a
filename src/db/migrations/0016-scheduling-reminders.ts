import type { Kysely } from 'kysely';

/**
 * Reminders for scheduling requests the candidate has not booked (DESIGN §9, ADR 015): when the
 * one reminder went out, and the hash of the second link it carries. Only token hashes are ever
 * stored, so the reminder cannot repeat the first link: it gets a link of its own, and both open
 * the page. SQLite cannot add a UNIQUE column, hence the unique index (NULLs do not collide).
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
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('scheduling_requests_reminder_token_idx').execute();
  await db.schema.alterTable('scheduling_requests').dropColumn('reminder_token_hash').execute();
  await db.schema.alterTable('scheduling_requests').dropColumn('reminded_at').execute();
}
