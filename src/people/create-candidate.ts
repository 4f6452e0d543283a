import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { isUniqueViolation } from '../db/errors.js';
import { nowDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import { assertPersonFields } from '../domain/people-rules.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { normalizeEmail } from '../domain/text-rules.js';
import { canonicalTimeZone } from '../domain/time-zones.js';
import type { Candidate } from '../shapes/types.js';
import { toCandidate } from './views.js';

export interface CreateCandidateOptions {
  db: Queryable;
  actor: Actor;
  firstName: string;
  lastName: string;
  email: string;
  timeZone?: string | null | undefined;
  phone?: string | null | undefined;
}

/** Adds a candidate; one record per email address, so a returning candidate is found again. */
export async function createCandidate(options: CreateCandidateOptions): Promise<Candidate> {
  const { db, actor, firstName, lastName } = options;
  assertCan(actor, 'candidates:write');
  const email = normalizeEmail(options.email);
  const timeZone = options.timeZone ?? null;
  const phone = options.phone?.trim() || null;
  assertPersonFields({ firstName, lastName, email, timeZone, phone });
  const now = nowDbTime();
  const row = {
    id: randomUUID(),
    first_name: firstName.trim(),
    last_name: lastName.trim(),
    email,
    time_zone: timeZone === null ? null : canonicalTimeZone(timeZone),
    phone,
    created_at: now,
    updated_at: now,
  };
  try {
    await db.insertInto('candidates').values(row).execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db
      .selectFrom('candidates')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    throw new AppError('conflict', `A candidate with email ${email} already exists.`, {
      field: 'email',
      existingId: existing?.id,
    });
  }
  return toCandidate(row);
}
