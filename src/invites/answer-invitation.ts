import type { RootDb } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { assertOpenInterview } from '../interviews/assert-open.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { answerConnection } from './answer-statements.js';
import { type Answer, answerReason, recordAnswer } from './record-answer.js';
import { findAnswerStateByToken } from './token-queries.js';

export interface AnswerInvitationOptions {
  db: RootDb;
  /** The token of the participant's link. */
  token: string;
  attendance: Answer;
  reason?: string | null | undefined;
  settings: MailSettings;
  now?: Date;
}

/**
 * Records a participant's answer through their link, without building their view: the page's
 * Confirm and Decline forms redirect to the page instead. Answering the same way again reads
 * one narrow row and writes nothing.
 */
export async function answerInvitation(
  options: AnswerInvitationOptions,
): Promise<{ changed: boolean }> {
  const { attendance, settings, now = new Date() } = options;
  return answerConnection(options.db, async (db) => {
    const state = await findAnswerStateByToken(db, options.token);
    if (!state) throw new AppError('not_found', 'This link is not valid.');
    const reason = answerReason(attendance, options.reason);
    if (state.attendance === attendance && state.declineReason === reason) {
      assertOpenInterview(state.interview, now);
      return { changed: false };
    }
    const { changed } = await recordAnswer({
      db,
      participantId: state.participantId,
      interviewId: state.interviewId,
      attendance,
      reason,
      settings,
      now,
      snapshot: state.snapshot,
    });
    return { changed };
  });
}
