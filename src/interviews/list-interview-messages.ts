import type { Queryable } from '../db/database.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Message } from '../shapes/types.js';
import { assertInterviewVisible } from './assert-visible.js';

export interface ListInterviewMessagesOptions {
  db: Queryable;
  actor: Actor;
  interviewId: string;
}

/** Every message of an interview, oldest first, with its delivery state. */
export async function listInterviewMessages(
  options: ListInterviewMessagesOptions,
): Promise<Message[]> {
  const { db, actor, interviewId } = options;
  assertCan(actor, 'interviews:read');
  await assertInterviewVisible(db, actor, interviewId);
  const rows = await db
    .selectFrom('messages')
    .select([
      'id',
      'participant_id',
      'kind',
      'to_email',
      'subject',
      'state',
      'attempts',
      'last_error',
      'sent_at',
      'created_at',
      'sequence',
      'transport',
    ])
    .where('interview_id', '=', interviewId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    participantId: r.participant_id,
    kind: r.kind,
    to: r.to_email,
    subject: r.subject,
    state: r.state,
    attempts: r.attempts,
    lastError: r.last_error,
    sentAt: r.sent_at,
    createdAt: r.created_at,
    sequence: r.sequence,
    transport: r.transport,
  }));
}
