import { type Kysely, SqliteAdapter, sql } from 'kysely';

/**
 * Candidate self-scheduling (DESIGN §9, ADR 015): a scheduling request per candidate, the
 * `schedulable` flag on templates (they carry `{{ scheduling.link }}`), and outbox messages that
 * belong to a request rather than an interview (the scheduling email goes out before any
 * interview exists), so `messages.interview_id` becomes nullable.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('scheduling_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('candidate_id', 'text', (c) =>
      c.notNull().references('candidates.id').onDelete('cascade'),
    )
    // JSON array of user ids, in the coordinator's order: the panel the interview will get.
    .addColumn('interviewer_ids', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('window_from', 'text', (c) => c.notNull())
    .addColumn('window_to', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('meeting_url', 'text')
    .addColumn('request_template_id', 'text', (c) => c.references('templates.id'))
    .addColumn('candidate_template_id', 'text', (c) => c.references('templates.id'))
    .addColumn('interviewer_template_id', 'text', (c) => c.references('templates.id'))
    // The invites' wording as chosen when the request was sent (JSON of InviteContents, as
    // interviews.invite_content): a booking sends exactly that, whatever became of the templates.
    .addColumn('invite_content', 'text', (c) => c.notNull())
    // 'sent', 'opened', 'booked' or 'cancelled'; 'expired' is derived on read from expires_at.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('opened_at', 'text')
    .addColumn('booked_at', 'text')
    .addColumn('interview_id', 'text', (c) => c.references('interviews.id').onDelete('set null'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('scheduling_requests_list_idx')
    .on('scheduling_requests')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('scheduling_requests_status_idx')
    .on('scheduling_requests')
    .columns(['status', 'created_at', 'id'])
    .execute();

  await db.schema
    .alterTable('templates')
    .addColumn('schedulable', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update templates set schedulable = 1 where subject like '%scheduling.link%' or body like '%scheduling.link%'`.execute(
    db,
  );

  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await rebuildSqliteMessages(db);
  } else {
    await sql`alter table messages alter column interview_id drop not null`.execute(db);
    await db.schema
      .alterTable('messages')
      .addColumn('scheduling_request_id', 'text', (c) =>
        c.references('scheduling_requests.id').onDelete('cascade'),
      )
      .execute();
  }
  await db.schema
    .createIndex('messages_scheduling_idx')
    .on('messages')
    .columns(['scheduling_request_id', 'created_at'])
    .execute();
}

// SQLite cannot drop NOT NULL: the table is built again with the same columns and indexes.
async function rebuildSqliteMessages(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('messages_next')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) => c.references('interviews.id').onDelete('cascade'))
    .addColumn('participant_id', 'text', (c) =>
      c.references('participants.id').onDelete('set null'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_name', 'text', (c) => c.notNull())
    .addColumn('to_email', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('calendar_method', 'text')
    .addColumn('sequence', 'integer')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('transport', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('claim_id', 'text')
    .addColumn('scheduling_request_id', 'text', (c) =>
      c.references('scheduling_requests.id').onDelete('cascade'),
    )
    .execute();
  await sql`insert into messages_next (id, interview_id, participant_id, kind, to_name, to_email,
    subject, message_id, raw, calendar_method, sequence, state, attempts, next_attempt_at,
    locked_until, last_error, transport, sent_at, created_at, claim_id)
    select id, interview_id, participant_id, kind, to_name, to_email, subject, message_id, raw,
    calendar_method, sequence, state, attempts, next_attempt_at, locked_until, last_error,
    transport, sent_at, created_at, claim_id from messages`.execute(db);
  await db.schema.dropTable('messages').execute();
  await sql`alter table messages_next rename to messages`.execute(db);
  await db.schema
    .createIndex('messages_due_idx')
    .on('messages')
    .columns(['state', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('messages_interview_idx')
    .on('messages')
    .columns(['interview_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('messages_participant_idx')
    .on('messages')
    .columns(['participant_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('messages_scheduling_idx').execute();
  await sql`delete from messages where interview_id is null`.execute(db);
  await db.schema.alterTable('messages').dropColumn('scheduling_request_id').execute();
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    await sql`alter table messages alter column interview_id set not null`.execute(db);
  }
  await db.schema.alterTable('templates').dropColumn('schedulable').execute();
  await db.schema.dropTable('scheduling_requests').execute();
}
