import { assertCan } from '../domain/permissions.js';
import type { Webhook } from '../shapes/types.js';
import { loadWebhook, type OneWebhookOptions, toWebhook } from './webhook-view.js';

export type GetWebhookOptions = OneWebhookOptions;

/** One subscription (admins only). */
export async function getWebhook(options: GetWebhookOptions): Promise<Webhook> {
  assertCan(options.actor, 'webhooks:manage');
  return toWebhook(await loadWebhook(options.db, options.id));
}
