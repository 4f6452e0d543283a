import { lockInterviewers } from '../availability/lock-interviewers.js';
import type { RootDb, Transaction } from '../db/database.js';
import { recordEvent } from '../db/events.js';
import type { SchedulingRequestsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import type { Actor } from '../domain/permissions.js';
import { isBookable, type SchedulingStatus, schedulingStatus } from '../domain/scheduling-rules.js';
import { insertInterview } from '../interviews/create-interview.js';
import { lockInterview } from '../interviews/lock-interview.js';
import { applyInvites, markTemplatesUsed, prepareInvites } from '../invites/send-invites.js';
import { type MailSettings, mailHost } from '../mail/mail-settings.js';
import { type InviteContents, parseInviteContents } from '../messages/invite-content.js';
import { lockRequestByToken } from './lock-scheduling.js';
import { requestSlots } from './request-slots.js';
import { interviewerIdsOf } from './scheduling-view.js';

export interface BookSchedulingSlotOptions {
  db: RootDb;
  /** The candidate's scheduling link token. */
  token: string;
  /** The chosen slot's start, ISO 8601. */
  startsAt: string;
  settings: MailSettings;
  now?: Date;
}

export interface BookedSlot {
  interviewId: string;
  /** The candidate's new Interview Link token (their invite carries the same). */
  participantToken: string;
}

/** Why a booking was refused (AppError 'conflict' details): the page says which. */
export type BookingRefusal = { reason: 'taken' } | { reason: 'closed'; status: SchedulingStatus };

/**
 * The candidate books a slot (DESIGN §9). In one transaction: the request and its interviewers
 * are locked (ADR 015), the slot is checked against everyone's time as it is now, the interview
 * is created with the candidate confirmed, and the meeting requests are queued exactly as Send
 * Invites queues them. A slot no longer free is a 409 `taken`; a request booked, cancelled or
 * expired is a 409 `closed`; an unknown token is 404.
 */
export async function bookSchedulingSlot(options: BookSchedulingSlotOptions): Promise<BookedSlot> {
  const { db, token, settings, now = new Date() } = options;
  return db.transaction().execute(async (trx) => {
    const request = await lockRequestByToken(trx, token);
    if (!request) throw new AppError('not_found', 'This link is not valid.');
    const status = schedulingStatus(request.status, request.expires_at, now);
    if (!isBookable(status)) refuse({ reason: 'closed', status });
    const interviewerIds = interviewerIdsOf(request);
    await lockInterviewers(trx, interviewerIds);
    const start = Date.parse(options.startsAt);
    const free = await requestSlots(trx, request, now);
    if (!free.includes(start)) refuse({ reason: 'taken' });
    const actor = await organizerOf(trx, request);
    const contents = parseInviteContents(request.invite_content) as InviteContents;
    const interviewId = await insertInterview(trx, {
      actor,
      calendarHost: mailHost(settings),
      title: request.title,
      candidateId: request.candidate_id,
      interviewerIds,
      startsAt: toDbTime(new Date(start)),
      durationMinutes: request.duration_minutes,
      timeZone: request.time_zone,
      location: request.location,
      meetingUrl: request.meeting_url,
      now,
    });
    const candidate = await confirmCandidate(trx, interviewId, now);
    const interview = await lockInterview(trx, interviewId);
    const invites = await prepareInvites(trx, { interview, contents, actor, settings, now });
    await applyInvites(trx, invites);
    await markTemplatesUsed(
      trx,
      [contents.candidate.templateId, contents.interviewer.templateId],
      now,
    );
    await markBooked(trx, request, interviewId, now);
    const mine = invites.built.tokens.find((t) => t.participantId === candidate.id);
    if (!mine) throw new Error(`no invite token for candidate of interview ${interviewId}`);
    return { interviewId, participantToken: mine.token };
  });
}

function refuse(details: BookingRefusal): never {
  const message =
    details.reason === 'taken'
      ? 'This time is no longer free. Please choose another.'
      : `This scheduling request is ${details.status}.`;
  throw new AppError('conflict', message, details);
}

// The interview is the coordinator's who sent the request: they are its organizer.
async function organizerOf(trx: Transaction, request: SchedulingRequestsTable): Promise<Actor> {
  const user = request.created_by
    ? await trx
        .selectFrom('users')
        .select(['id', 'role', 'name', 'email'])
        .where('id', '=', request.created_by)
        .where('deactivated_at', 'is', null)
        .executeTakeFirst()
    : undefined;
  if (!user) {
    throw new AppError('conflict', 'The coordinator who sent this request is no longer here.', {
      reason: 'closed',
      status: 'cancelled',
    });
  }
  return { userId: user.id, role: user.role, name: user.name, email: user.email };
}

// The candidate chose the time, so their attendance starts confirmed; the status rule then waits
// only for the interviewers.
async function confirmCandidate(trx: Transaction, interviewId: string, now: Date) {
  const candidate = await trx
    .updateTable('participants')
    .set({ attendance: 'confirmed', responded_at: toDbTime(now) })
    .where('interview_id', '=', interviewId)
    .where('role', '=', 'candidate')
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  await recordEvent(trx, {
    interviewId,
    type: 'participant.confirmed',
    actor: { type: 'participant', id: candidate.id, name: candidate.name },
    data: { role: 'candidate', via: 'scheduling' },
    at: now,
  });
  return candidate;
}

async function markBooked(
  trx: Transaction,
  request: SchedulingRequestsTable,
  interviewId: string,
  now: Date,
): Promise<void> {
  const stamp = toDbTime(now);
  await trx
    .updateTable('scheduling_requests')
    .set({
      status: 'booked',
      booked_at: stamp,
      interview_id: interviewId,
      updated_at: stamp,
      version: request.version + 1,
    })
    .where('id', '=', request.id)
    .execute();
}
