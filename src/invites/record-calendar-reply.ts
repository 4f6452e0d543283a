import type { Transaction } from '../db/database.js';
import { recordEvent } from '../db/events.js';
import type { CalendarReply } from '../domain/calendar-reply.js';
import { AppError } from '../domain/errors.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { respondAsParticipant } from './respond-to-invitation.js';

export type ReplyOutcome =
  | { outcome: 'recorded' | 'unchanged' | 'tentative'; interviewId: string; participantId: string }
  | { outcome: 'ignored'; reason: string; interviewId?: string };

/**
 * Applies a calendar's Accept / Decline / Tentative (an iTIP REPLY) exactly as the Interview
 * Link's Confirm / Decline would. Matched on the event's UID and the ATTENDEE address
 * (case-insensitive), never on the mail's From (CALENDAR.md). Ignored, with the reason: an
 * unknown UID, an address that is not a participant, a SEQUENCE older than the last one sent
 * (an answer to a time that has since changed), and interviews that no longer take answers.
 * TENTATIVE goes in the timeline but is not a confirmation.
 */
export async function recordCalendarReply(options: {
  db: Transaction;
  reply: CalendarReply;
  settings: MailSettings;
  now?: Date;
}): Promise<ReplyOutcome> {
  const { db, reply, settings, now = new Date() } = options;
  const interview = await db
    .selectFrom('interviews')
    .select(['id', 'sequence'])
    .where('calendar_uid', '=', reply.uid)
    .executeTakeFirst();
  if (!interview) return { outcome: 'ignored', reason: 'unknown UID' };
  const interviewId = interview.id;
  if (reply.sequence < interview.sequence) {
    return {
      outcome: 'ignored',
      reason: `stale SEQUENCE ${reply.sequence}, last sent ${interview.sequence}`,
      interviewId,
    };
  }
  const participants = await db
    .selectFrom('participants')
    .selectAll()
    .where('interview_id', '=', interviewId)
    .execute();
  const participant = participants.find((p) => p.email.toLowerCase() === reply.attendee);
  if (!participant) return { outcome: 'ignored', reason: 'not an attendee', interviewId };
  const participantId = participant.id;
  if (reply.answer === 'TENTATIVE') {
    await recordEvent(db, {
      interviewId,
      type: 'participant.tentative',
      actor: { type: 'participant', id: participant.id, name: participant.name },
      data: { role: participant.role, comment: reply.comment, via: 'calendar' },
      at: now,
    });
    return { outcome: 'tentative', interviewId, participantId };
  }
  try {
    const result = await respondAsParticipant({
      db,
      participant,
      attendance: reply.answer === 'ACCEPTED' ? 'confirmed' : 'declined',
      reason: reply.comment,
      settings,
      via: 'calendar',
      now,
    });
    return { outcome: result.changed ? 'recorded' : 'unchanged', interviewId, participantId };
  } catch (error) {
    // Cancelled or already over: the calendar answered too late; nothing to change.
    if (error instanceof AppError && error.code === 'conflict') {
      return { outcome: 'ignored', reason: error.message, interviewId };
    }
    throw error;
  }
}
