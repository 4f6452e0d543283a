import { nowDbTime } from '../db/time.js';
import { assertCan } from '../domain/permissions.js';
import type { WebhookWithSecret } from '../shapes/types.js';
import { newWebhookSecret } from './webhook-input.js';
import { loadWebhook, type OneWebhookOptions, toWebhook } from './webhook-view.js';

export type RotateWebhookSecretOptions = OneWebhookOptions;

/** Replaces the signing secret; deliveries not yet sent are signed with the new one. */
export async function rotateWebhookSecret(
  options: RotateWebhookSecretOptions,
): Promise<WebhookWithSecret> {
  const { db, actor, box, id } = options;
  assertCan(actor, 'webhooks:manage');
  await loadWebhook(db, id);
  const secret = newWebhookSecret();
  await db
    .updateTable('webhooks')
    .set({ secret_box: box.seal(secret), updated_at: nowDbTime() })
    .where('id', '=', id)
    .execute();
  return { ...toWebhook(await loadWebhook(db, id)), secret };
}
