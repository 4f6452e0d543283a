import type { RootDb } from '../db/database.js';
import { recordEvent } from '../db/events.js';
import { toDbTime } from '../db/time.js';
import type { CandidateChangePolicy } from '../domain/candidate-changes.js';
import { AppError } from '../domain/errors.js';
import type { MailSettings } from '../mail/mail-settings.js';
import type { Invitation } from '../shapes/types.js';
import { invitationDetails } from './invitation-details.js';
import { findInviteeByToken } from './token-queries.js';

export interface OpenInvitationOptions {
  db: RootDb;
  token: string;
  settings: MailSettings;
  /** The browser's Accept-Language, for the language of the view (pages and their JSON twins). */
  acceptLanguage?: string | undefined;
  /** What a candidate may change from their link, shown on their page. */
  policy: CandidateChangePolicy;
  now?: Date;
}

// Opens are logged for the timeline at most this often per participant: mail scanners and
// reloads would otherwise flood it.
const OPEN_LOG_INTERVAL_MS = 10 * 60_000;

/**
 * A participant opens their Interview Link. Nothing about the interview changes (mail scanners
 * follow links); the open is only noted in the audit trail. Unknown tokens are 404.
 */
export async function openInvitation(options: OpenInvitationOptions): Promise<Invitation> {
  const { db, token, settings, policy, now = new Date() } = options;
  const found = await findInviteeByToken(db, token);
  if (!found) throw new AppError('not_found', 'This link is not valid.');
  const { participant, interview, organizer } = found;
  const last = participant.last_opened_at ? Date.parse(participant.last_opened_at) : 0;
  if (now.getTime() - last >= OPEN_LOG_INTERVAL_MS) {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('participants')
        .set({ last_opened_at: toDbTime(now) })
        .where('id', '=', participant.id)
        .execute();
      await recordEvent(trx, {
        interviewId: interview.id,
        type: 'invitation.opened',
        actor: { type: 'participant', id: participant.id, name: participant.name },
        at: now,
      });
    });
  }
  return invitationDetails({
    db,
    participant,
    interview,
    settings,
    policy,
    now,
    organizer,
    acceptLanguage: options.acceptLanguage,
  });
}
