import { randomUUID } from 'node:crypto';
import { hashPassword } from '../crypto/secrets.js';
import type { Queryable } from '../db/database.js';
import { isUniqueViolation } from '../db/errors.js';
import { nowDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import { canonicalLanguageTag } from '../domain/i18n/locales.js';
import { assertPasswordPolicy } from '../domain/password-rules.js';
import { assertPersonFields } from '../domain/people-rules.js';
import { type Actor, assertCan, type Role } from '../domain/permissions.js';
import { normalizeEmail } from '../domain/text-rules.js';
import { canonicalTimeZone } from '../domain/time-zones.js';
import type { User } from '../shapes/types.js';
import { toUser } from './views.js';

export interface CreateUserOptions {
  db: Queryable;
  /** Undefined only for the first admin, created from configuration or the setup page. */
  actor: Actor | undefined;
  name: string;
  email: string;
  timeZone: string;
  /** BCP 47; null or absent: none (the browser's language, else the company's). */
  locale?: string | null | undefined;
  role: Role;
  password?: string | undefined;
}

/** Adds a user; with a password they can sign in, without one they are an invitee only. */
export async function createUser(options: CreateUserOptions): Promise<User> {
  const { db, actor, name, timeZone, role, password } = options;
  if (actor) assertCan(actor, 'users:write');
  const email = normalizeEmail(options.email);
  const locale = options.locale?.trim() || null;
  assertPersonFields({ name, email, timeZone, locale });
  if (password !== undefined) assertPasswordPolicy(password, [name, email]);
  const now = nowDbTime();
  const row = {
    id: randomUUID(),
    name: name.trim(),
    email,
    time_zone: canonicalTimeZone(timeZone),
    locale: locale === null ? null : canonicalLanguageTag(locale),
    role,
    password_hash: password === undefined ? null : await hashPassword(password),
    created_at: now,
    updated_at: now,
    deactivated_at: null,
    working_hours: null,
  };
  try {
    await db.insertInto('users').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', `A user with email ${email} already exists.`, {
        field: 'email',
      });
    }
    throw error;
  }
  return toUser(row);
}
