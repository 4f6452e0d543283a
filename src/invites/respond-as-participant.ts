import type { RootDb } from '../db/database.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import {
  type CandidateChangePolicy,
  DEFAULT_CANDIDATE_CHANGE_POLICY,
} from '../domain/candidate-changes.js';
import { assertOpenInterview } from '../interviews/assert-open.js';
import type { MailSettings } from '../mail/mail-settings.js';
import type { Invitation } from '../shapes/types.js';
import { invitationDetails } from './invitation-details.js';
import { type Answer, answerReason, recordAnswer } from './record-answer.js';
import { readInterviewRow, readInterviewWithParticipants } from './token-queries.js';

export interface RespondAsParticipantOptions {
  db: RootDb;
  /** Who answers: from their link's token, or from a calendar reply's ATTENDEE. */
  participant: ParticipantsTable;
  /** Their interview, when read in the same query as the participant. */
  interview?: InterviewsTable;
  /** The interview's organizer if already read with the participant (null: none). */
  organizer?: { name: string; email: string } | null;
  attendance: Answer;
  reason?: string | null | undefined;
  settings: MailSettings;
  /** The browser's Accept-Language, for the language of the view (pages and their JSON twins). */
  acceptLanguage?: string | undefined;
  /**
   * What a candidate may change from their link: only shapes the view returned (a calendar
   * reply, which has no use for it, leaves it out).
   */
  policy?: CandidateChangePolicy | undefined;
  /** How the answer came in, for the audit trail. */
  via?: 'link' | 'calendar';
  /** What else the audit trail keeps of how it came in (a calendar reply's sender check). */
  evidence?: Record<string, unknown>;
  now?: Date;
}

export interface RespondResult {
  /** False when this was already the participant's answer: nothing changed. */
  changed: boolean;
  /** What the participant sees next. */
  details: Invitation;
}

/**
 * Records the answer of a participant already found (by their link, or by a calendar reply)
 * and returns their view. Answering the same way again changes nothing and needs no write
 * transaction: links are pressed twice, and calendars send the same reply more than once.
 */
export async function respondAsParticipant(
  options: RespondAsParticipantOptions,
): Promise<RespondResult> {
  const { db, participant: found, organizer, attendance, settings, now = new Date() } = options;
  const reason = answerReason(attendance, options.reason);
  const view = async (
    changed: boolean,
    participant: ParticipantsTable,
    interview: InterviewsTable,
    participants?: ParticipantsTable[],
  ): Promise<RespondResult> => ({
    changed,
    details: await invitationDetails({
      db,
      participant,
      interview,
      settings,
      policy: options.policy ?? DEFAULT_CANDIDATE_CHANGE_POLICY,
      now,
      participants,
      organizer,
      acceptLanguage: options.acceptLanguage,
    }),
  });
  if (found.attendance === attendance && found.decline_reason === reason) {
    if (options.interview) {
      // The participant and the interview came from one read, so they agree.
      assertOpenInterview(options.interview, now);
      return view(false, found, options.interview);
    }
    const { interview, participants } = await readInterviewWithParticipants(db, found.interview_id);
    assertOpenInterview(interview, now);
    const me = participants.find((p) => p.id === found.id) ?? found;
    if (me.attendance === attendance && me.decline_reason === reason) {
      return view(false, me, interview, participants);
    }
  }
  const answer = await recordAnswer({
    db,
    participantId: found.id,
    interviewId: found.interview_id,
    attendance,
    reason,
    settings,
    via: options.via,
    evidence: options.evidence,
    now,
  });
  // The view shows the whole interview: as read with the participant, with the status the
  // answer left; a calendar reply read only the participant, so it is read now.
  const whole = options.interview
    ? { ...options.interview, status: answer.interview.status }
    : await readInterviewRow(db, answer.interview.id);
  return view(answer.changed, answer.me, whole, answer.participants);
}
