import type { Queryable } from '../db/database.js';
import { afterCursor, decodeCursor, encodeCursor } from '../db/pagination.js';
import { invalid } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { DevMessageSummary, Page } from '../shapes/types.js';

export interface ListDevMessagesOptions {
  db: Queryable;
  actor: Actor;
  cursor?: string | undefined;
  limit: number;
}

/** The development mailbox: what Convene "sent" with no SMTP server, newest first. */
export async function listDevMessages(
  options: ListDevMessagesOptions,
): Promise<Page<DevMessageSummary>> {
  const { db, actor, cursor, limit } = options;
  assertCan(actor, 'interviews:write');
  let query = db
    .selectFrom('messages')
    .select([
      'id',
      'interview_id',
      'kind',
      'to_email',
      'to_name',
      'subject',
      'calendar_method',
      'sequence',
      'sent_at',
    ])
    .where('transport', '=', 'dev')
    .where('state', '=', 'sent');
  if (cursor) {
    const key = decodeCursor(cursor, 2);
    if (!key) invalid([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
    const [sentAt, id] = key as [string, string];
    query = query.where(afterCursor(['sent_at', 'id'], [sentAt, id], 'desc'));
  }
  const rows = await query
    .orderBy('sent_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page[page.length - 1] : undefined;
  return {
    items: page.map((r) => ({
      id: r.id,
      interviewId: r.interview_id,
      kind: r.kind,
      to: r.to_email,
      toName: r.to_name,
      subject: r.subject,
      calendarMethod: r.calendar_method,
      sequence: r.sequence,
      sentAt: r.sent_at,
    })),
    nextCursor: last ? encodeCursor([last.sent_at ?? '', last.id]) : null,
  };
}
