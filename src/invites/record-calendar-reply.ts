import type { Queryable, RootDb } from '../db/database.js';
import { type EventActor, recordEvent } from '../db/events.js';
import type { ParticipantsTable } from '../db/schema.js';
import type { CalendarReply } from '../domain/calendar-reply.js';
import { sequenceMismatch } from '../domain/calendar-sequence.js';
import { AppError } from '../domain/errors.js';
import {
  provesSender,
  type SenderCheck,
  senderRefusal,
  senderSummary,
} from '../domain/reply-sender.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { lastSentSequence } from '../messages/message-context.js';
import { proposeTimes } from './propose-times.js';
import { respondAsParticipant } from './respond-as-participant.js';

export type ReplyOutcome =
  | { outcome: 'recorded' | 'unchanged' | 'tentative'; interviewId: string; participantId: string }
  | { outcome: 'ignored'; reason: string; interviewId?: string };

export interface RecordCalendarReplyOptions {
  db: RootDb;
  reply: CalendarReply;
  /** What the listener or the mailbox provider found of the sender. */
  sender: SenderCheck;
  settings: MailSettings;
  now?: Date;
}

const CALENDAR: EventActor = { type: 'system', name: 'Calendar reply' };

/**
 * Applies a calendar's Accept / Decline / Tentative (an iTIP REPLY), or its Propose new time
 * (a COUNTER: a decline with that time proposed, proposeTimes), exactly as the Interview
 * Link's Confirm / Decline would, when the reply proves it answers that participant's own
 * invite: the UID is the participant's own event's (unguessable, in no one else's invite) and
 * the ATTENDEE is that participant. The mail's From is never what decides. A reply to an event
 * the whole panel shared (invites sent before events were per participant) proves nothing by
 * its UID, so its sender must be proven instead (DMARC pass, From the attendee).
 *
 * Ignored, with the reason on the interview's timeline so the coordinator can act: another
 * attendee named, an unproven sender, a SEQUENCE other than the one that participant was last
 * sent, an interview that no longer takes answers. A UID no invite carries is only logged.
 */
export async function recordCalendarReply(
  options: RecordCalendarReplyOptions,
): Promise<ReplyOutcome> {
  const { db, reply, sender, settings, now = new Date() } = options;
  const found = await findParticipant(db, reply, sender);
  if ('unknown' in found) return { outcome: 'ignored', reason: 'unknown UID' };
  const { interviewId, participant } = found;
  const ignore = async (reason: string): Promise<ReplyOutcome> => {
    await recordIgnored(db, { interviewId, reason, reply, sender, participant, now });
    return { outcome: 'ignored', reason, interviewId };
  };
  if ('problem' in found) return ignore(found.problem);
  if (!participant) return ignore('no such participant');
  const refusal = senderRefusal(sender);
  if (refusal) return ignore(refusal);
  const mismatch = sequenceMismatch(reply.sequence, await lastSentSequence(db, participant.id));
  if (mismatch) return ignore(mismatch);
  const participantId = participant.id;
  const evidence = senderSummary(sender);
  if (reply.proposed) {
    try {
      const proposed = await proposeTimes({
        db,
        participant,
        times: [reply.proposed],
        comment: reply.comment,
        via: 'calendar',
        evidence: { sender: evidence },
        settings,
        now,
      });
      return { outcome: proposed.changed ? 'recorded' : 'unchanged', interviewId, participantId };
    } catch (error) {
      // A time already past, or an interview closed meanwhile: nothing to propose to.
      if (error instanceof AppError && ['conflict', 'validation_error'].includes(error.code)) {
        return ignore(`proposed time refused: ${error.message}`);
      }
      throw error;
    }
  }
  if (reply.answer === 'TENTATIVE') {
    // In a transaction: the event and its webhook deliveries are written together.
    await db.transaction().execute(async (trx) => {
      if (await repeatsTentative(trx, participant, reply.comment)) return;
      await recordEvent(trx, {
        interviewId,
        type: 'participant.tentative',
        actor: { type: 'participant', id: participant.id, name: participant.name },
        data: { role: participant.role, comment: reply.comment, via: 'calendar', sender: evidence },
        at: now,
      });
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
      evidence: { sender: evidence },
      now,
    });
    return { outcome: result.changed ? 'recorded' : 'unchanged', interviewId, participantId };
  } catch (error) {
    // Cancelled or already over: the calendar answered too late; nothing to change.
    if (error instanceof AppError && error.code === 'conflict') return ignore(error.message);
    throw error;
  }
}

type Found =
  | { unknown: true }
  | { interviewId: string; participant: ParticipantsTable | undefined; problem: string }
  | { interviewId: string; participant: ParticipantsTable };

// The participant whose own event has this UID, when the ATTENDEE is them; for an event the
// whole panel shared, the attendee named, when the sender is proven to be them.
async function findParticipant(
  db: Queryable,
  reply: CalendarReply,
  sender: SenderCheck,
): Promise<Found> {
  const rows = await db
    .selectFrom('participants')
    .innerJoin('interviews', 'interviews.id', 'participants.interview_id')
    .selectAll('participants')
    .select('interviews.calendar_uid as interview_uid')
    .where('participants.calendar_uid', '=', reply.uid)
    .execute();
  const [first] = rows;
  if (!first) return { unknown: true };
  const interviewId = first.interview_id;
  const attendee = rows.find((p) => p.email.toLowerCase() === reply.attendee);
  const participant = attendee ? withoutUid(attendee) : undefined;
  if (first.calendar_uid !== first.interview_uid) {
    // A participant's own event: one row, and it must be them who answers.
    if (!participant) {
      return {
        interviewId,
        participant: withoutUid(first),
        problem: `names ${reply.attendee}, but this invite was sent to ${first.name}`,
      };
    }
    return { interviewId, participant };
  }
  if (!participant) {
    return { interviewId, participant, problem: `${reply.attendee} is not an attendee` };
  }
  if (!provesSender(sender, reply.attendee)) {
    return {
      interviewId,
      participant,
      problem: `answers an invite sent before each participant had their own event, and its sender is not proven to be ${reply.attendee} (DMARC ${sender.dmarc})`,
    };
  }
  return { interviewId, participant };
}

function withoutUid<T extends { interview_uid: string }>(row: T): Omit<T, 'interview_uid'> {
  const { interview_uid: _shared, ...participant } = row;
  return participant;
}

// Calendars send the same Maybe again; it is noted once until something else is said.
async function repeatsTentative(
  db: Queryable,
  participant: ParticipantsTable,
  comment: string | null,
): Promise<boolean> {
  const last = await db
    .selectFrom('events')
    .select(['type', 'data'])
    .where('interview_id', '=', participant.interview_id)
    .where('actor_id', '=', participant.id)
    .where('type', 'in', ['participant.tentative', 'participant.confirmed', 'participant.declined'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (last?.type !== 'participant.tentative') return false;
  return (JSON.parse(last.data) as { comment?: string | null }).comment === comment;
}

// One line on the timeline per ignored reply; the same reply again adds nothing.
async function recordIgnored(
  root: RootDb,
  options: {
    interviewId: string;
    reason: string;
    reply: CalendarReply;
    sender: SenderCheck;
    participant: ParticipantsTable | undefined;
    now: Date;
  },
): Promise<void> {
  const { interviewId, reason, reply, sender, participant, now } = options;
  const data = {
    reason,
    attendee: reply.attendee,
    answer: reply.answer,
    sequence: reply.sequence,
    invitee: participant?.id ?? null,
    sender: senderSummary(sender),
  };
  // In a transaction: the event and its webhook deliveries are written together.
  await root.transaction().execute(async (db) => {
    const last = await db
      .selectFrom('events')
      .select('data')
      .where('interview_id', '=', interviewId)
      .where('type', '=', 'reply.ignored')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (last) {
      const before = JSON.parse(last.data) as typeof data;
      const same = (['reason', 'attendee', 'answer', 'sequence'] as const).every(
        (k) => before[k] === data[k],
      );
      if (same) return;
    }
    await recordEvent(db, { interviewId, type: 'reply.ignored', actor: CALENDAR, data, at: now });
  });
}
