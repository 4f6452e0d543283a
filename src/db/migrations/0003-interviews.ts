import type { Kysely } from 'kysely';

/** Interviews, their participants and access tokens, the outbox of messages, and the audit trail. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('interviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('candidate_id', 'text', (c) => c.notNull().references('candidates.id'))
    .addColumn('job_title', 'text')
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('meeting_url', 'text')
    .addColumn('notes', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('calendar_uid', 'text', (c) => c.notNull().unique())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('organizer_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    // The messages as last sent (template ids plus the edited subject/body), JSON: resends and
    // updates reuse them unless new ones are given.
    .addColumn('invite_content', 'text')
    .addColumn('invites_sent_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('interviews_starts_idx')
    .on('interviews')
    .columns(['starts_at', 'id'])
    .execute();
  await db.schema
    .createIndex('interviews_status_starts_idx')
    .on('interviews')
    .columns(['status', 'starts_at', 'id'])
    .execute();
  await db.schema
    .createIndex('interviews_candidate_idx')
    .on('interviews')
    .column('candidate_id')
    .execute();

  await db.schema
    .createTable('participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) =>
      c.notNull().references('interviews.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('candidate_id', 'text', (c) => c.references('candidates.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text')
    .addColumn('attendance', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('last_opened_at', 'text')
    .execute();
  await db.schema
    .createIndex('participants_interview_idx')
    .on('participants')
    .columns(['interview_id', 'position'])
    .execute();
  await db.schema
    .createIndex('participants_user_idx')
    .on('participants')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('participant_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('participant_id', 'text', (c) =>
      c.notNull().references('participants.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('participant_tokens_participant_idx')
    .on('participant_tokens')
    .column('participant_id')
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) =>
      c.notNull().references('interviews.id').onDelete('cascade'),
    )
    .addColumn('participant_id', 'text', (c) =>
      c.references('participants.id').onDelete('set null'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_name', 'text', (c) => c.notNull())
    .addColumn('to_email', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    // The complete RFC 5322 message, composed once so every attempt sends the same bytes.
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
    .execute();
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

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) =>
      c.notNull().references('interviews.id').onDelete('cascade'),
    )
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('events_interview_idx')
    .on('events')
    .columns(['interview_id', 'created_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['events', 'messages', 'participant_tokens', 'participants', 'interviews']) {
    await db.schema.dropTable(table).execute();
  }
}
