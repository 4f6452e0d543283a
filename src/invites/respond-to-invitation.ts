import type { RootDb } from '../db/database.js';
import type { CandidateChangePolicy } from '../domain/candidate-changes.js';
import { AppError } from '../domain/errors.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { answerConnection } from './answer-statements.js';
import type { Answer } from './record-answer.js';
import { type RespondResult, respondAsParticipant } from './respond-as-participant.js';
import { findInviteeByToken } from './token-queries.js';

export interface RespondToInvitationOptions {
  db: RootDb;
  /** The token of the participant's link. */
  token: string;
  attendance: Answer;
  reason?: string | null | undefined;
  settings: MailSettings;
  /** The browser's Accept-Language, for the language of the view returned. */
  acceptLanguage?: string | undefined;
  /** What a candidate may change from their link, shown in the view returned. */
  policy: CandidateChangePolicy;
  now?: Date;
}

/**
 * Records a participant's answer through their link and returns what they see next: the API
 * answers with the view. The participant, their interview and its organizer are one read.
 */
export async function respondToInvitation(
  options: RespondToInvitationOptions,
): Promise<RespondResult> {
  return answerConnection(options.db, async (db) => {
    const found = await findInviteeByToken(db, options.token);
    if (!found) throw new AppError('not_found', 'This link is not valid.');
    return respondAsParticipant({ ...options, db, ...found });
  });
}
