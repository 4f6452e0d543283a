import type { Transaction } from '../db/database.js';
import { nowDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';

export interface RevokeApiKeyOptions {
  db: Transaction;
  actor: Actor;
  id: string;
}

/** Stops one of the actor's keys from working; revoking twice is harmless. */
export async function revokeApiKey({ db, actor, id }: RevokeApiKeyOptions): Promise<void> {
  assertCan(actor, 'api_keys:manage');
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'revoked_at'])
    .where('id', '=', id)
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `No API key with id ${id}.`);
  if (row.revoked_at) return;
  await db.updateTable('api_keys').set({ revoked_at: nowDbTime() }).where('id', '=', id).execute();
}
