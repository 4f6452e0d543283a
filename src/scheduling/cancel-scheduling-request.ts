import type { RootDb } from '../db/database.js';
import { toDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { schedulingStatus } from '../domain/scheduling-rules.js';
import type { SchedulingRequest } from '../shapes/types.js';
import { loadSchedulingRequest } from './get-scheduling-request.js';
import { schedulingRequestView } from './scheduling-view.js';

export interface CancelSchedulingRequestOptions {
  db: RootDb;
  actor: Actor;
  id: string;
  now?: Date;
}

/**
 * Withdraws a request the candidate has not booked: their page then says so and offers no
 * times. Cancelling again answers as done; a booked request is 409 (cancel its interview).
 */
export async function cancelSchedulingRequest(
  options: CancelSchedulingRequestOptions,
): Promise<SchedulingRequest> {
  const { db, actor, id, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  return db.transaction().execute(async (trx) => {
    const row = await loadSchedulingRequest(trx, id);
    const status = schedulingStatus(row.status, row.expires_at, now);
    if (status === 'cancelled') return schedulingRequestView(trx, row, now);
    if (status === 'booked') {
      throw new AppError(
        'conflict',
        'This request is booked already: cancel its interview instead.',
      );
    }
    // A compare-and-set on the version: a booking that committed meanwhile wins.
    const stamp = toDbTime(now);
    const changed = await trx
      .updateTable('scheduling_requests')
      .set({
        status: 'cancelled',
        cancelled_at: stamp,
        updated_at: stamp,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) {
      throw new AppError('conflict', 'This request changed meanwhile; load it again.');
    }
    return schedulingRequestView(trx, await loadSchedulingRequest(trx, id), now);
  });
}
