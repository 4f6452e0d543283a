import type { RootDb, Transaction } from '../db/database.js';
import { type EventActor, recordEvent, userActor } from '../db/events.js';
import type { InterviewsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import { AppError, invalid } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { isPlainText } from '../domain/text-rules.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { loadMessageContext } from '../messages/message-context.js';
import { queueMessages } from '../messages/queue-messages.js';
import type { Interview } from '../shapes/types.js';
import { applyStatus } from './apply-status.js';
import { loadInterview } from './interview-view.js';
import { lockInterview } from './lock-interview.js';
import { settleProposals } from './settle-proposals.js';

export interface CancelInterviewOptions {
  db: RootDb;
  actor: Actor;
  interviewId: string;
  reason?: string | undefined;
  settings: MailSettings;
  now?: Date;
}

/**
 * Cancels an interview. Every participant who was sent an invite gets a METHOD:CANCEL for their
 * own event (same UID, their SEQUENCE + 1), so calendars remove it. Cancelling twice is refused.
 */
export async function cancelInterview(options: CancelInterviewOptions): Promise<Interview> {
  const { db, actor, interviewId, reason, settings, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  if (reason !== undefined && !isPlainText(reason)) {
    invalid([{ field: 'reason', message: 'must not contain control characters' }]);
  }
  return db.transaction().execute(async (trx) => {
    const interview = await lockInterview(trx, interviewId);
    await writeCancellation(trx, {
      interview,
      organizer: actor,
      actor: userActor(actor),
      reason,
      settings,
      now,
      decidedBy: actor.userId,
    });
    return loadInterview(trx, interviewId, now);
  });
}

export interface WriteCancellationOptions {
  /** The interview as the caller locked it (lockInterview). */
  interview: InterviewsTable;
  /** Whom the cancellations name as organizer and Reply-To. */
  organizer: { name: string; email: string };
  /** Who cancelled, for the timeline and the `interview.cancelled` webhook. */
  actor: EventActor;
  reason?: string | undefined;
  /** The user who settles the interview's open proposals (null: the candidate cancelled). */
  decidedBy: string | null;
  settings: MailSettings;
  now: Date;
}

/**
 * The cancellation itself, inside the caller's transaction: the one path every cancel takes,
 * whoever asks (a coordinator, or the candidate from their link). 409 if already cancelled.
 */
export async function writeCancellation(
  trx: Transaction,
  options: WriteCancellationOptions,
): Promise<void> {
  const { interview, organizer, actor, reason, settings, now } = options;
  if (interview.cancelled_at)
    throw new AppError('conflict', 'This interview is already cancelled.');
  const context = await loadMessageContext(trx, interview, organizer, settings);
  const sent = interview.invites_sent_at !== null;
  const sequence = sent ? interview.sequence + 1 : interview.sequence;
  const invited = context.participants.filter((p) => context.sentSequences.has(p.id));
  if (invited.length > 0) {
    await queueMessages(trx, {
      context,
      recipients: invited,
      kind: 'cancel',
      contents: undefined,
      now,
    });
  }
  await applyStatus(trx, {
    interview,
    participants: context.participants,
    cancelled: true,
    actor,
    now,
    set: { cancelled_at: toDbTime(now), sequence, version: interview.version + 1 },
  });
  // Nothing is left to propose a time for.
  await settleProposals(trx, { interviewId: interview.id, userId: options.decidedBy, now });
  await recordEvent(trx, {
    interviewId: interview.id,
    type: 'interview.cancelled',
    actor,
    data: { reason: reason?.trim() || null, notified: invited.length },
    at: now,
  });
}
