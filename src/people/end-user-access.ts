import type { Transaction } from '../db/database.js';
import { nowDbTime } from '../db/time.js';

export interface EndUserAccessOptions {
  db: Transaction;
  userId: string;
  /** Keep this session (the one changing its own password); undefined ends all. */
  keepSessionId?: string | undefined;
  /** Revoke the user's API keys too (deactivation), not only their sessions. */
  revokeKeys: boolean;
}

/**
 * Ends a user's sessions, and with `revokeKeys` their API keys, at once. Keys are marked
 * revoked rather than deleted, so they stay listed with when they stopped; they do not come
 * back if the user is reactivated.
 */
export async function endUserAccess(options: EndUserAccessOptions): Promise<void> {
  const { db, userId, keepSessionId, revokeKeys } = options;
  let sessions = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionId) sessions = sessions.where('id', '!=', keepSessionId);
  await sessions.execute();
  if (!revokeKeys) return;
  await db
    .updateTable('api_keys')
    .set({ revoked_at: nowDbTime() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
