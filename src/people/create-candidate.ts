import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { isUniqueViolation } from '../db/errors.js';
import type { CandidatesTable } from '../db/schema.js';
import { nowDbTime } from '../db/time.js';
import { AppError, type FieldIssue, invalid } from '../domain/errors.js';
import { canonicalLanguageTag } from '../domain/i18n/locales.js';
import { personFieldIssues } from '../domain/people-rules.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { normalizeEmail } from '../domain/text-rules.js';
import { canonicalTimeZone } from '../domain/time-zones.js';
import type { Candidate } from '../shapes/types.js';
import { toCandidate } from './views.js';

/** A candidate's fields as the API takes them. */
export interface CandidateInput {
  firstName: string;
  lastName: string;
  email: string;
  timeZone?: string | null | undefined;
  /** BCP 47; null or absent: none (the browser's language, else the company's). */
  locale?: string | null | undefined;
  phone?: string | null | undefined;
}

export interface CreateCandidateOptions extends CandidateInput {
  db: Queryable;
  actor: Actor;
}

/** Adds a candidate; one record per email address, so a returning candidate is found again. */
export async function createCandidate(options: CreateCandidateOptions): Promise<Candidate> {
  assertCan(options.actor, 'candidates:write');
  const candidate = newCandidate(options);
  if (candidate.issues.length > 0) invalid(candidate.issues);
  return toCandidate(await insertCandidate(options.db, candidate.row));
}

/**
 * A candidate row from the API's fields, not yet saved, with every field that breaks its rule
 * (each named `${prefix}${field}`, for a form that adds the candidate with something else).
 */
export function newCandidate(
  input: CandidateInput,
  prefix = '',
): { row: CandidatesTable; issues: FieldIssue[] } {
  const email = normalizeEmail(input.email);
  const timeZone = input.timeZone ?? null;
  const locale = input.locale?.trim() || null;
  const phone = input.phone?.trim() || null;
  const { firstName, lastName } = input;
  const issues = personFieldIssues({ firstName, lastName, email, timeZone, locale, phone }, prefix);
  const now = nowDbTime();
  const row = {
    id: randomUUID(),
    first_name: firstName.trim(),
    last_name: lastName.trim(),
    email,
    time_zone: timeZone === null ? null : canonicalTimeZone(timeZone),
    locale: locale === null || issues.length > 0 ? locale : canonicalLanguageTag(locale),
    phone,
    created_at: now,
    updated_at: now,
  };
  return { row, issues };
}

/**
 * Saves a new candidate. An existing candidate with the same email is never used instead, nor
 * changed: 409 names them (`existingId`, `existingName`), so the caller can offer them.
 */
export async function insertCandidate(
  db: Queryable,
  row: CandidatesTable,
  field = 'email',
): Promise<CandidatesTable> {
  // Looked up first: on PostgreSQL a failed insert ends the transaction it ran in.
  const existing = await db
    .selectFrom('candidates')
    .select(['id', 'first_name', 'last_name'])
    .where('email', '=', row.email)
    .executeTakeFirst();
  const taken = (found?: typeof existing): never => {
    throw new AppError('conflict', `A candidate with email ${row.email} already exists.`, {
      field,
      existingId: found?.id,
      existingName: found ? `${found.first_name} ${found.last_name}`.trim() : undefined,
    });
  };
  if (existing) taken(existing);
  try {
    await db.insertInto('candidates').values(row).execute();
  } catch (error) {
    // Someone added the same address in the meantime.
    if (isUniqueViolation(error)) taken();
    throw error;
  }
  return row;
}
