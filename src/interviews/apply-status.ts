import type { Queryable, Transaction } from '../db/database.js';
import { type EventActor, type RecordEventOptions, recordEvent } from '../db/events.js';
import { preparedQuery } from '../db/prepared.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import { deriveStatus, type InterviewStatus } from '../domain/interview-status.js';

export interface ApplyStatusOptions {
  /** What deriving and writing the status reads of the interview. */
  interview: Pick<InterviewsTable, 'id' | 'status' | 'cancelled_at' | 'invites_sent_at'>;
  participants: ParticipantsTable[];
  /** Overrides for facts this transaction is changing. */
  invitesSent?: boolean;
  cancelled?: boolean;
  actor: EventActor;
  now: Date;
  /** Other columns to write in the same UPDATE. */
  set?: Partial<InterviewsTable>;
}

/**
 * Re-derives the status from the facts inside the transaction that changed them and writes
 * it, with a `status.changed` event when it moved. Returns the new status.
 */
export async function applyStatus(
  db: Transaction,
  options: ApplyStatusOptions,
): Promise<InterviewStatus> {
  const { status, event } = await writeStatus(db, options);
  if (event) await recordEvent(db, event);
  return status;
}

// The common cases (an answer moved nothing else), built and compiled once (db/prepared.ts).
const setStatus = preparedQuery(
  (db: Queryable, id: string, status: InterviewStatus, updatedAt: string) =>
    db.updateTable('interviews').set({ status, updated_at: updatedAt }).where('id', '=', id),
);
const touch = preparedQuery((db: Queryable, id: string, updatedAt: string) =>
  db.updateTable('interviews').set({ updated_at: updatedAt }).where('id', '=', id),
);

/**
 * applyStatus without recording its event: the `status.changed` event (if the status moved) is
 * returned for the caller to record with others in one insert (a bulk send).
 */
export async function writeStatus(
  db: Transaction,
  options: ApplyStatusOptions,
): Promise<{ status: InterviewStatus; event?: RecordEventOptions }> {
  const { interview, participants, actor, now } = options;
  const status = deriveStatus({
    cancelled: options.cancelled ?? interview.cancelled_at !== null,
    invitesSent: options.invitesSent ?? interview.invites_sent_at !== null,
    participants,
  });
  if (options.set) {
    await db
      .updateTable('interviews')
      .set({ ...options.set, status, updated_at: toDbTime(now) })
      .where('id', '=', interview.id)
      .execute();
  } else if (status !== interview.status) {
    await setStatus(db, interview.id, status, toDbTime(now));
  } else {
    // Writing an indexed column, even with its own value, rewrites its index entry: leave the
    // status out when it stays (most answers), which spares the commit a page or two.
    await touch(db, interview.id, toDbTime(now));
  }
  if (status === interview.status) return { status };
  return { status, event: statusChanged({ interview, to: status, actor, now }) };
}

/** The `status.changed` event of an interview whose status moved. */
export function statusChanged(options: {
  interview: Pick<InterviewsTable, 'id' | 'status'>;
  to: InterviewStatus;
  actor: EventActor;
  now: Date;
}): RecordEventOptions {
  const { interview, to, actor, now } = options;
  return {
    interviewId: interview.id,
    type: 'status.changed',
    actor,
    data: { from: interview.status, to },
    at: now,
  };
}
