import type { RootDb } from '../db/database.js';
import { recordEvent, userActor } from '../db/events.js';
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
    if (interview.cancelled_at)
      throw new AppError('conflict', 'This interview is already cancelled.');
    const context = await loadMessageContext(trx, interview, actor, settings);
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
      actor: userActor(actor),
      now,
      set: { cancelled_at: toDbTime(now), sequence, version: interview.version + 1 },
    });
    await settleProposals(trx, { interviewId, userId: actor.userId, now });
    await recordEvent(trx, {
      interviewId,
      type: 'interview.cancelled',
      actor: userActor(actor),
      data: { reason: reason?.trim() || null, notified: invited.length },
      at: now,
    });
    return loadInterview(trx, interviewId, now);
  });
}
