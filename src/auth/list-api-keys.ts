import type { Transaction } from '../db/database.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { type ApiKey, toApiKey } from './api-key-view.js';

export interface ListApiKeysOptions {
  db: Transaction;
  actor: Actor;
}

/** The actor's own keys, newest first (a person has few; no paging needed). */
export async function listApiKeys({ db, actor }: ListApiKeysOptions): Promise<ApiKey[]> {
  assertCan(actor, 'api_keys:manage');
  const rows = await db
    .selectFrom('api_keys')
    .selectAll()
    .where('user_id', '=', actor.userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toApiKey);
}
