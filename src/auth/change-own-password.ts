import { hashPassword } from '../crypto/secrets.js';
import type { RootDb } from '../db/database.js';
import { nowDbTime } from '../db/time.js';
import { AppError, invalid } from '../domain/errors.js';
import { assertPasswordPolicy } from '../domain/password-rules.js';
import type { Actor } from '../domain/permissions.js';
import { endUserAccess } from '../people/end-user-access.js';
import { checkPassword } from './check-password.js';

export interface ChangeOwnPasswordOptions {
  db: RootDb;
  actor: Actor;
  currentPassword: string;
  newPassword: string;
  /** The caller's address: a wrong current password counts like a failed sign-in. */
  clientAddress: string;
  /** The session making the change stays open; every other one ends. */
  keepSessionId?: string | undefined;
  now?: Date;
}

/**
 * Sets one's own password after checking the current one under the sign-in throttle (else a
 * stolen session would be an unthrottled password oracle), and ends one's other sessions.
 * API keys are separate credentials and keep working.
 */
export async function changeOwnPassword(options: ChangeOwnPasswordOptions): Promise<void> {
  const { db, actor, currentPassword, newPassword, keepSessionId } = options;
  assertPasswordPolicy(newPassword, [actor.name, actor.email], 'newPassword');
  await assertCurrentPassword(options);
  if (newPassword === currentPassword) {
    invalid([{ field: 'newPassword', message: 'must differ from the current password' }]);
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: nowDbTime() })
      .where('id', '=', actor.userId)
      .execute();
    await endUserAccess({ db: trx, userId: actor.userId, keepSessionId, revokeKeys: false });
  });
}

// A wrong current password is a mistake in this form (400 naming the field), not a 401 that
// would read as "signed out"; being throttled stays a 429.
async function assertCurrentPassword(options: ChangeOwnPasswordOptions): Promise<void> {
  const { db, actor, currentPassword, clientAddress } = options;
  try {
    await checkPassword({
      db,
      email: actor.email,
      password: currentPassword,
      clientAddress,
      now: options.now ?? new Date(),
    });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'unauthorized') throw error;
    invalid([{ field: 'currentPassword', message: 'is not your current password' }]);
  }
}
