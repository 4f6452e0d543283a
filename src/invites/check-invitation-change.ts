import type { RootDb } from '../db/database.js';
import type { CandidateChangePolicy } from '../domain/candidate-changes.js';
import { AppError } from '../domain/errors.js';
import { askedZoneOr } from '../domain/time-zones.js';
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
  /** The zone asked for (`?tz=`); ignored unless it is an IANA zone. */
  timeZone?: string | undefined;
  policy: CandidateChangePolicy;
  settings: MailSettings;
  /** The browser's Accept-Language, for the language of the view (pages and their JSON twins). */
  acceptLanguage?: string | undefined;
  now?: Date;
}

/** The candidate's view, and the zone their change pages show times in. */
export interface InvitationChangeView {
  invitation: Invitation;
  /** Asked for, else the one their Interview Details page uses. */
  timeZone: string;
}

/**
 * The candidate's view, when the policy allows them this change now (ADR 016): what the cancel
 * page's confirm step and the reschedule page's zone list show. Reads only. 404 for an unknown
 * token, 403 for an interviewer's, 409 naming why when the change is no longer possible.
 */
export async function checkInvitationChange(
  options: CheckInvitationChangeOptions,
): Promise<InvitationChangeView> {
  const { db, token, kind, policy, settings, now = new Date() } = options;
  const found = await findInviteeByToken(db, token);
  if (!found) throw new AppError('not_found', 'This link is not valid.');
  assertCandidateChange({ kind, ...found, policy, now });
  const invitation = await invitationDetails({
    db,
    ...found,
    settings,
    policy,
    now,
    acceptLanguage: options.acceptLanguage,
  });
  return { invitation, timeZone: askedZoneOr(options.timeZone, invitation.when.timeZone) };
}
