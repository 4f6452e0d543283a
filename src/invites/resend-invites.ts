import type { RootDb } from '../db/database.js';
import { recordEvent, userActor } from '../db/events.js';
import { toDbTime } from '../db/time.js';
import { AppError, invalid } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { assertOpenInterview } from '../interviews/assert-open.js';
import { loadInterview } from '../interviews/interview-view.js';
import { lockInterview } from '../interviews/lock-interview.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { parseInviteContents, resolveInviteContents } from '../messages/invite-content.js';
import { loadMessageContext } from '../messages/message-context.js';
import { queueMessages } from '../messages/queue-messages.js';
import type { Interview, InviteChoice } from '../shapes/types.js';
import { markTemplatesUsed } from './send-invites.js';

export interface ResendInvitesOptions {
  db: RootDb;
  actor: Actor;
  interviewId: string;
  /** Only these participants; all when absent. */
  participantIds?: string[] | undefined;
  /** Only participants who have not answered yet (a nudge). */
  pendingOnly?: boolean | undefined;
  /** New wording; the last send's is reused when absent. */
  candidate?: InviteChoice | undefined;
  interviewer?: InviteChoice | undefined;
  settings: MailSettings;
  now?: Date;
}

/**
 * Resend Invites: each chosen participant gets their own calendar event again (same UID and
 * SEQUENCE, newer DTSTAMP: nothing changed, RFC 5546). Confirmations are kept, and nobody
 * else's SEQUENCE moves, so their calendar replies still count; never a second event.
 */
export async function resendInvites(options: ResendInvitesOptions): Promise<Interview> {
  const { db, actor, interviewId, settings, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  return db.transaction().execute(async (trx) => {
    const interview = await lockInterview(trx, interviewId);
    assertOpenInterview(interview, now);
    const stored = parseInviteContents(interview.invite_content);
    if (!stored || !interview.invites_sent_at) {
      throw new AppError('conflict', 'Invites have not been sent yet: use Send Invites first.');
    }
    let contents = stored;
    if (options.candidate || options.interviewer) {
      const keep = (c: { templateId: string | null; subject: string; body: string }) => ({
        templateId: c.templateId ?? '',
        subject: c.subject,
        body: c.body,
      });
      contents = await resolveInviteContents(trx, {
        candidate: options.candidate ?? keep(stored.candidate),
        interviewer: options.interviewer ?? keep(stored.interviewer),
      });
    }
    const context = await loadMessageContext(trx, interview, actor, settings);
    const recipients = chooseRecipients(
      context.participants,
      options.participantIds,
      options.pendingOnly,
    );
    await queueMessages(trx, { context, recipients, kind: 'invite', contents, now });
    await trx
      .updateTable('interviews')
      .set({
        invite_content: JSON.stringify(contents),
        // Whoever sent the invites is the organizer participants see, write to and hear from.
        organizer_id: actor.userId,
        updated_at: toDbTime(now),
      })
      .where('id', '=', interviewId)
      .execute();
    await markTemplatesUsed(
      trx,
      [contents.candidate.templateId, contents.interviewer.templateId],
      now,
    );
    await recordEvent(trx, {
      interviewId,
      type: 'invites.resent',
      actor: userActor(actor),
      data: { recipients: recipients.map((r) => r.id) },
      at: now,
    });
    return loadInterview(trx, interviewId, now);
  });
}

function chooseRecipients<T extends { id: string; attendance: string }>(
  participants: T[],
  ids: string[] | undefined,
  pendingOnly: boolean | undefined,
): T[] {
  const unknown = (ids ?? []).filter((id) => !participants.some((p) => p.id === id));
  if (unknown.length > 0) {
    invalid(
      unknown.map((id) => ({
        field: 'participantIds',
        message: `${id} is not a participant of this interview`,
      })),
    );
  }
  let chosen = ids?.length ? participants.filter((p) => ids.includes(p.id)) : participants;
  if (pendingOnly) chosen = chosen.filter((p) => p.attendance === 'pending');
  if (chosen.length === 0)
    invalid([{ field: 'participantIds', message: 'no participant to resend to' }]);
  return chosen;
}
