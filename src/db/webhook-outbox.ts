import { randomUUID } from 'node:crypto';
import { webhookEventFor } from '../domain/webhook-events.js';
import type { Queryable, Transaction } from './database.js';
import { preparedQuery } from './prepared.js';
import type { EventsTable, WebhooksTable } from './schema.js';
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
const subscriptionsQuery = preparedQuery((db: Queryable) =>
  db.selectFrom('webhooks').select(['id', 'event_types']).where('active', '=', 1),
);

/** An active webhook subscription and the JSON array of event types it takes. */
export type ActiveSubscription = Pick<WebhooksTable, 'id' | 'event_types'>;

/** The active webhook subscriptions, as enqueueWebhooks matches events against them. */
export function activeSubscriptions(db: Transaction): Promise<ActiveSubscription[]> {
  return subscriptionsQuery(db);
}

/**
 * Queues a webhook delivery for every active subscription to what these audit-trail events
 * stand for, in the transaction that recorded them: a change and its webhooks commit together
 * or not at all (the same outbox rule as mail, DESIGN §5).
 */
export async function enqueueWebhooks(
  db: Transaction,
  events: RecordedEvent[],
  /** The active subscriptions, when the caller read them in this transaction already. */
  known?: ActiveSubscription[],
): Promise<void> {
  const messages = webhookMessages(events);
  if (messages.length === 0) return;
  const subscriptions = known ?? (await activeSubscriptions(db));
  const rows = messages.flatMap((message) =>
    subscriptions
      .filter((s) => (JSON.parse(s.event_types) as string[]).includes(message.type))
      .map((s) => queuedDelivery(s.id, message)),
  );
  if (rows.length > 0) await db.insertInto('webhook_deliveries').values(rows).execute();
}

/** A webhook message some events stand for: its type and its Standard Webhooks body. */
export interface WebhookMessage {
  type: string;
  at: Date;
  /** {type, timestamp, data}, as JSON: the same for every subscription it goes to. */
  payload: string;
}

/**
 * The webhook messages these events stand for, before they are fanned out to the active
 * subscriptions to their type (enqueueWebhooks here, or one statement of the confirm path's).
 */
export function webhookMessages(events: RecordedEvent[]): WebhookMessage[] {
  return events.flatMap((event) => {
    const type = webhookEventFor(event.type, event.data ?? {});
    if (!type) return [];
    const payload = webhookPayload(type, event.at, webhookData(event));
    return [{ type, at: event.at, payload }];
  });
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

/** The Standard Webhooks body of a delivery: {type, timestamp, data}. */
export function webhookPayload(type: string, at: Date, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: toDbTime(at), data });
}

/** A queued delivery with its Standard Webhooks body: {type, timestamp, data}. */
export function webhookDelivery(
  webhookId: string,
  type: string,
  at: Date,
  data: Record<string, unknown>,
) {
  return queuedDelivery(webhookId, { type, at, payload: webhookPayload(type, at, data) });
}

function queuedDelivery(webhookId: string, { type, at, payload }: WebhookMessage) {
  return {
    id: webhookDeliveryId(),
    webhook_id: webhookId,
    event_type: type,
    payload,
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

/** A Standard Webhooks message id: the same on every attempt of one delivery. */
export function webhookDeliveryId(): string {
  return `msg_${randomUUID().replace(/-/g, '')}`;
}
