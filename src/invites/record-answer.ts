import type { RootDb, Transaction } from '../db/database.js';
import type { ParticipantsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import { type Attendance, deriveStatus } from '../domain/interview-status.js';
import { statusChanged } from '../interviews/apply-status.js';
import { assertOpenInterview } from '../interviews/assert-open.js';
import type { MailSettings } from '../mail/mail-settings.js';
import {
  type AnswerWrite,
  answerTransaction,
  writeAnswer,
  writeAnswerIfUnchanged,
} from './answer-statements.js';
import { queueStatusNotice } from './queue-status-notice.js';
import {
  type AnswerContext,
  type AnswerInterview,
  type AnswerSnapshot,
  lockAnswerContext,
  readAnswerSnapshot,
  readInterviewRow,
} from './token-queries.js';

/** An answer a participant can give: Confirm or Decline. */
export type Answer = Exclude<Attendance, 'pending'>;

export interface RecordAnswerOptions {
  db: RootDb;
  participantId: string;
  interviewId: string;
  attendance: Answer;
  /** The decline's reason as answerReason gives it (null: none, and always for a confirm). */
  reason: string | null;
  settings: MailSettings;
  /** How the answer came in, for the audit trail. */
  via?: 'link' | 'calendar';
  /** What else the audit trail keeps of how it came in (a calendar reply's sender check). */
  evidence?: Record<string, unknown>;
  now: Date;
  /** The interview as read with the participant's token (PostgreSQL); read here if not given. */
  snapshot?: AnswerSnapshot | undefined;
  /**
   * More to write in the answer's transaction, with the interview held (a decline's proposed
   * times); it runs even when the answer itself is unchanged.
   */
  alongside?: (trx: Transaction, answer: RecordedAnswer) => Promise<void>;
}

/** The interview as the answer left it. */
export interface RecordedAnswer {
  /** False when this was already the participant's answer: nothing changed. */
  changed: boolean;
  interview: AnswerInterview;
  /** The interview's participants in order, this answer included. */
  participants: ParticipantsTable[];
  /** The participant who answered, as they now stand. */
  me: ParticipantsTable;
}

/** A decline keeps its reason (blank: none); a confirmation has none. */
export function answerReason(attendance: Answer, given?: string | null): string | null {
  return attendance === 'declined' ? given?.trim() || null : null;
}

/**
 * Records a participant's answer and re-derives the interview's status from the facts as they
 * stand when it is written, so simultaneous answers cannot both miss the last confirmation.
 * The answer's event and any status change go on the timeline (with their webhooks), and a
 * status change that concerns the organizer queues their notice. Answering the same way twice
 * changes nothing.
 *
 * Where the engine can write conditionally (PostgreSQL), the answer is decided on an unlocked
 * read and written by one statement that checks the interview did not change meanwhile; if it
 * did, or a notice is to be queued, the answer is decided again in a transaction that holds
 * the interview (answer-statements.ts).
 */
export async function recordAnswer(options: RecordAnswerOptions): Promise<RecordedAnswer> {
  const { db, interviewId, alongside } = options;
  // What goes alongside needs the transaction that holds the interview: no shortcut.
  const snapshot = alongside
    ? undefined
    : (options.snapshot ?? (await readAnswerSnapshot(db, interviewId)));
  if (snapshot) {
    const decided = decideAnswer(snapshot, options);
    if (!decided.write) return decided.result;
    const needsNotice =
      decided.result.interview.status !== snapshot.interview.status &&
      snapshot.interview.organizer_id !== null;
    if (!needsNotice && (await writeAnswerIfUnchanged(db, snapshot.version, decided.write))) {
      return decided.result;
    }
  }
  return answerTransaction(db, async (trx) => {
    const context = await lockAnswerContext(trx, interviewId);
    const decided = decideAnswer(context, options);
    if (!decided.write) {
      await alongside?.(trx, decided.result);
      return decided.result;
    }
    await writeAnswer(trx, decided.write);
    await alongside?.(trx, decided.result);
    const { interview } = context;
    const { status } = decided.result.interview;
    if (status !== interview.status && interview.organizer_id) {
      // Only a notice needs the whole row (its title); the interview is already held.
      const full = await readInterviewRow(trx, interview.id);
      await queueStatusNotice(trx, {
        interview: { ...full, status },
        participant: decided.result.me,
        participants: decided.result.participants,
        settings: options.settings,
        now: options.now,
      });
    }
    return decided.result;
  });
}

/**
 * What an answer changes, decided on the interview and participants as read: nothing (the
 * same answer again), or the writes and the interview as they leave it. Refuses a closed
 * interview and a participant who is no longer on it.
 */
function decideAnswer(
  { interview, participants }: AnswerContext,
  options: RecordAnswerOptions,
): { result: RecordedAnswer; write?: AnswerWrite } {
  const { participantId, attendance, reason, now } = options;
  assertOpenInterview(interview, now);
  const me = participants.find((p) => p.id === participantId);
  if (!me) throw new AppError('not_found', 'This link is not valid.');
  if (me.attendance === attendance && me.decline_reason === reason) {
    return { result: { changed: false, interview, participants, me } };
  }
  const at = toDbTime(now);
  const answered = { ...me, attendance, responded_at: at, decline_reason: reason };
  const everyone = participants.map((p) => (p.id === me.id ? answered : p));
  const status = deriveStatus({
    cancelled: interview.cancelled_at !== null,
    invitesSent: interview.invites_sent_at !== null,
    participants: everyone,
  });
  const moved = status !== interview.status;
  const actor = { type: 'participant' as const, id: me.id, name: me.name };
  const write: AnswerWrite = {
    participantId: me.id,
    attendance,
    respondedAt: at,
    reason,
    interviewId: interview.id,
    status,
    statusChanged: moved,
    updatedAt: at,
    events: [
      {
        interviewId: interview.id,
        type: attendance === 'confirmed' ? 'participant.confirmed' : 'participant.declined',
        actor,
        data: { role: me.role, reason, via: options.via ?? 'link', ...options.evidence },
        at: now,
      },
      ...(moved ? [statusChanged({ interview, to: status, actor, now })] : []),
    ],
  };
  return {
    result: {
      changed: true,
      interview: { ...interview, status },
      participants: everyone,
      me: answered,
    },
    write,
  };
}
