import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../src/db/database.js';
import type { CandidatesTable, UsersTable } from '../../src/db/schema.js';
import { toCandidate, toUser } from '../../src/people/views.js';
import type { Candidate, User } from '../../src/shapes/types.js';

// Unique across a test file's rows: emails are unique in the schema.
const unique = () => randomUUID().slice(0, 8);

/**
 * A user written straight to the database, for tests whose subject is not creating users
 * (Outline's `buildUser(overrides)`): no HTTP, no admin session, no password hash unless one
 * is given as `password_hash`. The API's own rules are tested where users are created.
 */
export async function buildUser(db: Queryable, overrides: Partial<UsersTable> = {}): Promise<User> {
  const now = new Date().toISOString();
  const row: UsersTable = {
    id: randomUUID(),
    name: 'Ida Interviewer',
    email: `user.${unique()}@example.com`,
    time_zone: 'Europe/Berlin',
    locale: null,
    role: 'interviewer',
    password_hash: null,
    created_at: now,
    updated_at: now,
    deactivated_at: null,
    working_hours: null,
    ...overrides,
  };
  await db.insertInto('users').values(row).execute();
  return toUser(row);
}

/** A candidate written straight to the database (see buildUser). */
export async function buildCandidate(
  db: Queryable,
  overrides: Partial<CandidatesTable> = {},
): Promise<Candidate> {
  const now = new Date().toISOString();
  const row: CandidatesTable = {
    id: randomUUID(),
    first_name: 'Kenji',
    last_name: 'Sato',
    email: `kenji.${unique()}@example.jp`,
    time_zone: 'Asia/Tokyo',
    locale: null,
    phone: null,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
  await db.insertInto('candidates').values(row).execute();
  return toCandidate(row);
}
