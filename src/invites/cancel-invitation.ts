import type { RootDb } from '../db/database.js';
import type { CandidateChangePolicy } from '../domain/candidate-changes.js';
import { invalid } from '../domain/errors.js';
import { isPlainText } from '../domain/text-rules.js';
import { writeCancellation } from '../interviews/cancel-interview.js';
import { type MailSettings, sender } from '../mail/mail-settings.js';
import type { Invitation } from '../shapes/types.js';
import { assertCandidateChange } from './assert-candidate-change.js';
import { invitationDetails } from './invitation-details.js';
import { lockInvitee } from './lock-invitee.js';
import { notifyOrganizerOfChange } from './notify-organizer-of-change.js';
import { findInviteeByToken } from './token-queries.js';

/** A cancellation's reason: as long as a decline's. */
export const MAX_CANCEL_REASON = 1000;

export interface CancelInvitationOptions {
  db: RootDb;
  /** The candidate's Interview Link token. */
  token: string;
  /** Why they cancel: required, trimmed, at most MAX_CANCEL_REASON characters. */
  reason: string;
  policy: CandidateChangePolicy;
  settings: MailSettings;
  /** The browser's Accept-Language, for the language of the view (pages and their JSON twins). */
  acceptLanguage?: string | undefined;
  now?: Date;
}

/**
 * The candidate cancels their interview from their link, saying why (ADR 016): until the
 * cut-off, through the coordinator's own cancel (writeCancellation), so everyone who was sent
 * an invite gets a METHOD:CANCEL of their own event (same UID, SEQUENCE + 1) and the timeline
 * and the `interview.cancelled` webhook name the candidate and carry the reason; the organizer
 * gets a notice with it. 400 for a
 * missing or bad reason, 403 for an interviewer's link, 409 when it is too late or already
 * cancelled. Returns the candidate's view.
 */
export async function cancelInvitation(options: CancelInvitationOptions): Promise<Invitation> {
  const { db, token, policy, settings, now = new Date() } = options;
  const reason = checkedReason(options.reason);
  return db.transaction().execute(async (trx) => {
    const { participant, interview, organizer } = await lockInvitee(trx, token);
    assertCandidateChange({ kind: 'cancel', participant, interview, policy, now });
    await writeCancellation(trx, {
      interview,
      organizer: organizer ?? sender(settings),
      actor: { type: 'participant', id: participant.id, name: participant.name },
      reason,
      decidedBy: null,
      settings,
      now,
    });
    const after = await findInviteeByToken(trx, token);
    if (!after) throw new Error(`participant ${participant.id} vanished during a cancel`);
    const { interview: cancelled } = after;
    await notifyOrganizerOfChange(trx, {
      interview: cancelled,
      change: 'cancelled',
      reason,
      settings,
      now,
    });
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

function checkedReason(given: string): string {
  const reason = given.trim();
  if (reason === '')
    invalid([{ field: 'reason', message: 'is required: please say why you cancel' }]);
  if (reason.length > MAX_CANCEL_REASON) {
    invalid([{ field: 'reason', message: `must be at most ${MAX_CANCEL_REASON} characters` }]);
  }
  if (!isPlainText(reason)) {
    invalid([{ field: 'reason', message: 'must not contain control characters' }]);
  }
  return reason;
}
