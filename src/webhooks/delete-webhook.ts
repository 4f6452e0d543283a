import { assertCan } from '../domain/permissions.js';
import { loadWebhook, type OneWebhookOptions } from './webhook-view.js';

export type DeleteWebhookOptions = OneWebhookOptions;

/** Ends a subscription; its queued deliveries go with it. */
export async function deleteWebhook(options: DeleteWebhookOptions): Promise<void> {
  assertCan(options.actor, 'webhooks:manage');
  await loadWebhook(options.db, options.id);
  await options.db.deleteFrom('webhooks').where('id', '=', options.id).execute();
}
