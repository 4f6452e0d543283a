import { lockInterviewers } from '../availability/lock-interviewers.js';
import type { RootDb } from '../db/database.js';
import { toDbTime } from '../db/time.js';
import type { CandidateChangePolicy } from '../domain/candidate-changes.js';
import { AppError, invalid } from '../domain/errors.js';
import { isInstant } from '../domain/interview-rules.js';
import { changeInterview } from '../interviews/change-interview.js';
import { type MailSettings, sender } from '../mail/mail-settings.js';
import type { Invitation } from '../shapes/types.js';
import { assertCandidateChange } from './assert-candidate-change.js';
import { invitationDetails } from './invitation-details.js';
import { lockInvitee } from './lock-invitee.js';
import { notifyOrganizerOfChange } from './notify-organizer-of-change.js';
import { panelOf, rescheduleSlots } from './reschedule-slots.js';
import { findInviteeByToken } from './token-queries.js';

export interface RescheduleInvitationOptions {
  db: RootDb;
  /** The candidate's Interview Link token. */
  token: string;
  /** The new start, ISO 8601: one of the times listInvitationSlots offers. */
  startsAt: string;
  policy: CandidateChangePolicy;
  settings: MailSettings;
  /** The browser's Accept-Language, for the language of the view (pages and their JSON twins). */
  acceptLanguage?: string | undefined;
  now?: Date;
}

/** A 409 `taken`'s details: the time is gone, and these are free now. */
export interface RescheduleTaken {
  reason: 'taken';
  slots: Array<{ startsAt: string; endsAt: string }>;
}

/**
 * The candidate moves their interview to another free time from their link (ADR 016). In one
 * transaction: the interview is locked, the policy checked (403 for an interviewer's link, 409
 * past the cut-off or the most reschedules), the interviewers locked as for a booking (ADR 015)
 * and the time checked against everyone's as it is now (409 `taken` with the fresh times).
 * Then the interview changes through the coordinator's own path (changeInterview): every
 * participant gets an update of their own event (same UID, SEQUENCE + 1), interviewers answer
 * again, the candidate stays confirmed; the timeline and the `interview.rescheduled` webhook
 * name the candidate, and the organizer gets a notice. Returns the candidate's view.
 */
export async function rescheduleInvitation(
  options: RescheduleInvitationOptions,
): Promise<Invitation> {
  const { db, token, policy, settings, now = new Date() } = options;
  if (!isInstant(options.startsAt)) {
    invalid([{ field: 'startsAt', message: 'must be an ISO 8601 date and time with an offset' }]);
  }
  const start = Date.parse(options.startsAt);
  return db.transaction().execute(async (trx) => {
    const { participant, interview, organizer } = await lockInvitee(trx, token);
    assertCandidateChange({ kind: 'reschedule', participant, interview, policy, now });
    if (start === Date.parse(interview.starts_at)) {
      invalid([{ field: 'startsAt', message: 'is the interview’s current time' }]);
    }
    const interviewerIds = await panelOf(trx, interview.id);
    await lockInterviewers(trx, interviewerIds);
    const free = await rescheduleSlots(trx, { interview, interviewerIds, policy, now });
    if (!free.includes(start)) {
      const duration = interview.duration_minutes * 60_000;
      const details: RescheduleTaken = {
        reason: 'taken',
        slots: free.map((s) => ({ startsAt: iso(s), endsAt: iso(s + duration) })),
      };
      throw new AppError(
        'conflict',
        'This time is no longer free. Please choose another.',
        details,
      );
    }
    const reschedules = interview.candidate_reschedules + 1;
    await changeInterview(trx, {
      current: interview,
      changes: { startsAt: iso(start) },
      organizer: organizer ?? sender(settings),
      actor: { type: 'participant', id: participant.id, name: participant.name },
      chosenBy: participant,
      set: { candidate_reschedules: reschedules },
      decidedBy: null,
      eventData: { by: 'candidate', from: interview.starts_at, to: iso(start), reschedules },
      settings,
      now,
    });
    const after = await findInviteeByToken(trx, token);
    if (!after) throw new Error(`participant ${participant.id} vanished during a reschedule`);
    const change = 'rescheduled';
    await notifyOrganizerOfChange(trx, { interview: after.interview, change, settings, now });
    return invitationDetails({
      db: trx,
      ...after,
      settings,
      policy,
      now,
      acceptLanguage: options.acceptLanguage,
    });
  });
}

function iso(ms: number): string {
  return toDbTime(new Date(ms));
}
