import type { Queryable } from '../db/database.js';
import { encodeCursor } from '../db/pagination.js';
import type { Actor } from '../domain/permissions.js';
import type { ApiKey, Page } from '../shapes/types.js';
import { toApiKey } from './api-key-view.js';
import { newestFirstAfter, whoseAccess } from './whose-access.js';

export interface ListApiKeysOptions {
  db: Queryable;
  actor: Actor;
  /** Only this user's keys; someone else's need `access:manage`. */
  userId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/**
 * API keys, newest first, with keyset paging: one's own, or for admins everyone's (or the
 * named user's). Revoked and expired keys are listed too, marked as such.
 */
export async function listApiKeys(options: ListApiKeysOptions): Promise<Page<ApiKey>> {
  const { db, actor, cursor, limit } = options;
  const owner = whoseAccess(actor, options.userId, true);
  let query = db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.user_id')
    .selectAll('api_keys')
    .select(['users.name as owner_name', 'users.email as owner_email'])
    .orderBy('api_keys.created_at', 'desc')
    .orderBy('api_keys.id', 'desc')
    .limit(limit + 1);
  if (owner !== undefined) query = query.where('api_keys.user_id', '=', owner);
  if (cursor) query = query.where(newestFirstAfter('api_keys', cursor));
  const rows = await query.execute();
  const items = rows
    .slice(0, limit)
    .map((r) => toApiKey(r, { id: r.user_id, name: r.owner_name, email: r.owner_email }));
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor([last.created_at, last.id]) : null };
}
