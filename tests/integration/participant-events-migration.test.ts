import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/db/database.js';
import { migrateTo, migrateToLatest } from '../../src/db/migrate.js';
import { loadSentSequences } from '../../src/messages/message-context.js';
import { createTestDatabase, engine, type TestDatabase } from '../helpers/database.js';

describe(`Upgrading to one calendar event per participant (${engine})`, () => {
  let testDb: TestDatabase;
  let database: Db;
  const now = new Date().toISOString();
  const sent = randomUUID();
  const draft = randomUUID();
  const people = { kenji: randomUUID(), nora: randomUUID(), jose: randomUUID() };
  const drafted = randomUUID();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = openDatabase(testDb.url);
    await migrateTo(database.db, database.engine, '0005-reminders');
    // The data of a release that had one UID per interview: invites sent to three people, then
    // resent to two of them (SEQUENCE 1), José left at 0; and a draft never sent.
    const { db } = database;
    await sql`insert into candidates (id, first_name, last_name, email, created_at, updated_at)
      values (${'c1'}, 'Kenji', 'Sato', 'kenji@example.jp', ${now}, ${now})`.execute(db);
    for (const [id, status] of [
      [sent, 'awaiting_confirmation'],
      [draft, 'draft'],
    ] as const) {
      await sql`insert into interviews (id, title, candidate_id, starts_at, ends_at,
        duration_minutes, time_zone, status, calendar_uid, sequence, version, created_at, updated_at)
        values (${id}, 'Technical interview', 'c1', ${now}, ${now}, 60, 'UTC', ${status},
        ${`${id}@convene.test`}, ${status === 'draft' ? 0 : 1}, 1, ${now}, ${now})`.execute(db);
    }
    const participant = (id: string, interviewId: string, name: string, position: number) =>
      sql`insert into participants (id, interview_id, role, position, name, email, attendance)
        values (${id}, ${interviewId}, ${position === 0 ? 'candidate' : 'interviewer'},
        ${position}, ${name}, ${`${name.toLowerCase()}@example.com`}, 'pending')`.execute(db);
    await participant(people.kenji, sent, 'Kenji', 0);
    await participant(people.nora, sent, 'Nora', 1);
    await participant(people.jose, sent, 'Jose', 2);
    await participant(drafted, draft, 'Draft', 0);
    const message = (participantId: string, sequence: number, kind = 'invite') =>
      sql`insert into messages (id, interview_id, participant_id, kind, to_name, to_email, subject,
        message_id, raw, calendar_method, sequence, state, attempts, next_attempt_at, created_at)
        values (${randomUUID()}, ${sent}, ${participantId}, ${kind}, 'x', 'x@example.com', 's',
        ${`<${randomUUID()}@convene.test>`}, '', ${kind === 'reminder' ? null : 'REQUEST'},
        ${kind === 'reminder' ? null : sequence}, 'sent', 1, ${now}, ${now})`.execute(db);
    await message(people.kenji, 0);
    await message(people.nora, 0);
    await message(people.jose, 0);
    await message(people.kenji, 1);
    await message(people.nora, 1);
    // A reminder carries no calendar: it says nothing of SEQUENCE.
    await message(people.jose, 7, 'reminder');
    await migrateToLatest(database.db, database.engine);
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  it('keeps the shared UID for whoever already holds an event under it, and gives everyone else their own', async () => {
    const rows = await database.db
      .selectFrom('participants')
      .select(['id', 'calendar_uid'])
      .execute();
    const uid = Object.fromEntries(rows.map((r) => [r.id, r.calendar_uid]));
    // A new UID would put a second event in their calendars beside the first.
    for (const id of [people.kenji, people.nora, people.jose]) {
      expect(uid[id]).toBe(`${sent}@convene.test`);
    }
    expect(uid[drafted]).toMatch(/^[0-9a-f]{40}@convene\.test$/);
  });

  it('knows what each participant was last sent, so a reply from José at SEQUENCE 0 is current', async () => {
    const sequences = await loadSentSequences(database.db, [sent]);
    expect(Object.fromEntries(sequences)).toEqual({
      [people.kenji]: 1,
      [people.nora]: 1,
      [people.jose]: 0,
    });
  });
});
