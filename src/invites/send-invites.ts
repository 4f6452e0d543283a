import type { Transaction } from '../db/database.js';
import { recordEvent, userActor } from '../db/events.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { applyStatus } from '../interviews/apply-status.js';
import { type Interview, loadInterview } from '../interviews/interview-view.js';
import { lockInterview } from '../interviews/lock-interview.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { assertOpenInterview } from './assert-open.js';
import { type InviteChoice, resolveInviteContents } from './invite-content.js';
import { loadMessageContext } from './message-context.js';
import { queueMessages } from './queue-messages.js';

export interface SendInvitesOptions {
  db: Transaction;
  actor: Actor;
  interviewId: string;
  candidate: InviteChoice;
  interviewer: InviteChoice;
  settings: MailSettings;
  now?: Date;
}

/**
 * Send Invites: one meeting request per participant, queued in the same transaction that marks
 * the interview as sent. Sending again acts as a resend to everyone with the new wording:
 * same calendar UID, higher SEQUENCE, confirmations kept; never a duplicate event.
 */
export async function sendInvites(options: SendInvitesOptions): Promise<Interview> {
  const { db, actor, interviewId, settings, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  return db.transaction().execute(async (trx) => {
    const interview = await lockInterview(trx, interviewId);
    assertOpenInterview(interview, now);
    const contents = await resolveInviteContents(trx, {
      candidate: options.candidate,
      interviewer: options.interviewer,
    });
    const context = await loadMessageContext(trx, interview, actor, settings);
    const firstSend = interview.invites_sent_at === null;
    const sequence = firstSend ? interview.sequence : interview.sequence + 1;
    await queueMessages(trx, {
      context,
      recipients: context.participants,
      kind: 'invite',
      sequence,
      contents,
      now,
    });
    await applyStatus(trx, {
      interview,
      participants: context.participants,
      invitesSent: true,
      actor: userActor(actor),
      now,
      set: {
        sequence,
        invite_content: JSON.stringify(contents),
        invites_sent_at: interview.invites_sent_at ?? now.toISOString(),
      },
    });
    await markTemplatesUsed(
      trx,
      [contents.candidate.templateId, contents.interviewer.templateId],
      now,
    );
    await recordEvent(trx, {
      interviewId,
      type: firstSend ? 'invites.sent' : 'invites.resent',
      actor: userActor(actor),
      data: { recipients: context.participants.length, sequence },
      at: now,
    });
    return loadInterview(trx, interviewId, now);
  });
}

/** Templates used for invites are archived instead of deleted, so history keeps its source. */
export async function markTemplatesUsed(
  db: Transaction,
  ids: Array<string | null>,
  now: Date,
): Promise<void> {
  // One row at a time in id order: concurrent sends then lock shared templates in the same
  // order, where one multi-row UPDATE could deadlock on PostgreSQL.
  const used = [...new Set(ids.filter((id): id is string => id !== null))].sort();
  for (const id of used) {
    await db
      .updateTable('templates')
      .set({ last_used_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  }
}
