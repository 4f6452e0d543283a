import { randomUUID } from 'node:crypto';
import type { Actor } from '../domain/permissions.js';
import type { Queryable, Transaction } from './database.js';
import { preparedQuery } from './prepared.js';
import type { EventsTable } from './schema.js';
import { toDbTime } from './time.js';
import { type ActiveSubscription, enqueueWebhooks, type RecordedEvent } from './webhook-outbox.js';

/** Who did something: a signed-in user, a participant through their link, or Convene itself. */
export type EventActor = RecordedEvent['actor'];

/** An event to record: its id is drawn here, its time is now unless given. */
export type RecordEventOptions = Omit<RecordedEvent, 'id' | 'at'> & { at?: Date };

/** Appends to an interview's audit trail; called inside the transaction that made the change. */
export async function recordEvent(db: Transaction, options: RecordEventOptions): Promise<void> {
  await recordEvents(db, [options]);
}

// An answer or an edit records one to three events: one prepared insert for each such count
// is cheaper than building the insert each time (and one statement is one round trip on
// PostgreSQL); a batch (a bulk send's chunk) is built as one insert.
const FEW = 3;
/** The columns an event row is written with, in the order the prepared inserts bind them. */
export const EVENT_COLUMNS = [
  'id',
  'interview_id',
  'type',
  'actor_type',
  'actor_id',
  'actor_name',
  'data',
  'created_at',
] as const satisfies ReadonlyArray<keyof EventsTable>;
export type EventRow = { [C in (typeof EVENT_COLUMNS)[number]]: EventsTable[C] };

const insertFew = Array.from({ length: FEW }, () =>
  preparedQuery((db: Queryable, ...values: unknown[]) => {
    const rows: EventRow[] = [];
    for (let i = 0; i < values.length; i += EVENT_COLUMNS.length) {
      const row: Record<string, unknown> = {};
      EVENT_COLUMNS.forEach((column, k) => {
        row[column] = values[i + k];
      });
      rows.push(row as EventRow);
    }
    return db.insertInto('events').values(rows);
  }),
);

/**
 * Appends several events with one insert (a worker's batch of deliveries), and queues the
 * webhooks they stand for in the same transaction.
 */
export async function recordEvents(
  db: Transaction,
  events: RecordEventOptions[],
  /** The active webhook subscriptions, when the caller read them in this transaction already. */
  subscriptions?: ActiveSubscription[],
): Promise<void> {
  if (events.length === 0) return;
  const { recorded, rows } = eventRows(events);
  const prepared = insertFew[rows.length - 1];
  if (prepared) {
    await prepared(db, ...rows.flatMap((row) => EVENT_COLUMNS.map((column) => row[column])));
  } else {
    await db.insertInto('events').values(rows).execute();
  }
  await enqueueWebhooks(db, recorded, subscriptions);
}

/**
 * The events as recorded (an id drawn for each, the time now unless given) and as rows: what
 * recordEvents inserts, for a statement that inserts them itself (invites/answer-statements.ts).
 */
export function eventRows(events: RecordEventOptions[]): {
  recorded: RecordedEvent[];
  rows: EventRow[];
} {
  const recorded = events.map((options) => ({
    ...options,
    id: randomUUID(),
    at: options.at ?? new Date(),
  }));
  const rows = recorded.map((options) => ({
    id: options.id,
    interview_id: options.interviewId,
    type: options.type,
    actor_type: options.actor.type,
    actor_id: options.actor.id ?? null,
    actor_name: options.actor.name ?? null,
    data: JSON.stringify(options.data ?? {}),
    created_at: toDbTime(options.at),
  }));
  return { recorded, rows };
}

/** The event actor for a signed-in user. */
export function userActor(actor: Actor): EventActor {
  return { type: 'user', id: actor.userId, name: actor.name };
}

export const SYSTEM: EventActor = { type: 'system', name: 'Convene' };
