import type { Transaction } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { lockInterview } from '../interviews/lock-interview.js';
import { findInviteeByToken, type Invitee } from './token-queries.js';

/**
 * The participant a token belongs to, with their interview locked for change until the
 * transaction ends (lockInterview) and the participant read again under that lock, so what a
 * change decides on is what it writes over. 404 for an unknown token.
 */
export async function lockInvitee(trx: Transaction, token: string): Promise<Invitee> {
  const found = await findInviteeByToken(trx, token);
  if (!found) throw new AppError('not_found', 'This link is not valid.');
  const interview = await lockInterview(trx, found.interview.id);
  const participant = await trx
    .selectFrom('participants')
    .selectAll()
    .where('id', '=', found.participant.id)
    .executeTakeFirst();
  if (!participant) throw new AppError('not_found', 'This link is not valid.');
  return { participant, interview, organizer: found.organizer };
}
