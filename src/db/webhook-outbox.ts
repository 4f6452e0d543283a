import { randomUUID } from 'node:crypto';
import { webhookEventFor } from '../domain/webhook-events.js';
import type { Queryable, Transaction } from './database.js';
import { preparedQuery } from './prepared.js';
import type { EventsTable } from './schema.js';
import { toDbTime } from './time.js';

/** An audit-trail event as recorded (db/events.ts), which a webhook may stand for. */
export interface RecordedEvent {
  id: string;
  at: Date;
  interviewId: string;
  type: string;
  actor: { type: EventsTable['actor_type']; id?: string | null; name?: string | null };
  data?: Record<string, unknown>;
}

// Read with every recorded change that a webhook may want: built and compiled once.
const activeSubscriptions = preparedQuery((db: Queryable) =>
  db.selectFrom('webhooks').select(['id', 'event_types']).where('active', '=', 1),
);

/**
 * Queues a webhook delivery for every active subscription to what these audit-trail events
 * stand for, in the transaction that recorded them: a change and its webhooks commit together
 * or not at all (the same outbox rule as mail, DESIGN §5).
 */
export async function enqueueWebhooks(db: Transaction, events: RecordedEvent[]): Promise<void> {
  const mapped = events.flatMap((event) => {
    const type = webhookEventFor(event.type, event.data ?? {});
    return type ? [{ event, type }] : [];
  });
  if (mapped.length === 0) return;
  const subscriptions = await activeSubscriptions(db);
  const rows = mapped.flatMap(({ event, type }) =>
    subscriptions
      .filter((s) => (JSON.parse(s.event_types) as string[]).includes(type))
      .map((s) => webhookDelivery(s.id, type, event.at, webhookData(event))),
  );
  if (rows.length > 0) await db.insertInto('webhook_deliveries').values(rows).execute();
}

/** What an ATS receives about one event: the interview, who did it, and the event's details. */
function webhookData(event: RecordedEvent): Record<string, unknown> {
  return {
    interviewId: event.interviewId,
    eventId: event.id,
    actor: { type: event.actor.type, id: event.actor.id ?? null, name: event.actor.name ?? null },
    ...event.data,
  };
}

/** A queued delivery with its Standard Webhooks body: {type, timestamp, data}. */
export function webhookDelivery(
  webhookId: string,
  type: string,
  at: Date,
  data: Record<string, unknown>,
) {
  return {
    id: `msg_${randomUUID().replace(/-/g, '')}`,
    webhook_id: webhookId,
    event_type: type,
    payload: JSON.stringify({ type, timestamp: toDbTime(at), data }),
    state: 'queued' as const,
    attempts: 0,
    next_attempt_at: toDbTime(at),
    locked_until: null,
    claim_id: null,
    last_status: null,
    last_error: null,
    delivered_at: null,
    created_at: toDbTime(at),
  };
}
