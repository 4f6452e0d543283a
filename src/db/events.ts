import { randomUUID } from 'node:crypto';
import type { Actor } from '../domain/permissions.js';
import type { Transaction } from './database.js';
import { preparedQuery } from './prepared.js';
import type { EventsTable } from './schema.js';
import { enqueueWebhooks } from './webhook-outbox.js';

/** Who did something: a signed-in user, a participant through their link, or Convene itself. */
export interface EventActor {
  type: EventsTable['actor_type'];
  id?: string | null;
  name?: string | null;
}

export interface RecordEventOptions {
  interviewId: string;
  type: string;
  actor: EventActor;
  data?: Record<string, unknown>;
  at?: Date;
}

/** Appends to an interview's audit trail; called inside the transaction that made the change. */
export async function recordEvent(db: Transaction, options: RecordEventOptions): Promise<void> {
  await recordEvents(db, [options]);
}

// An answer or an edit records one or two events: a prepared one-row insert each is cheaper
// than building a multi-row insert; a batch (a bulk send's chunk) is one insert.
const FEW = 3;
const insertEvent = preparedQuery(
  (
    db: Transaction,
    id: string,
    interviewId: string,
    type: string,
    actorType: EventsTable['actor_type'],
    actorId: string | null,
    actorName: string | null,
    data: string,
    createdAt: string,
  ) =>
    db.insertInto('events').values({
      id,
      interview_id: interviewId,
      type,
      actor_type: actorType,
      actor_id: actorId,
      actor_name: actorName,
      data,
      created_at: createdAt,
    }),
);

/**
 * Appends several events with one insert (a worker's batch of deliveries), and queues the
 * webhooks they stand for in the same transaction.
 */
export async function recordEvents(db: Transaction, events: RecordEventOptions[]): Promise<void> {
  if (events.length === 0) return;
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
    created_at: options.at.toISOString(),
  }));
  if (rows.length <= FEW) {
    for (const row of rows) {
      await insertEvent(
        db,
        row.id,
        row.interview_id,
        row.type,
        row.actor_type,
        row.actor_id,
        row.actor_name,
        row.data,
        row.created_at,
      );
    }
  } else {
    await db.insertInto('events').values(rows).execute();
  }
  await enqueueWebhooks(db, recorded);
}

/** The event actor for a signed-in user. */
export function userActor(actor: Actor): EventActor {
  return { type: 'user', id: actor.userId, name: actor.name };
}

export const SYSTEM: EventActor = { type: 'system', name: 'Convene' };
