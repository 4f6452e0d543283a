import type { Kysely } from 'kysely';

/** Reminders: per-interview settings, what was sent (never twice), and the scheduler's lease. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // JSON {pendingAfterHours?, pendingBeforeHours?, everyoneBeforeHours?}: overrides of the
  // defaults from the configuration; null: the defaults.
  await db.schema.alterTable('interviews').addColumn('reminder_settings', 'text').execute();
  await db.schema
    .createTable('reminders_sent')
    .addColumn('participant_id', 'text', (c) =>
      c.notNull().references('participants.id').onDelete('cascade'),
    )
    .addColumn('rule', 'text', (c) => c.notNull())
    // The calendar SEQUENCE it belonged to: a reschedule starts the rules over.
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('interview_id', 'text', (c) =>
      c.notNull().references('interviews.id').onDelete('cascade'),
    )
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminders_sent_pk', ['participant_id', 'rule', 'sequence'])
    .execute();
  await db.schema
    .createTable('scheduler_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('scheduler_leases').execute();
  await db.schema.dropTable('reminders_sent').execute();
  await db.schema.alterTable('interviews').dropColumn('reminder_settings').execute();
}
