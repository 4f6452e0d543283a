import { webhookDelivery } from '../db/webhook-outbox.js';
import { assertCan } from '../domain/permissions.js';
import { WEBHOOK_TEST_EVENT } from '../domain/webhook-events.js';
import type { WebhookDelivery } from '../shapes/types.js';
import { loadWebhook, type OneWebhookOptions, toDelivery } from './webhook-view.js';

export type SendTestWebhookOptions = OneWebhookOptions;

/** Queues a `webhook.test` event to this subscription, whatever events it chose. */
export async function sendTestWebhook(options: SendTestWebhookOptions): Promise<WebhookDelivery> {
  assertCan(options.actor, 'webhooks:manage');
  const webhook = await loadWebhook(options.db, options.id);
  const row = webhookDelivery(webhook.id, WEBHOOK_TEST_EVENT, new Date(), {
    webhookId: webhook.id,
    message: 'A test event from Convene.',
  });
  await options.db.insertInto('webhook_deliveries').values(row).execute();
  return toDelivery(row);
}
