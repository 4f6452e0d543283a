import { randomUUID } from 'node:crypto';
import type { WebhooksTable } from '../db/schema.js';
import { nowDbTime } from '../db/time.js';
import { assertCan } from '../domain/permissions.js';
import type { WebhookWithSecret } from '../shapes/types.js';
import { assertWebhookInput, newWebhookSecret, type WebhookInput } from './webhook-input.js';
import { toWebhook, type WebhookContext } from './webhook-view.js';

export type CreateWebhookOptions = WebhookContext & { input: WebhookInput };

/** Subscribes a URL to events; the signing secret is answered this once, then kept sealed. */
export async function createWebhook(options: CreateWebhookOptions): Promise<WebhookWithSecret> {
  const { db, actor, box, allowPrivate, input } = options;
  assertCan(actor, 'webhooks:manage');
  assertWebhookInput(input, allowPrivate, true);
  const secret = input.secret ?? newWebhookSecret();
  const now = nowDbTime();
  const row: WebhooksTable = {
    id: randomUUID(),
    url: (input.url as string).trim(),
    description: input.description?.trim() || null,
    event_types: JSON.stringify([...new Set(input.events)]),
    secret_box: box.seal(secret),
    active: input.active === false ? 0 : 1,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('webhooks').values(row).execute();
  return { ...toWebhook(row), secret };
}
