import type { Kysely } from 'kysely';

/**
 * Fenced leases (issue 14): each claim of an outbox message or a webhook delivery writes a
 * random claim id, and the worker's result is recorded only while the row still carries it.
 * A worker stalled past its lease (an SMTP socket times out after 10 minutes, the lease ends
 * after 5) then cannot undo what the worker that took the row over recorded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Null while nobody holds the row; rows claimed before this version have none and are taken
  // over as usual once their lease ends.
  await db.schema.alterTable('messages').addColumn('claim_id', 'text').execute();
  await db.schema.alterTable('webhook_deliveries').addColumn('claim_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('webhook_deliveries').dropColumn('claim_id').execute();
  await db.schema.alterTable('messages').dropColumn('claim_id').execute();
}
