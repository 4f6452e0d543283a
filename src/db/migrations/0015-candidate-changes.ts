import type { Kysely } from 'kysely';

/**
 * Candidate reschedule and cancel from the Interview Link page (DESIGN §9, ADR 016): how many
 * times the candidate has moved the interview themselves, checked against
 * CANDIDATE_MAX_RESCHEDULES. Existing interviews start at 0; the coordinator's own reschedules
 * are not counted. A reschedule offers times inside the scheduling request's window when the
 * interview was booked through one, so requests are found by their interview.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('interviews')
    .addColumn('candidate_reschedules', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('scheduling_requests_interview_idx')
    .on('scheduling_requests')
    .column('interview_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('scheduling_requests_interview_idx').execute();
  await db.schema.alterTable('interviews').dropColumn('candidate_reschedules').execute();
}
