import type { RootDb } from '../db/database.js';
import type { CandidateChangePolicy } from '../domain/candidate-changes.js';
import { AppError } from '../domain/errors.js';
import type { MailSettings } from '../mail/mail-settings.js';
import type { Invitation } from '../shapes/types.js';
import { assertCandidateChange } from './assert-candidate-change.js';
import { invitationDetails } from './invitation-details.js';
import { findInviteeByToken } from './token-queries.js';

export interface CheckInvitationChangeOptions {
  db: RootDb;
  /** The candidate's Interview Link token. */
  token: string;
  kind: 'reschedule' | 'cancel';
  policy: CandidateChangePolicy;
  settings: MailSettings;
  now?: Date;
}

/**
 * The candidate's view, when the policy allows them this change now (ADR 016): what the cancel
 * page's confirm step shows. Reads only. 404 for an unknown token, 403 for an interviewer's,
 * 409 naming why when the change is no longer possible.
 */
export async function checkInvitationChange(
  options: CheckInvitationChangeOptions,
): Promise<Invitation> {
  const { db, token, kind, policy, settings, now = new Date() } = options;
  const found = await findInviteeByToken(db, token);
  if (!found) throw new AppError('not_found', 'This link is not valid.');
  assertCandidateChange({ kind, ...found, policy, now });
  return invitationDetails({ db, ...found, settings, policy, now });
}
