import type { Kysely } from 'kysely';

/**
 * Interviewers' calendars, read only (DESIGN §9): an iCalendar feed URL or a CalDAV collection,
 * and the busy times last read from each, one row per merged interval (ADR 014), so "the busy
 * times of these users between two times" is one indexed range query on both engines.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendars')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // 'ics' (a feed URL) or 'caldav'.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('username', 'text')
    // A CalDAV password, encrypted with a key derived from SESSION_SECRET (crypto/secret-box).
    .addColumn('password_box', 'text')
    .addColumn('label', 'text')
    // The validators of the last answer read, sent back so an unchanged feed answers 304.
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    // When the stored busy times were last worked out from a body: the window slides with time,
    // so past a day an unchanged feed is read again in full rather than answered 304.
    .addColumn('busy_read_at', 'text')
    .addColumn('last_sync_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('calendars_user_idx').on('calendars').column('user_id').execute();
  // The scheduled refresh takes the calendars read longest ago first.
  await db.schema
    .createIndex('calendars_sync_idx')
    .on('calendars')
    .column('last_sync_at')
    .execute();

  await db.schema
    .createTable('calendar_busy')
    .addColumn('calendar_id', 'text', (c) =>
      c.notNull().references('calendars.id').onDelete('cascade'),
    )
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('calendar_busy_calendar_idx')
    .on('calendar_busy')
    .columns(['calendar_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('calendar_busy_starts_idx')
    .on('calendar_busy')
    .column('starts_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calendar_busy').execute();
  await db.schema.dropTable('calendars').execute();
}
