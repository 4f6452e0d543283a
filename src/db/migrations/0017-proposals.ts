import type { Kysely } from 'kysely';

/**
 * Times a participant proposes instead of the one on their invite (DESIGN §6, "propose another
 * time"): from a calendar's COUNTER or from their Interview Link page, up to three at once. The
 * coordinator accepts one (the interview is rescheduled to it) or declines it (that person's
 * calendar is told, METHOD:DECLINECOUNTER). A newer proposal from the same person replaces
 * their open ones.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) =>
      c.notNull().references('interviews.id').onDelete('cascade'),
    )
    .addColumn('participant_id', 'text', (c) =>
      c.notNull().references('participants.id').onDelete('cascade'),
    )
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('proposals_interview_idx')
    .on('proposals')
    .columns(['interview_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('proposals_participant_idx')
    .on('proposals')
    .column('participant_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('proposals').execute();
}
