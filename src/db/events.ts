import { randomUUID } from 'node:crypto';
import type { Actor } from '../domain/permissions.js';
import type { Transaction } from './database.js';
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
  await db
    .insertInto('events')
    .values(
      recorded.map((options) => ({
        id: options.id,
        interview_id: options.interviewId,
        type: options.type,
        actor_type: options.actor.type,
        actor_id: options.actor.id ?? null,
        actor_name: options.actor.name ?? null,
        data: JSON.stringify(options.data ?? {}),
        created_at: options.at.toISOString(),
      })),
    )
    .execute();
  await enqueueWebhooks(db, recorded);
}

/** The event actor for a signed-in user. */
export function userActor(actor: Actor): EventActor {
  return { type: 'user', id: actor.userId, name: actor.name };
}

export const SYSTEM: EventActor = { type: 'system', name: 'Convene' };
