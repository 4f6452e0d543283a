import type { Queryable, RootDb, Transaction } from '../db/database.js';
import { type RecordEventOptions, recordEvents, userActor } from '../db/events.js';
import type { InterviewsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import type { InterviewStatus } from '../domain/interview-status.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { writeStatus } from '../interviews/apply-status.js';
import { assertOpenInterview } from '../interviews/assert-open.js';
import { loadInterview } from '../interviews/interview-view.js';
import { lockInterview } from '../interviews/lock-interview.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { type InviteContents, resolveInviteContents } from '../messages/invite-content.js';
import { loadMessageContext } from '../messages/message-context.js';
import { type BuiltMessages, buildMessages, saveMessages } from '../messages/queue-messages.js';
import type { MessageContext } from '../messages/render-message.js';
import type { Interview, InviteChoice } from '../shapes/types.js';

export interface SendInvitesOptions {
  db: RootDb;
  actor: Actor;
  interviewId: string;
  candidate: InviteChoice;
  interviewer: InviteChoice;
  settings: MailSettings;
  now?: Date;
}

/**
 * Send Invites: one meeting request per participant, each for that participant's own calendar
 * event, queued in the same transaction that marks the interview as sent. Sending again acts as
 * a resend to everyone with the new wording: the same event and SEQUENCE with a newer DTSTAMP,
 * confirmations kept; never a duplicate event.
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
    const invites = await prepareInvites(trx, { interview, contents, actor, settings, now });
    await applyInvites(trx, invites);
    await markTemplatesUsed(
      trx,
      [contents.candidate.templateId, contents.interviewer.templateId],
      now,
    );
    return loadInterview(trx, interviewId, now);
  });
}

/** One interview's invites, built and ready to be written. */
export interface PreparedInvites {
  interview: InterviewsTable;
  context: MessageContext;
  contents: InviteContents;
  built: BuiltMessages;
  actor: Actor;
  now: Date;
}

export interface InviteDraft {
  context: MessageContext;
  contents: InviteContents;
  actor: Actor;
  now: Date;
}

/**
 * Builds every participant's invite for a locked, open interview. It reads but writes nothing,
 * and anything it refuses (an AppError) is refused before a write, so a bulk send can report
 * that one interview and go on with the rest in the same transaction.
 */
export async function prepareInvites(
  trx: Queryable,
  options: {
    interview: InterviewsTable;
    contents: InviteContents;
    actor: Actor;
    settings: MailSettings;
    now: Date;
  },
): Promise<PreparedInvites> {
  const { interview, contents, actor, settings, now } = options;
  const context = await loadMessageContext(trx, interview, actor, settings);
  return buildInvites({ context, contents, actor, now });
}

/** prepareInvites from an already loaded context: pure, touching no database. */
export async function buildInvites(draft: InviteDraft): Promise<PreparedInvites> {
  const { context, contents, actor, now } = draft;
  const { interview } = context;
  const built = await buildMessages({
    context,
    recipients: context.participants,
    kind: 'invite',
    contents,
    now,
  });
  return { interview, context, contents, built, actor, now };
}

/** Writes prepared invites: the outbox messages, the new status, the audit event. */
export async function applyInvites(
  trx: Transaction,
  invites: PreparedInvites,
): Promise<InterviewStatus> {
  const [status] = await applyInvitesBatch(trx, [invites]);
  return status as InterviewStatus;
}

/**
 * applyInvites for several interviews (a bulk send's chunk): their tokens, messages and events
 * each go in with one insert, and each interview's row is updated. Returns the new statuses,
 * in order.
 */
export async function applyInvitesBatch(
  trx: Transaction,
  list: PreparedInvites[],
): Promise<InterviewStatus[]> {
  if (list.length === 0) return [];
  await saveMessages(trx, {
    tokens: list.flatMap((invites) => invites.built.tokens),
    messages: list.flatMap((invites) => invites.built.messages),
  });
  const statuses: InterviewStatus[] = [];
  const events: RecordEventOptions[] = [];
  for (const { interview, context, contents, actor, now } of list) {
    const { status, event } = await writeStatus(trx, {
      interview,
      participants: context.participants,
      invitesSent: true,
      actor: userActor(actor),
      now,
      set: {
        invite_content: JSON.stringify(contents),
        invites_sent_at: interview.invites_sent_at ?? toDbTime(now),
        // Whoever sent the invites is the organizer participants see, write to and hear from.
        organizer_id: actor.userId,
      },
    });
    statuses.push(status);
    if (event) events.push(event);
    events.push({
      interviewId: interview.id,
      type: interview.invites_sent_at === null ? 'invites.sent' : 'invites.resent',
      actor: userActor(actor),
      data: { recipients: context.participants.length },
      at: now,
    });
  }
  await recordEvents(trx, events);
  return statuses;
}

/** Templates used for invites are archived instead of deleted, so history keeps its source. */
export async function markTemplatesUsed(
  db: Queryable,
  ids: Array<string | null>,
  now: Date,
): Promise<void> {
  // One row at a time in id order: concurrent sends then lock shared templates in the same
  // order, where one multi-row UPDATE could deadlock on PostgreSQL. A row already stamped in the
  // last minute is left alone (lastUsedAt is accurate to the minute), so a bulk send does not
  // queue every interview behind the same two template rows.
  const used = [...new Set(ids.filter((id): id is string => id !== null))].sort();
  const recently = toDbTime(new Date(now.getTime() - 60_000));
  for (const id of used) {
    await db
      .updateTable('templates')
      .set({ last_used_at: toDbTime(now) })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', recently)]))
      .execute();
  }
}
