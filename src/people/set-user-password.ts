import { hashPassword } from '../crypto/secrets.js';
import type { RootDb } from '../db/database.js';
import { nowDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import { assertPasswordPolicy } from '../domain/password-rules.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { endUserAccess } from './end-user-access.js';

export interface SetUserPasswordOptions {
  db: RootDb;
  actor: Actor;
  /** The user whose password an admin sets (a reset, or a first one for an invitee). */
  id: string;
  password: string;
}

/**
 * An admin sets another user's password and ends that user's sessions, so whoever held the
 * old one is signed out. Not for oneself: that route would skip the current-password check.
 */
export async function setUserPassword(options: SetUserPasswordOptions): Promise<void> {
  const { db, actor, id, password } = options;
  assertCan(actor, 'users:write');
  if (id === actor.userId) {
    throw new AppError(
      'forbidden',
      'Change your own password with POST /api/v1/session/password, which asks for the current one.',
    );
  }
  const row = await db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `No user with id ${id}.`);
  assertPasswordPolicy(password, [row.name, row.email]);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: nowDbTime() })
      .where('id', '=', id)
      .execute();
    await endUserAccess({ db: trx, userId: id, revokeKeys: false });
  });
}
