import type { Queryable } from '../db/database.js';
import { nowDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import type { Actor } from '../domain/permissions.js';
import { mayManageAccessOf } from './whose-access.js';

export interface RevokeApiKeyOptions {
  db: Queryable;
  actor: Actor;
  id: string;
}

/**
 * Stops a key from working at once: one's own, or (admins) anyone's. Another's key is a 404
 * to everyone else, so ids reveal nothing; revoking twice is harmless.
 */
export async function revokeApiKey({ db, actor, id }: RevokeApiKeyOptions): Promise<void> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'user_id', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !mayManageAccessOf(actor, row.user_id)) {
    throw new AppError('not_found', `No API key with id ${id}.`);
  }
  if (row.revoked_at) return;
  await db.updateTable('api_keys').set({ revoked_at: nowDbTime() }).where('id', '=', id).execute();
}
