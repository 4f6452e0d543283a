import type { Queryable } from '../db/database.js';
import type { MessagesTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';

export interface EnqueueMessageOptions {
  id: string;
  /** Null only for a scheduling request's email (schedulingRequestId), sent before any interview. */
  interviewId: string | null;
  participantId: string | null;
  schedulingRequestId?: string | null;
  kind: MessagesTable['kind'];
  to: { name: string; email: string };
  subject: string;
  messageId: string;
  /** The composed RFC 5322 bytes every delivery attempt will send. */
  raw: Buffer;
  calendarMethod: MessagesTable['calendar_method'];
  sequence: number | null;
  now: Date;
}

/** Puts composed messages in the outbox, in the caller's transaction and one insert; the worker sends them. */
export async function enqueueMessages(
  db: Queryable,
  messages: EnqueueMessageOptions[],
): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insertInto('messages')
    .values(
      messages.map((o) => ({
        id: o.id,
        interview_id: o.interviewId,
        participant_id: o.participantId,
        scheduling_request_id: o.schedulingRequestId ?? null,
        kind: o.kind,
        to_name: o.to.name,
        to_email: o.to.email,
        subject: o.subject,
        message_id: o.messageId,
        raw: o.raw.toString('utf8'),
        calendar_method: o.calendarMethod,
        sequence: o.sequence,
        state: 'queued' as const,
        attempts: 0,
        next_attempt_at: toDbTime(o.now),
        locked_until: null,
        last_error: null,
        transport: null,
        sent_at: null,
        created_at: toDbTime(o.now),
      })),
    )
    .execute();
}

/** Puts one composed message in the outbox, in the caller's transaction. */
export async function enqueueMessage(db: Queryable, message: EnqueueMessageOptions): Promise<void> {
  await enqueueMessages(db, [message]);
}
