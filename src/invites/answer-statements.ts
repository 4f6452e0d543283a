import { sql } from 'kysely';
import { isSqlite, type Queryable, type RootDb, type Transaction } from '../db/database.js';
import { EVENT_COLUMNS, eventRows, type RecordEventOptions, recordEvents } from '../db/events.js';
import { sharedTransaction } from '../db/group-commit.js';
import { preparedQuery } from '../db/prepared.js';
import { toDbTime } from '../db/time.js';
import {
  type ActiveSubscription,
  activeSubscriptions,
  webhookMessages,
} from '../db/webhook-outbox.js';
import type { Attendance, InterviewStatus } from '../domain/interview-status.js';

// The writes of a first answer, beside the reads in token-queries.ts (STYLE rule 12, ADR 007):
// what each engine does fastest. The use case decides (the status comes from
// domain/interview-status.ts); these only write what it decided.

/**
 * Runs an answer's reads and writes on one connection of the pool (PostgreSQL), so a request
 * queues for a connection once, not once per statement; on SQLite, which has one connection
 * and runs an answer's transaction on it (shared, answerTransaction), the work runs as given.
 */
export function answerConnection<T>(db: RootDb, work: (db: RootDb) => Promise<T>): Promise<T> {
  // A connection of the pool is not a transaction: it may open one (answerTransaction).
  return isSqlite(db) ? work(db) : db.connection().execute((one) => work(one as RootDb));
}

/** Runs an answer's transaction: on SQLite shared with the answers queued beside it. */
export function answerTransaction<T>(
  db: RootDb,
  work: (trx: Transaction) => Promise<T>,
): Promise<T> {
  // SQLite: one commit for every answer waiting (a savepoint each, db/group-commit.ts).
  // PostgreSQL groups the commits' WAL flushes itself.
  return isSqlite(db) ? sharedTransaction(db, work) : db.transaction().execute(work);
}

/** Everything a first answer writes. */
export interface AnswerWrite {
  participantId: string;
  attendance: Exclude<Attendance, 'pending'>;
  respondedAt: string;
  reason: string | null;
  interviewId: string;
  /** The interview's status after the answer, and whether that is a change. */
  status: InterviewStatus;
  statusChanged: boolean;
  updatedAt: string;
  /** The answer's event and the status change it caused; their webhooks are queued too. */
  events: RecordEventOptions[];
}

/** Writes a first answer: the participant, the interview's status, the events and webhooks. */
export async function writeAnswer(db: Transaction, write: AnswerWrite): Promise<void> {
  if (isSqlite(db)) await writeAnswerSqlite(db, write);
  else if (!(await writeAnswerPostgres(db, write, null))) {
    throw new Error('writeAnswer: the interview is gone');
  }
}

/**
 * Writes a first answer outside any transaction, in one statement, if the interview is still
 * the version the answer was decided on (`version` from readAnswerSnapshot: PostgreSQL's row
 * version, `xmin`). Every change to what an interview's status follows from (its participants,
 * their answers, invites sent, cancelled) is made with a write of the interview's row in the
 * same transaction (lockInterview, the status update), so a row still at that version means
 * the answer was decided on the facts as they stand; the statement's UPDATE waits for anyone
 * holding the row and then checks. False, with nothing written, when the row moved on: the
 * caller decides again, under the lock.
 */
export async function writeAnswerIfUnchanged(
  db: Queryable,
  version: string,
  write: AnswerWrite,
): Promise<boolean> {
  return writeAnswerPostgres(db, write, version);
}

// SQLite runs in the process: a statement costs no round trip, so each is its own prepared one.
const saveAnswer = preparedQuery(
  (db: Queryable, id: string, attendance: Attendance, respondedAt: string, reason: string | null) =>
    db
      .updateTable('participants')
      .set({ attendance, responded_at: respondedAt, decline_reason: reason })
      .where('id', '=', id),
);
const setStatus = preparedQuery(
  (db: Queryable, id: string, status: InterviewStatus, updatedAt: string) =>
    db.updateTable('interviews').set({ status, updated_at: updatedAt }).where('id', '=', id),
);
// Writing an indexed column, even with its own value, rewrites its index entry on SQLite:
// the status is left out when it stays (most answers), which spares the commit a page or two.
const touch = preparedQuery((db: Queryable, id: string, updatedAt: string) =>
  db.updateTable('interviews').set({ updated_at: updatedAt }).where('id', '=', id),
);

// The answers that share a transaction (answerTransaction) read the webhook subscriptions once:
// SQLite's write lock is held from BEGIN IMMEDIATE to the commit, so no one can change them
// meanwhile, and answers write no subscriptions.
const subscriptionsOfTransaction = new WeakMap<Transaction, Promise<ActiveSubscription[]>>();

async function writeAnswerSqlite(db: Transaction, write: AnswerWrite): Promise<void> {
  await saveAnswer(db, write.participantId, write.attendance, write.respondedAt, write.reason);
  if (write.statusChanged) await setStatus(db, write.interviewId, write.status, write.updatedAt);
  else await touch(db, write.interviewId, write.updatedAt);
  let subscriptions = subscriptionsOfTransaction.get(db);
  if (!subscriptions) {
    subscriptions = activeSubscriptions(db);
    subscriptionsOfTransaction.set(db, subscriptions);
    subscriptions.catch(() => subscriptionsOfTransaction.delete(db));
  }
  await recordEvents(db, write.events, await subscriptions);
}

// PostgreSQL: one statement, so one round trip, for all of it. The interview's row is written
// first (the rest is written only if it was), so the row is always locked before a participant,
// as in lockAnswerContext's transaction: no deadlock between the two. With a version, the row is
// written only while it is still that version (writeAnswerIfUnchanged). The events go in from
// arrays (one or two rows, the same statement either way); each webhook message is fanned out
// to the active subscriptions to its type by the statement itself, so no look-up precedes it. A
// subscription's `event_types` is a JSON array of types (db/webhook-outbox.ts reads it the same
// way), and a delivery's id is `msg_` and 32 hex digits, as webhookDelivery draws it. Setting the
// status to its own value leaves the row a HOT update on PostgreSQL (no index entry).
const answerStatement = preparedQuery(
  (
    db: Queryable,
    version: string | null,
    participantId: string,
    attendance: Attendance,
    respondedAt: string,
    reason: string | null,
    interviewId: string,
    status: InterviewStatus,
    updatedAt: string,
    ids: string[],
    interviewIds: string[],
    types: string[],
    actorTypes: string[],
    actorIds: Array<string | null>,
    actorNames: Array<string | null>,
    data: string[],
    createdAt: string[],
    hookTypes: string[],
    hookPayloads: string[],
    hookAt: string[],
  ) =>
    db
      .with('interview_row', (qc) =>
        qc
          .updateTable('interviews')
          .set({ status, updated_at: updatedAt })
          .where('id', '=', interviewId)
          .where(sql<boolean>`xmin = coalesce(${version}::xid, xmin)`)
          .returning('id'),
      )
      .with('answer', (qc) =>
        qc
          .updateTable('participants')
          .set({ attendance, responded_at: respondedAt, decline_reason: reason })
          .where('id', '=', participantId)
          .where(sql<boolean>`exists (select 1 from interview_row)`),
      )
      .with('recorded', (qc) =>
        qc
          .insertInto('events')
          .columns(EVENT_COLUMNS)
          .expression(
            sql`select * from unnest(${ids}::text[], ${interviewIds}::text[], ${types}::text[], ${actorTypes}::text[], ${actorIds}::text[], ${actorNames}::text[], ${data}::text[], ${createdAt}::text[])
              where exists (select 1 from interview_row)`,
          ),
      )
      .with('hooks', (qc) =>
        qc
          .insertInto('webhook_deliveries')
          .columns([
            'id',
            'webhook_id',
            'event_type',
            'payload',
            'state',
            'attempts',
            'next_attempt_at',
            'created_at',
          ])
          .expression(
            sql`select 'msg_' || replace(gen_random_uuid()::text, '-', ''), w.id, m.type, m.payload, 'queued', 0, m.at, m.at
              from webhooks w
              cross join unnest(${hookTypes}::text[], ${hookPayloads}::text[], ${hookAt}::text[]) as m(type, payload, at)
              where w.active = 1 and w.event_types::jsonb @> jsonb_build_array(m.type)
                and exists (select 1 from interview_row)`,
          ),
      )
      .selectFrom('interview_row')
      .select((eb) => eb.fn.countAll<number>().as('written')),
);

/** True when written; false when a version was given and the row is no longer at it. */
async function writeAnswerPostgres(
  db: Queryable,
  write: AnswerWrite,
  version: string | null,
): Promise<boolean> {
  const { recorded, rows } = eventRows(write.events);
  const messages = webhookMessages(recorded);
  const [result] = await answerStatement(
    db,
    version,
    write.participantId,
    write.attendance,
    write.respondedAt,
    write.reason,
    write.interviewId,
    write.status,
    write.updatedAt,
    rows.map((r) => r.id),
    rows.map((r) => r.interview_id),
    rows.map((r) => r.type),
    rows.map((r) => r.actor_type),
    rows.map((r) => r.actor_id),
    rows.map((r) => r.actor_name),
    rows.map((r) => r.data),
    rows.map((r) => r.created_at),
    messages.map((m) => m.type),
    messages.map((m) => m.payload),
    messages.map((m) => toDbTime(m.at)),
  );
  return Number(result?.written ?? 0) > 0;
}
