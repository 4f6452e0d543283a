import type { Queryable } from '../db/database.js';
import { afterCursor, decodeCursor, encodeCursor } from '../db/pagination.js';
import { toDbTime } from '../db/time.js';
import { invalid } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { SchedulingStatus } from '../domain/scheduling-rules.js';
import type { Page, SchedulingRequest } from '../shapes/types.js';
import { toSchedulingRequests } from './scheduling-view.js';

export interface ListSchedulingRequestsOptions {
  db: Queryable;
  actor: Actor;
  status?: SchedulingStatus | undefined;
  cursor?: string | undefined;
  limit: number;
  now?: Date;
}

/**
 * Scheduling requests, newest first, in keyset pages; `status` filters on the status shown, so
 * `expired` (never stored) means an open request whose window has ended.
 */
export async function listSchedulingRequests(
  options: ListSchedulingRequestsOptions,
): Promise<Page<SchedulingRequest>> {
  const { db, actor, status, cursor, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  let query = db.selectFrom('scheduling_requests').selectAll();
  const stamp = toDbTime(now);
  if (status === 'expired') {
    query = query.where('status', 'in', ['sent', 'opened']).where('expires_at', '<=', stamp);
  } else if (status === 'sent' || status === 'opened') {
    query = query.where('status', '=', status).where('expires_at', '>', stamp);
  } else if (status) {
    query = query.where('status', '=', status);
  }
  if (cursor) {
    const key = decodeCursor(cursor, 2);
    if (!key) invalid([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
    query = query.where(afterCursor(['created_at', 'id'], key as [string, string], 'desc'));
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1)
    .execute();
  const items = rows.slice(0, options.limit);
  const last = rows.length > options.limit ? items[items.length - 1] : undefined;
  return {
    items: await toSchedulingRequests(db, items, now),
    nextCursor: last ? encodeCursor([last.created_at, last.id]) : null,
  };
}
