import { type Kysely, sql } from 'kysely';

/**
 * The coordinator's inbox lists participants' answers across interviews, newest first: a
 * partial index of just those events, by time, serves it (and its count since a time) without
 * walking every delivery and edit in the timeline. The condition is db/answer-events.ts's,
 * written out here because a migration must not change when that module does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('events_answers_idx')
    .on('events')
    .columns(['created_at', 'id'])
    .where(
      sql.raw<boolean>(
        `type in ('participant.confirmed', 'participant.declined', 'participant.tentative')`,
      ),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('events_answers_idx').execute();
}
