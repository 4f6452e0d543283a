import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/db/database.js';
import { migrateTo, migrateToLatest } from '../../src/db/migrate.js';
import { createTestDatabase, engine, type TestDatabase } from '../helpers/database.js';

// Migration 0014 makes messages.interview_id nullable; SQLite rebuilds the table to do it.
describe(`Upgrading to scheduling requests keeps the outbox (${engine})`, () => {
  let testDb: TestDatabase;
  let database: Db;
  const now = new Date().toISOString();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = openDatabase(testDb.url);
    await migrateTo(database.db, database.engine, '0013-calendars');
    const { db } = database;
    await sql`insert into candidates (id, first_name, last_name, email, created_at, updated_at)
      values ('c1', 'A', 'B', 'c1@example.com', ${now}, ${now})`.execute(db);
    await sql`insert into interviews (id, title, candidate_id, starts_at, ends_at,
      duration_minutes, time_zone, status, calendar_uid, sequence, version, created_at, updated_at)
      values ('i1', 'Interview', 'c1', ${now}, ${now}, 60, 'UTC', 'draft', 'i1@convene.test', 0, 1,
      ${now}, ${now})`.execute(db);
    await sql`insert into participants (id, interview_id, role, position, name, email,
      attendance, calendar_uid) values ('p1', 'i1', 'candidate', 0, 'A B', 'c1@example.com',
      'pending', 'p1@convene.test')`.execute(db);
    await sql`insert into templates (id, name, name_key, audience, subject, body, invitable,
      archived, created_at, updated_at) values ('t1', 'Ask', 'ask', 'candidate', 'Pick',
      '<p>{{ scheduling.link }}</p>', 0, 0, ${now}, ${now})`.execute(db);
    await sql`insert into messages (id, interview_id, participant_id, kind, to_name, to_email,
      subject, message_id, raw, state, attempts, next_attempt_at, created_at, claim_id)
      values ('m1', 'i1', 'p1', 'invite', 'A B', 'c1@example.com', 'Hi', '<m1@convene.test>',
      'raw bytes', 'queued', 0, ${now}, ${now}, 'claim')`.execute(db);
    await migrateToLatest(database.db, database.engine);
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  it('keeps every message with its columns, and flags templates that hold the scheduling link', async () => {
    const message = await database.db
      .selectFrom('messages')
      .selectAll()
      .where('id', '=', 'm1')
      .executeTakeFirstOrThrow();
    expect(message).toMatchObject({
      interview_id: 'i1',
      participant_id: 'p1',
      raw: 'raw bytes',
      claim_id: 'claim',
      scheduling_request_id: null,
    });
    const template = await database.db
      .selectFrom('templates')
      .select('schedulable')
      .where('id', '=', 't1')
      .executeTakeFirstOrThrow();
    expect(Number(template.schedulable)).toBe(1);
  });

  it('still deletes an interview’s messages with it, and the message id stays unique', async () => {
    await expect(
      sql`insert into messages (id, interview_id, kind, to_name, to_email, subject, message_id,
        raw, state, attempts, next_attempt_at, created_at) values ('m2', null, 'scheduling', 'A',
        'a@example.com', 'Pick', '<m1@convene.test>', '', 'queued', 0, ${now}, ${now})`.execute(
        database.db,
      ),
    ).rejects.toThrow();
    await database.db.deleteFrom('interviews').where('id', '=', 'i1').execute();
    expect(await database.db.selectFrom('messages').select('id').execute()).toEqual([]);
  });
});
