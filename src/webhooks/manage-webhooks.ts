import { randomBytes, randomUUID } from 'node:crypto';
import type { SecretBox } from '../auth/secret-box.js';
import type { Transaction } from '../db/database.js';
import { afterCursor, decodeCursor, encodeCursor } from '../db/pagination.js';
import type { WebhookDeliveriesTable, WebhooksTable } from '../db/schema.js';
import { webhookDelivery } from '../db/webhook-outbox.js';
import { AppError, type FieldIssue, invalid } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { isSingleLine } from '../domain/text-rules.js';
import { WEBHOOK_EVENTS, WEBHOOK_TEST_EVENT } from '../domain/webhook-events.js';
import { webhookUrlIssues } from '../domain/webhook-url.js';
import type {
  WebhookDelivery as Delivery,
  Page,
  Webhook,
  WebhookWithSecret,
} from '../shapes/types.js';

export interface WebhookContext {
  db: Transaction;
  actor: Actor;
  box: SecretBox;
  /** WEBHOOK_ALLOW_PRIVATE: deliver to loopback and private networks (tests, intranets). */
  allowPrivate: boolean;
}

export interface WebhookInput {
  url?: string | undefined;
  /** Your own signing secret (`whsec_` + base64 of 24 to 64 bytes); left out, one is made. */
  secret?: string | undefined;
  events?: string[] | undefined;
  description?: string | null | undefined;
  active?: boolean | undefined;
}

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

/** Whether a given secret has the Standard Webhooks shape and enough bytes to be one. */
function isWebhookSecret(value: string): boolean {
  const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(value);
  if (!match?.[1]) return false;
  const bytes = Buffer.from(match[1], 'base64').length;
  return bytes >= 24 && bytes <= 64;
}

/** A Standard Webhooks secret: `whsec_` and 24 random bytes in base64. */
function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

function check(input: WebhookInput, allowPrivate: boolean, creating: boolean): void {
  const issues: FieldIssue[] = [];
  if (input.url !== undefined) issues.push(...webhookUrlIssues(input.url.trim(), allowPrivate));
  else if (creating) issues.push({ field: 'url', message: 'is required' });
  if (input.events !== undefined) {
    if (input.events.length === 0)
      issues.push({ field: 'events', message: 'must name at least one event' });
    for (const [i, event] of input.events.entries()) {
      if (!(WEBHOOK_EVENTS as readonly string[]).includes(event)) {
        issues.push({
          field: `events.${i}`,
          message: `"${event.slice(0, 60)}" is not one of ${WEBHOOK_EVENTS.join(', ')}`,
        });
      }
    }
  } else if (creating) issues.push({ field: 'events', message: 'is required' });
  if (input.secret !== undefined && !isWebhookSecret(input.secret)) {
    issues.push({
      field: 'secret',
      message: 'must be whsec_ followed by the base64 of 24 to 64 random bytes',
    });
  }
  const description = input.description;
  if (description && (!isSingleLine(description) || description.length > 500)) {
    issues.push({ field: 'description', message: 'must be one line of at most 500 characters' });
  }
  if (issues.length > 0) invalid(issues);
}

export async function createWebhook(
  context: WebhookContext,
  input: WebhookInput,
): Promise<WebhookWithSecret> {
  const { db, actor, box, allowPrivate } = context;
  assertCan(actor, 'webhooks:manage');
  check(input, allowPrivate, true);
  const secret = input.secret ?? newWebhookSecret();
  const now = new Date().toISOString();
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

async function load(db: Transaction, id: string): Promise<WebhooksTable> {
  const row = await db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `No webhook with id ${id}.`);
  return row;
}

export async function getWebhook(context: WebhookContext, id: string): Promise<Webhook> {
  assertCan(context.actor, 'webhooks:manage');
  return toWebhook(await load(context.db, id));
}

export async function listWebhooks(context: WebhookContext): Promise<Webhook[]> {
  assertCan(context.actor, 'webhooks:manage');
  const rows = await context.db
    .selectFrom('webhooks')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toWebhook);
}

export async function updateWebhook(
  context: WebhookContext,
  id: string,
  input: WebhookInput,
): Promise<Webhook> {
  const { db, actor, allowPrivate } = context;
  assertCan(actor, 'webhooks:manage');
  check(input, allowPrivate, false);
  await load(db, id);
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
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
  return toWebhook(await load(db, id));
}

/** Replaces the signing secret; deliveries not yet sent are signed with the new one. */
export async function rotateWebhookSecret(
  context: WebhookContext,
  id: string,
): Promise<WebhookWithSecret> {
  const { db, actor, box } = context;
  assertCan(actor, 'webhooks:manage');
  await load(db, id);
  const secret = newWebhookSecret();
  await db
    .updateTable('webhooks')
    .set({ secret_box: box.seal(secret), updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
  return { ...toWebhook(await load(db, id)), secret };
}

export async function deleteWebhook(context: WebhookContext, id: string): Promise<void> {
  assertCan(context.actor, 'webhooks:manage');
  await load(context.db, id);
  await context.db.deleteFrom('webhooks').where('id', '=', id).execute();
}

/** Queues a `webhook.test` event to this subscription, whatever events it chose. */
export async function sendTestWebhook(context: WebhookContext, id: string): Promise<Delivery> {
  assertCan(context.actor, 'webhooks:manage');
  const webhook = await load(context.db, id);
  const row = webhookDelivery(webhook.id, WEBHOOK_TEST_EVENT, new Date(), {
    webhookId: webhook.id,
    message: 'A test event from Convene.',
  });
  await context.db.insertInto('webhook_deliveries').values(row).execute();
  return toDelivery(row);
}

function toDelivery(
  row: Omit<WebhookDeliveriesTable, 'webhook_id' | 'payload' | 'locked_until'>,
): Delivery {
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

/** The delivery log, newest first, 50 (or `limit`) at a time. */
export async function listDeliveries(
  context: WebhookContext,
  id: string,
  options: { cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<Delivery>> {
  assertCan(context.actor, 'webhooks:manage');
  await load(context.db, id);
  const limit = options.limit ?? 50;
  let query = context.db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('webhook_id', '=', id)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (options.cursor) {
    const after = decodeCursor(options.cursor, 2);
    if (!after) invalid([{ field: 'cursor', message: 'is not a cursor from this list' }]);
    const [createdAt, lastId] = after as [string, string];
    query = query.where(afterCursor(['created_at', 'id'], [createdAt, lastId], 'desc'));
  }
  const rows = await query.execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toDelivery),
    nextCursor: rows.length > limit && last ? encodeCursor([last.created_at, last.id]) : null,
  };
}
