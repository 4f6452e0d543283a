import type { SecretBox } from '../crypto/secret-box.js';
import type { Queryable } from '../db/database.js';
import type { WebhookDeliveriesTable, WebhooksTable } from '../db/schema.js';
import { AppError } from '../domain/errors.js';
import type { Actor } from '../domain/permissions.js';
import type { Webhook, WebhookDelivery } from '../shapes/types.js';

/** What every webhook use case is called with. */
export interface WebhookContext {
  db: Queryable;
  actor: Actor;
  box: SecretBox;
  /** ALLOW_PRIVATE_NETWORK: deliver to loopback and private networks (tests, intranets). */
  allowPrivate: boolean;
}

/** The options of a use case about one subscription. */
export type OneWebhookOptions = WebhookContext & { id: string };

/** A subscription as the API shows it: never its secret. */
export function toWebhook(row: WebhooksTable): Webhook {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: JSON.parse(row.event_types) as string[],
    active: Boolean(row.active),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One line of a subscription's delivery log. */
export function toDelivery(
  row: Omit<WebhookDeliveriesTable, 'webhook_id' | 'payload' | 'locked_until' | 'claim_id'>,
): WebhookDelivery {
  return {
    id: row.id,
    event: row.event_type,
    state: row.state,
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastError: row.last_error,
    nextAttemptAt: row.state === 'queued' ? row.next_attempt_at : null,
    deliveredAt: row.delivered_at,
    createdAt: row.created_at,
  };
}

/** The subscription's row, or 404. */
export async function loadWebhook(db: Queryable, id: string): Promise<WebhooksTable> {
  const row = await db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `No webhook with id ${id}.`);
  return row;
}
