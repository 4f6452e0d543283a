import type { Transaction } from '../db/database.js';
import type { MessagesTable } from '../db/schema.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { assertInterviewVisible } from './assert-visible.js';

export interface ListInterviewMessagesOptions {
  db: Transaction;
  actor: Actor;
  interviewId: string;
}

/** A message as the API lists it (DESIGN §8): never its body or personal link. */
export interface Message {
  id: string;
  participantId: string | null;
  kind: MessagesTable['kind'];
  to: string;
  subject: string;
  state: MessagesTable['state'];
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
  sequence: number | null;
  transport: MessagesTable['transport'];
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
