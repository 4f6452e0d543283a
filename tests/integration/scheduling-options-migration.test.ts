import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/db/database.js';
import { migrateTo, migrateToLatest } from '../../src/db/migrate.js';
import { createTestDatabase, engine, type TestDatabase } from '../helpers/database.js';

// Migration 0016: requests sent before it keep the slot rules they had, and can be reminded.
describe(`Upgrading scheduling requests to reminders and their own slot rules (${engine})`, () => {
  let testDb: TestDatabase;
  let database: Db;
  const now = new Date().toISOString();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = openDatabase(testDb.url);
    await migrateTo(database.db, database.engine, '0014-scheduling-requests');
    const { db } = database;
    await sql`insert into candidates (id, first_name, last_name, email, created_at, updated_at)
      values ('c1', 'A', 'B', 'c1@example.com', ${now}, ${now})`.execute(db);
    for (const id of ['r1', 'r2']) {
      await sql`insert into scheduling_requests (id, candidate_id, interviewer_ids, title,
        duration_minutes, window_from, window_to, time_zone, invite_content, status, token_hash,
        expires_at, created_at, updated_at, version) values (${id}, 'c1', '[]', 'Interview', 45,
        ${now}, ${now}, 'UTC', '{}', 'sent', ${`hash-${id}`}, ${now}, ${now}, ${now}, 1)`.execute(
        db,
      );
    }
    await migrateToLatest(database.db, database.engine);
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  it('gives requests sent before it the fixed rules they had, and no reminder yet', async () => {
    const row = await database.db
      .selectFrom('scheduling_requests')
      .selectAll()
      .where('id', '=', 'r1')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      buffer_minutes: 0,
      min_notice_minutes: 60,
      step_minutes: 30,
      reminded_at: null,
      reminder_token_hash: null,
    });
  });

  it('lets no two requests share a reminder link', async () => {
    const set = (id: string) =>
      database.db
        .updateTable('scheduling_requests')
        .set({ reminder_token_hash: 'same' })
        .where('id', '=', id)
        .execute();
    await set('r1');
    await expect(set('r2')).rejects.toThrow();
  });
});
