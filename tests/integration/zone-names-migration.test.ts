import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/db/database.js';
import { migrateTo, migrateToLatest } from '../../src/db/migrate.js';
import { createTestDatabase, engine, type TestDatabase } from '../helpers/database.js';

describe(`Upgrading moves saved zones to their current names (${engine})`, () => {
  let testDb: TestDatabase;
  let database: Db;
  const now = new Date().toISOString();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = openDatabase(testDb.url);
    await migrateTo(database.db, database.engine, '0008-claims');
    const { db } = database;
    for (const [id, zone] of [
      ['u1', 'Asia/Calcutta'],
      ['u2', 'Europe/Berlin'],
      ['u3', 'UTC'],
    ]) {
      await sql`insert into users (id, name, email, time_zone, role, created_at, updated_at)
        values (${id}, ${id}, ${`${id}@example.com`}, ${zone}, 'interviewer', ${now}, ${now})`.execute(
        db,
      );
    }
    for (const [id, zone] of [
      ['c1', 'Europe/Kiev'],
      ['c2', null],
    ]) {
      await sql`insert into candidates (id, first_name, last_name, email, time_zone, created_at, updated_at)
        values (${id}, 'A', 'B', ${`${id}@example.com`}, ${zone}, ${now}, ${now})`.execute(db);
    }
    await sql`insert into interviews (id, title, candidate_id, starts_at, ends_at,
      duration_minutes, time_zone, status, calendar_uid, sequence, version, created_at, updated_at)
      values ('i1', 'Interview', 'c1', ${now}, ${now}, 60, 'America/Buenos_Aires', 'draft',
      'i1@convene.test', 0, 1, ${now}, ${now})`.execute(db);
    await sql`insert into participants (id, interview_id, role, position, name, email, time_zone,
      attendance, calendar_uid) values ('p1', 'i1', 'candidate', 0, 'A B', 'c1@example.com',
      'Europe/Kiev', 'pending', 'p1@convene.test')`.execute(db);
    await migrateToLatest(database.db, database.engine);
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  it('renames old spellings in every table that keeps a zone, and leaves the rest alone', async () => {
    const zones = async (table: 'users' | 'candidates' | 'interviews' | 'participants') =>
      Object.fromEntries(
        (
          await database.db.selectFrom(table).select(['id', 'time_zone']).orderBy('id').execute()
        ).map((r) => [r.id, r.time_zone]),
      );
    expect(await zones('users')).toEqual({ u1: 'Asia/Kolkata', u2: 'Europe/Berlin', u3: 'UTC' });
    expect(await zones('candidates')).toEqual({ c1: 'Europe/Kyiv', c2: null });
    expect(await zones('interviews')).toEqual({ i1: 'America/Argentina/Buenos_Aires' });
    expect(await zones('participants')).toEqual({ p1: 'Europe/Kyiv' });
  });
});
