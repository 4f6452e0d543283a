import type { Queryable } from '../db/database.js';
import { encodeCursor } from '../db/pagination.js';
import { nowDbTime } from '../db/time.js';
import type { Actor } from '../domain/permissions.js';
import type { Page, Session } from '../shapes/types.js';
import { newestFirstAfter, whoseAccess } from './whose-access.js';

export interface ListSessionsOptions {
  db: Queryable;
  actor: Actor;
  /** Another user's sessions need `access:manage`; without it, one's own. */
  userId?: string | undefined;
  /** The caller's own session, marked `current`. */
  currentSessionId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** One user's sessions that have not expired, newest first, with keyset paging. */
export async function listSessions(options: ListSessionsOptions): Promise<Page<Session>> {
  const { db, actor, cursor, limit, currentSessionId } = options;
  const owner = whoseAccess(actor, options.userId, false) ?? actor.userId;
  let query = db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'created_at', 'expires_at', 'user_agent', 'client_address'])
    .where('user_id', '=', owner)
    .where('expires_at', '>', nowDbTime())
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (cursor) query = query.where(newestFirstAfter('sessions', cursor));
  const rows = await query.execute();
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    userAgent: row.user_agent,
    clientAddress: row.client_address,
    current: row.id === currentSessionId,
  }));
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor([last.created_at, last.id]) : null };
}
