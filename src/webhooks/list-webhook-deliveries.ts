import { afterCursor, decodeCursor, encodeCursor } from '../db/pagination.js';
import { invalid } from '../domain/errors.js';
import { assertCan } from '../domain/permissions.js';
import type { Page, WebhookDelivery } from '../shapes/types.js';
import { loadWebhook, type OneWebhookOptions, toDelivery } from './webhook-view.js';

export type ListWebhookDeliveriesOptions = OneWebhookOptions & {
  cursor?: string | undefined;
  limit?: number | undefined;
};

/** The delivery log, newest first, 50 (or `limit`) at a time. */
export async function listWebhookDeliveries(
  options: ListWebhookDeliveriesOptions,
): Promise<Page<WebhookDelivery>> {
  const { db, id } = options;
  assertCan(options.actor, 'webhooks:manage');
  await loadWebhook(db, id);
  const limit = options.limit ?? 50;
  let query = db
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
