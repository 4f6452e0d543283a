import type { Queryable } from '../db/database.js';
import { isUniqueViolation } from '../db/errors.js';
import type { CandidatesTable } from '../db/schema.js';
import { nowDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import { canonicalLanguageTag } from '../domain/i18n/locales.js';
import { assertPersonFields } from '../domain/people-rules.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { normalizeEmail } from '../domain/text-rules.js';
import { canonicalTimeZone } from '../domain/time-zones.js';
import type { Candidate } from '../shapes/types.js';
import { toCandidate } from './views.js';

export interface UpdateCandidateOptions {
  db: Queryable;
  actor: Actor;
  id: string;
  changes: {
    firstName?: string | undefined;
    lastName?: string | undefined;
    email?: string | undefined;
    timeZone?: string | null | undefined;
    locale?: string | null | undefined;
    phone?: string | null | undefined;
  };
}

/** Changes the given fields only; absent fields stay, null clears an optional one. */
export async function updateCandidate(options: UpdateCandidateOptions): Promise<Candidate> {
  const { db, actor, id, changes } = options;
  assertCan(actor, 'candidates:write');
  const email = changes.email === undefined ? undefined : normalizeEmail(changes.email);
  const phone = changes.phone === undefined ? undefined : changes.phone?.trim() || null;
  const locale = changes.locale === undefined ? undefined : changes.locale?.trim() || null;
  assertPersonFields({ ...changes, email, phone, locale });
  const set: Partial<CandidatesTable> = { updated_at: nowDbTime() };
  if (changes.firstName !== undefined) set.first_name = changes.firstName.trim();
  if (changes.lastName !== undefined) set.last_name = changes.lastName.trim();
  if (email !== undefined) set.email = email;
  if (changes.timeZone !== undefined) {
    set.time_zone = changes.timeZone === null ? null : canonicalTimeZone(changes.timeZone);
  }
  if (phone !== undefined) set.phone = phone;
  if (locale !== undefined) set.locale = locale === null ? null : canonicalLanguageTag(locale);
  try {
    const row = await db
      .updateTable('candidates')
      .set(set)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', `No candidate with id ${id}.`);
    return toCandidate(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', `A candidate with email ${email} already exists.`, {
        field: 'email',
      });
    }
    throw error;
  }
}
