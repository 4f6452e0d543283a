import type { Kysely } from 'kysely';

/**
 * Candidate reschedule and cancel from the Interview Link page (DESIGN §9, ADR 016): how many
 * times the candidate has moved the interview themselves, checked against
 * CANDIDATE_MAX_RESCHEDULES. Existing interviews start at 0; the coordinator's own reschedules
 * are not counted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('interviews')
    .addColumn('candidate_reschedules', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('interviews').dropColumn('candidate_reschedules').execute();
}
