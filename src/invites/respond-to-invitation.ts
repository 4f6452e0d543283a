import { isSqlite, type Queryable, type RootDb, type Transaction } from '../db/database.js';
import { recordEvents } from '../db/events.js';
import { preparedQuery } from '../db/prepared.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import type { Attendance } from '../domain/interview-status.js';
import { writeStatus } from '../interviews/apply-status.js';
import { assertOpenInterview } from '../interviews/assert-open.js';
import { lockInterview } from '../interviews/lock-interview.js';
import type { MailSettings } from '../mail/mail-settings.js';
import type { Invitation } from '../shapes/types.js';
import { invitationDetails } from './invitation-details.js';
import { findAnswerStateByToken, findInviteeByToken } from './participant-tokens.js';
import { queueStatusNotice } from './queue-status-notice.js';

export interface RespondOptions {
  db: RootDb;
  token: string;
  attendance: Exclude<Attendance, 'pending'>;
  reason?: string | null | undefined;
  settings: MailSettings;
  /** How the answer came in, for the audit trail. */
  via?: 'link' | 'calendar';
  /** What else the audit trail keeps of how it came in (a calendar reply's sender check). */
  evidence?: Record<string, unknown>;
  now?: Date;
}

export interface RespondResult {
  /** False when this was already the participant's answer: nothing changed. */
  changed: boolean;
  details: Invitation;
}

/** An answer recorded (or found already given), without the participant's view. */
export interface AnswerResult {
  changed: boolean;
  /** The participant as they now stand. */
  participant: ParticipantsTable;
  interview: InterviewsTable;
  /** The interview's participants in order, when the answer had to read them. */
  participants?: ParticipantsTable[];
  organizer?: { name: string; email: string } | null;
}

/**
 * Records a participant's answer through their link and returns what they see next: the API
 * answers with the view.
 */
export async function respondToInvitation(options: RespondOptions): Promise<RespondResult> {
  const found = await findInviteeByToken(options.db, options.token);
  if (!found) throw new AppError('not_found', 'This link is not valid.');
  return withView(options, await answerAsParticipant({ ...options, ...found }));
}

/**
 * Records a participant's answer through their link, without building their view: the page's
 * Confirm and Decline forms redirect to the page instead. Answering the same way again reads
 * one narrow row and writes nothing.
 */
export async function answerInvitation(options: RespondOptions): Promise<{ changed: boolean }> {
  const { db, attendance, now = new Date() } = options;
  const state = await findAnswerStateByToken(db, options.token);
  if (!state) throw new AppError('not_found', 'This link is not valid.');
  const reason = reasonFor(attendance, options.reason);
  if (state.attendance === attendance && state.declineReason === reason) {
    assertOpenInterview(state.interview, now);
    return { changed: false };
  }
  const { changed } = await recordAnswer({
    ...options,
    participantId: state.participantId,
    interviewId: state.interviewId,
    reason,
    now,
  });
  return { changed };
}

export type RespondAsParticipantOptions = Omit<RespondOptions, 'token'> & {
  /** Who answers: from their link's token, or from a calendar reply's ATTENDEE. */
  participant: ParticipantsTable;
  /** Their interview, when read in the same query as the participant. */
  interview?: InterviewsTable;
  /** The interview's organizer if already read with the participant (null: none). */
  organizer?: { name: string; email: string } | null;
};

/** Records an answer for a known participant and returns their view (calendar replies). */
export async function respondAsParticipant(
  options: RespondAsParticipantOptions,
): Promise<RespondResult> {
  return withView(options, await answerAsParticipant(options));
}

async function withView(
  options: Omit<RespondOptions, 'token' | 'attendance'>,
  answer: AnswerResult,
): Promise<RespondResult> {
  const { db, settings, now = new Date() } = options;
  const { participant, interview, participants, organizer } = answer;
  return {
    changed: answer.changed,
    details: await invitationDetails(
      db,
      participant,
      interview,
      settings,
      now,
      participants,
      organizer,
    ),
  };
}

/**
 * Records the answer and re-derives the interview's status in the same transaction, with the
 * interview row locked so simultaneous answers cannot both miss the last confirmation.
 * Answering the same way twice changes nothing.
 */
async function answerAsParticipant(options: RespondAsParticipantOptions): Promise<AnswerResult> {
  const { db, participant: found, organizer, attendance, now = new Date() } = options;
  const reason = reasonFor(attendance, options.reason);
  // Answering the same way again changes nothing, so it needs no write transaction: links are
  // pressed twice, and calendars send the same reply more than once.
  if (found.attendance === attendance && found.decline_reason === reason) {
    if (options.interview) {
      // The participant and the interview came from one read, so they agree.
      assertOpenInterview(options.interview, now);
      return { changed: false, participant: found, interview: options.interview, organizer };
    }
    const { interview, participants } = await readInterview(db, found.interview_id);
    assertOpenInterview(interview, now);
    const me = participants.find((p) => p.id === found.id) ?? found;
    if (me.attendance === attendance && me.decline_reason === reason) {
      return { changed: false, participant: me, interview, participants, organizer };
    }
  }
  const { changed, interview, participants, me } = await recordAnswer({
    ...options,
    participantId: found.id,
    interviewId: found.interview_id,
    reason,
    now,
  });
  // The view shows the whole interview: as read with the participant, with the status the
  // answer left; a calendar reply read only the participant, so it is read now.
  const whole = options.interview
    ? { ...options.interview, status: interview.status }
    : await readInterviewRow(db, interview.id);
  return { changed, participant: me, interview: whole, participants, organizer };
}

/** A decline keeps its reason (blank: none); a confirmation has none. */
function reasonFor(attendance: RespondOptions['attendance'], given?: string | null): string | null {
  return attendance === 'declined' ? given?.trim() || null : null;
}

interface RecordAnswerOptions extends Omit<RespondOptions, 'token' | 'reason' | 'now'> {
  participantId: string;
  interviewId: string;
  reason: string | null;
  now: Date;
}

/** What deciding an answer needs of its interview, read with the participants. */
type InterviewState = Pick<
  InterviewsTable,
  'id' | 'status' | 'ends_at' | 'cancelled_at' | 'invites_sent_at' | 'organizer_id'
>;

/**
 * The write transaction of an answer: the interview row is locked, so simultaneous answers
 * cannot both miss the last confirmation; the participants are read again under the lock, in
 * the same statement. Returns the interview's state as it now stands.
 */
async function recordAnswer(options: RecordAnswerOptions) {
  const { db, participantId, interviewId, attendance, reason, settings, now } = options;
  return db.transaction().execute(async (trx) => {
    const { interview, participants } = await lockForAnswer(trx, interviewId);
    assertOpenInterview(interview, now);
    const me = participants.find((p) => p.id === participantId);
    if (!me) throw new AppError('not_found', 'This link is not valid.');
    if (me.attendance === attendance && me.decline_reason === reason) {
      return { changed: false, interview, participants, me };
    }
    const answered = { ...me, attendance, responded_at: toDbTime(now), decline_reason: reason };
    await saveAnswer(trx, me.id, attendance, answered.responded_at, reason);
    const actor = { type: 'participant' as const, id: me.id, name: me.name };
    const everyone = participants.map((p) => (p.id === me.id ? answered : p));
    const { status, event } = await writeStatus(trx, {
      interview,
      participants: everyone,
      actor,
      now,
    });
    // The answer and the status change it caused: one insert (and one webhook lookup).
    await recordEvents(trx, [
      {
        interviewId: interview.id,
        type: attendance === 'confirmed' ? 'participant.confirmed' : 'participant.declined',
        actor,
        data: { role: me.role, reason, via: options.via ?? 'link', ...options.evidence },
        at: now,
      },
      ...(event ? [event] : []),
    ]);
    if (status !== interview.status && interview.organizer_id) {
      // Only a notice needs the whole row (its title); the lock is already held.
      const full = await readInterviewRow(trx, interview.id);
      await queueStatusNotice(trx, {
        interview: { ...full, status },
        participant: answered,
        participants: everyone,
        settings,
        now,
      });
    }
    return {
      changed: true,
      interview: { ...interview, status },
      participants: everyone,
      me: answered,
    };
  });
}

// On SQLite every transaction begins IMMEDIATE (db/database.ts), so one read of the interview
// and its participants is serialised with every writer. On PostgreSQL the row is locked first
// and the participants read by a second statement: under READ COMMITTED only a statement that
// starts after the lock is granted sees what the previous holder committed (a join that waits
// for the lock would return the participants as they were before it waited).
function answerContextQuery(db: Queryable, interviewId: string) {
  return db
    .selectFrom('interviews')
    .innerJoin('participants', 'participants.interview_id', 'interviews.id')
    .selectAll('participants')
    .select([
      'interviews.status as i_status',
      'interviews.ends_at as i_ends_at',
      'interviews.cancelled_at as i_cancelled_at',
      'interviews.invites_sent_at as i_invites_sent_at',
      'interviews.organizer_id as i_organizer_id',
    ])
    .where('interviews.id', '=', interviewId)
    .orderBy('participants.position');
}
const answerContext = preparedQuery(answerContextQuery);
const participantsOf = preparedQuery((db: Queryable, interviewId: string) =>
  db
    .selectFrom('participants')
    .selectAll()
    .where('interview_id', '=', interviewId)
    .orderBy('position'),
);

/** The interview's state and its participants, in order, with the interview row locked. */
async function lockForAnswer(
  db: Transaction,
  interviewId: string,
): Promise<{ interview: InterviewState; participants: ParticipantsTable[] }> {
  if (!isSqlite(db)) {
    const interview = await lockInterview(db, interviewId);
    return { interview, participants: await participantsOf(db, interviewId) };
  }
  const rows = await answerContext(db, interviewId);
  const [first] = rows;
  if (!first) throw new AppError('not_found', 'This link is not valid.');
  const interview: InterviewState = {
    id: interviewId,
    status: first.i_status,
    ends_at: first.i_ends_at,
    cancelled_at: first.i_cancelled_at,
    invites_sent_at: first.i_invites_sent_at,
    organizer_id: first.i_organizer_id,
  };
  const participants = rows.map(
    ({ i_status, i_ends_at, i_cancelled_at, i_invites_sent_at, i_organizer_id, ...p }) => p,
  );
  return { interview, participants };
}

async function readInterviewRow(db: Queryable, id: string): Promise<InterviewsTable> {
  return db.selectFrom('interviews').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

// The statements every first answer runs, built and compiled once (db/prepared.ts).
const saveAnswer = preparedQuery(
  (db: Queryable, id: string, attendance: Attendance, respondedAt: string, reason: string | null) =>
    db
      .updateTable('participants')
      .set({ attendance, responded_at: respondedAt, decline_reason: reason })
      .where('id', '=', id),
);

async function readInterview(db: Queryable, interviewId: string) {
  const interview = await readInterviewRow(db, interviewId);
  return { interview, participants: await participantsOf(db, interviewId) };
}
