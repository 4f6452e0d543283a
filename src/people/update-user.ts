import type { RootDb } from '../db/database.js';
import type { UsersTable } from '../db/schema.js';
import { nowDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import { canonicalLanguageTag } from '../domain/i18n/locales.js';
import { assertPersonFields } from '../domain/people-rules.js';
import { type Actor, assertCan, type Role } from '../domain/permissions.js';
import { canonicalTimeZone } from '../domain/time-zones.js';
import { normalizeWorkingHours, type WorkingHoursInput } from '../domain/working-hours.js';
import type { User } from '../shapes/types.js';
import { assertAdminRemains } from './assert-admin-remains.js';
import { endUserAccess } from './end-user-access.js';
import { toUser } from './views.js';

export interface UpdateUserOptions {
  db: RootDb;
  actor: Actor;
  id: string;
  changes: {
    name?: string | undefined;
    timeZone?: string | undefined;
    /** BCP 47; null clears it. */
    locale?: string | null | undefined;
    role?: Role | undefined;
    /** false deactivates (sessions end, keys are revoked); true reactivates. */
    active?: boolean | undefined;
    /** Their weekly hours; null restores the default (Monday to Friday, 09:00–18:00). */
    workingHours?: WorkingHoursInput | null | undefined;
  };
}

/**
 * Changes a user. Admins change anyone's name, zone, working hours, role and active state, as
 * long as an active admin remains (409); everyone may change their own name, zone and working
 * hours. Deactivating ends
 * the user's sessions and revokes their keys in the same transaction; their interviews and
 * participant rows stay as they are.
 */
export async function updateUser(options: UpdateUserOptions): Promise<User> {
  const { db, actor, id, changes } = options;
  const own = id === actor.userId;
  if (!own || changes.role !== undefined || changes.active !== undefined) {
    assertCan(actor, 'users:write');
  }
  const locale = changes.locale === undefined ? undefined : changes.locale?.trim() || null;
  assertPersonFields({ name: changes.name, timeZone: changes.timeZone, locale });
  const hours = changes.workingHours && normalizeWorkingHours(changes.workingHours);
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', `No user with id ${id}.`);
    if (leavesAdmins(row, changes)) await assertAdminRemains(trx, id);
    const now = nowDbTime();
    const set: Partial<UsersTable> = { updated_at: now };
    if (changes.name !== undefined) set.name = changes.name.trim();
    if (changes.timeZone !== undefined) set.time_zone = canonicalTimeZone(changes.timeZone);
    if (locale !== undefined) set.locale = locale === null ? null : canonicalLanguageTag(locale);
    if (changes.role !== undefined) set.role = changes.role;
    if (hours !== undefined) set.working_hours = hours && JSON.stringify(hours);
    const deactivating = changes.active === false && row.deactivated_at === null;
    if (deactivating) set.deactivated_at = now;
    if (changes.active === true) set.deactivated_at = null;
    const updated = await trx
      .updateTable('users')
      .set(set)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (deactivating) await endUserAccess({ db: trx, userId: id, revokeKeys: true });
    return toUser(updated);
  });
}

// True when the change takes an active admin away: a demotion or a deactivation.
function leavesAdmins(row: UsersTable, changes: UpdateUserOptions['changes']): boolean {
  if (row.role !== 'admin' || row.deactivated_at !== null) return false;
  return (changes.role !== undefined && changes.role !== 'admin') || changes.active === false;
}
