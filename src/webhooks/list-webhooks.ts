import { assertCan } from '../domain/permissions.js';
import type { Webhook } from '../shapes/types.js';
import { toWebhook, type WebhookContext } from './webhook-view.js';

export type ListWebhooksOptions = WebhookContext;

/** Every subscription, oldest first (admins only). */
export async function listWebhooks(options: ListWebhooksOptions): Promise<Webhook[]> {
  assertCan(options.actor, 'webhooks:manage');
  const rows = await options.db
    .selectFrom('webhooks')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toWebhook);
}
