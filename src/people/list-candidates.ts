import type { Queryable } from '../db/database.js';
import { afterCursor, decodeCursor, encodeCursor } from '../db/pagination.js';
import { containsText } from '../db/search.js';
import { invalid } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Candidate, Page } from '../shapes/types.js';
import { candidatesVisibleTo } from './candidate-scope.js';
import { toCandidate } from './views.js';

export interface ListCandidatesOptions {
  db: Queryable;
  actor: Actor;
  /** Matches first name, last name or email, case-insensitively. */
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** The candidates the actor may see, newest first, with keyset paging. */
export async function listCandidates(options: ListCandidatesOptions): Promise<Page<Candidate>> {
  const { db, actor, q, cursor, limit } = options;
  assertCan(actor, 'candidates:read');
  let query = db
    .selectFrom('candidates')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1);
  const visible = candidatesVisibleTo(actor);
  if (visible) query = query.where(visible);
  if (q?.trim()) query = query.where(containsText(['first_name', 'last_name', 'email'], q));
  if (cursor) {
    const key = decodeCursor(cursor, 2);
    if (!key) invalid([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
    const [createdAt, id] = key as [string, string];
    query = query.where(afterCursor(['created_at', 'id'], [createdAt, id], 'desc'));
  }
  const rows = await query.execute();
  const items = rows.slice(0, limit).map(toCandidate);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor([last.created_at, last.id]) : null };
}
