import type { Queryable } from '../db/database.js';
import type { SchedulingRequestsTable } from '../db/schema.js';
import { AppError } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { SchedulingRequest } from '../shapes/types.js';
import { schedulingRequestView } from './scheduling-view.js';

export interface GetSchedulingRequestOptions {
  db: Queryable;
  actor: Actor;
  id: string;
  now?: Date;
}

/**
 * One scheduling request with its status; a booked one names its interview. 404 if unknown.
 * Scheduling requests are the coordinators' tool: reading them takes interviews:write too.
 */
export async function getSchedulingRequest(
  options: GetSchedulingRequestOptions,
): Promise<SchedulingRequest> {
  const { db, actor, id, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  return schedulingRequestView(db, await loadSchedulingRequest(db, id), now);
}

/** The row, or 404. */
export async function loadSchedulingRequest(
  db: Queryable,
  id: string,
): Promise<SchedulingRequestsTable> {
  const row = await db
    .selectFrom('scheduling_requests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `no scheduling request with id ${id}`);
  return row;
}
