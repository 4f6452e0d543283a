import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

/**
 * One calendar event per participant (ADR 010): each participant's invite gets its own
 * unguessable UID, so a calendar reply proves which invite it answers.
 *
 * Participants who were already sent a meeting request keep the interview's shared UID: their
 * calendars hold an event under it, and a new UID would put a second event beside it. Those
 * events are marked by that UID being the interview's own, and their replies must also prove
 * their sender (ADR 010). Everyone else gets a fresh UID now.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('participants').addColumn('calendar_uid', 'text').execute();
  await sql`
    update participants set calendar_uid = (
      select i.calendar_uid from interviews i where i.id = participants.interview_id
    )
    where exists (
      select 1 from messages m
      where m.participant_id = participants.id and m.calendar_method is not null
    )`.execute(db);
  // Not yet invited (drafts, mostly): a fresh UID each, on the interview UID's host.
  for (;;) {
    const batch = await sql<{ id: string; host: string }>`
      select p.id as id, i.calendar_uid as host from participants p
      join interviews i on i.id = p.interview_id
      where p.calendar_uid is null
      limit 500`.execute(db);
    if (batch.rows.length === 0) break;
    for (const row of batch.rows) {
      const host = row.host.slice(row.host.indexOf('@') + 1) || 'convene.invalid';
      await sql`update participants set calendar_uid = ${newUid(host)} where id = ${row.id}`.execute(
        db,
      );
    }
  }
  await db.schema
    .createIndex('participants_calendar_uid_idx')
    .on('participants')
    .column('calendar_uid')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('participants_calendar_uid_idx').execute();
  await db.schema.alterTable('participants').dropColumn('calendar_uid').execute();
}

function newUid(host: string): string {
  return `${randomBytes(20).toString('hex')}@${host}`;
}
