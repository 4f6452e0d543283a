import { nowDbTime } from '../db/time.js';
import { assertCan } from '../domain/permissions.js';
import type { Webhook } from '../shapes/types.js';
import { assertWebhookInput, type WebhookInput } from './webhook-input.js';
import { loadWebhook, type OneWebhookOptions, toWebhook } from './webhook-view.js';

export type UpdateWebhookOptions = OneWebhookOptions & { input: WebhookInput };

/** Changes a subscription's URL, events, description or pause (`active: false`). */
export async function updateWebhook(options: UpdateWebhookOptions): Promise<Webhook> {
  const { db, actor, allowPrivate, id, input } = options;
  assertCan(actor, 'webhooks:manage');
  assertWebhookInput(input, allowPrivate, false);
  await loadWebhook(db, id);
  await db
    .updateTable('webhooks')
    .set({
      ...(input.url !== undefined ? { url: input.url.trim() } : {}),
      ...(input.events !== undefined
        ? { event_types: JSON.stringify([...new Set(input.events)]) }
        : {}),
      ...(input.description !== undefined
        ? { description: input.description?.trim() || null }
        : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
      updated_at: nowDbTime(),
    })
    .where('id', '=', id)
    .execute();
  return toWebhook(await loadWebhook(db, id));
}
