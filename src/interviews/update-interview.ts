import { randomUUID } from 'node:crypto';
import type { Queryable, RootDb, Transaction } from '../db/database.js';
import { recordEvent, userActor } from '../db/events.js';
import type { InterviewsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import { assertInterviewFields, type InterviewFields } from '../domain/interview-rules.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { canonicalTimeZone } from '../domain/time-zones.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { parseInviteContents } from '../messages/invite-content.js';
import { loadMessageContext } from '../messages/message-context.js';
import { queueMessages } from '../messages/queue-messages.js';
import type { Interview } from '../shapes/types.js';
import { applyStatus } from './apply-status.js';
import { assertOpenInterview } from './assert-open.js';
import { calendarHostOf, changePanel } from './change-panel.js';
import { loadInterview, storedReminders } from './interview-view.js';
import { loadPeople, participantRows } from './load-people.js';
import { lockInterview } from './lock-interview.js';
import { lockOpenProposal, settleProposals } from './settle-proposals.js';

/** What an edit may change: the interview's own fields, and its people before invites go out. */
export interface InterviewChanges extends InterviewFields {
  candidateId?: string | undefined;
}

export interface UpdateInterviewOptions {
  db: RootDb;
  actor: Actor;
  interviewId: string;
  /** The version the caller last saw; a newer one in the database means someone else edited. */
  version: number;
  changes: InterviewChanges;
  settings: MailSettings;
  /** The participant's proposal this reschedule takes (acceptProposal): marked accepted. */
  acceptedProposalId?: string | undefined;
  now?: Date;
}

// A new time or place asks everyone to confirm again (DESIGN §2).
const RESCHEDULING: Array<keyof InterviewsTable> = [
  'starts_at',
  'ends_at',
  'location',
  'meeting_url',
];

/**
 * Edits or reschedules an interview. Once invites are out, every participant gets an update of
 * their own calendar event (their SEQUENCE + 1) and the interview's revision rises; a new time
 * or place also resets attendance to pending.
 */
export async function updateInterview(options: UpdateInterviewOptions): Promise<Interview> {
  const { db, actor, interviewId, changes, settings, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  assertInterviewFields(changes, now);
  return db.transaction().execute(async (trx) => {
    const current = await lockInterview(trx, interviewId);
    if (current.version !== options.version) {
      throw new AppError(
        'conflict',
        'Someone else changed this interview: reload it and try again.',
        {
          currentVersion: current.version,
        },
      );
    }
    assertOpenInterview(current, now);
    if (options.acceptedProposalId) {
      await lockOpenProposal(trx, interviewId, options.acceptedProposalId);
    }
    const sent = current.invites_sent_at !== null;
    if (sent && changes.candidateId !== undefined && changes.candidateId !== current.candidate_id) {
      throw new AppError(
        'conflict',
        'The candidate cannot change after invites were sent: cancel and create a new interview.',
      );
    }
    const peopleChange = await changesPeople(trx, current, changes);
    const next = applyChanges(current, changes);
    const changed = (Object.keys(next) as Array<keyof InterviewsTable>).filter(
      (k) => next[k] !== current[k],
    );
    // Reminder settings are Convene's business, not the participants': no update is sent.
    const reminders =
      changes.reminders === undefined
        ? current.reminder_settings
        : storedReminders(changes.reminders);
    const remindersChanged = reminders !== current.reminder_settings;
    if (changed.length === 0 && !peopleChange && !remindersChanged) {
      return loadInterview(trx, interviewId, now);
    }
    // Once invites are out, a new panel is a change of who holds an event (ADR 012); before,
    // the people are simply replaced.
    const panel =
      sent && peopleChange
        ? await changePanel(trx, {
            interview: current,
            interviewerIds: changes.interviewerIds ?? [],
            organizer: actor,
            settings,
            now,
          })
        : null;
    if (!sent && peopleChange) await replaceParticipants(trx, current, changes);
    // Those who stay are sent an update only when the interview itself changed.
    const notify = sent && changed.length > 0;

    const rescheduled = changed.some((k) => RESCHEDULING.includes(k));
    if (sent && rescheduled) {
      await trx
        .updateTable('participants')
        .set({ attendance: 'pending', responded_at: null, decline_reason: null })
        .where('interview_id', '=', interviewId)
        .execute();
    }
    if (rescheduled) {
      const acceptedId = options.acceptedProposalId;
      await settleProposals(trx, { interviewId, acceptedId, userId: actor.userId, now });
    }
    const updated = {
      ...current,
      ...next,
      sequence: notify ? current.sequence + 1 : current.sequence,
    };
    const context = await loadMessageContext(trx, updated, actor, settings);
    const newcomers = new Set(panel?.added.map((p) => p.id));
    const contents = sent ? parseInviteContents(current.invite_content) : undefined;
    if (notify) {
      await queueMessages(trx, {
        context,
        recipients: context.participants.filter((p) => !newcomers.has(p.id)),
        kind: 'update',
        contents,
        update: { before: current, reconfirm: rescheduled },
        now,
      });
    }
    if (panel && panel.added.length > 0) {
      await queueMessages(trx, {
        context,
        recipients: context.participants.filter((p) => newcomers.has(p.id)),
        kind: 'invite',
        contents,
        now,
      });
    }
    await applyStatus(trx, {
      interview: current,
      participants: context.participants,
      actor: userActor(actor),
      now,
      set: {
        ...next,
        reminder_settings: reminders,
        sequence: updated.sequence,
        version: current.version + 1,
      },
    });
    if (changed.length > 0 || remindersChanged || !panel) {
      await recordEvent(trx, {
        interviewId,
        type: rescheduled ? 'interview.rescheduled' : 'interview.updated',
        actor: userActor(actor),
        data: {
          changed: [...changed.map(camel), ...(remindersChanged ? ['reminders'] : [])],
          notified: notify ? context.participants.length - newcomers.size : 0,
          ...(options.acceptedProposalId ? { proposalId: options.acceptedProposalId } : {}),
        },
        at: now,
      });
    }
    if (panel) {
      await recordEvent(trx, {
        interviewId,
        type: 'interview.panel_changed',
        actor: userActor(actor),
        data: {
          added: panel.added.map((p) => ({ name: p.name, email: p.email })),
          removed: panel.removed.map((p) => ({
            name: p.name,
            email: p.email,
            attendance: p.attendance,
          })),
        },
        at: now,
      });
    }
    return loadInterview(trx, interviewId, now);
  });
}

function applyChanges(current: InterviewsTable, c: InterviewChanges): Partial<InterviewsTable> {
  const startsAt = c.startsAt ? new Date(c.startsAt) : new Date(current.starts_at);
  const duration = c.durationMinutes ?? current.duration_minutes;
  const text = (value: string | null | undefined, old: string | null) =>
    value === undefined ? old : value?.trim() || null;
  return {
    title: c.title?.trim() ?? current.title,
    job_title: text(c.jobTitle, current.job_title),
    starts_at: toDbTime(startsAt),
    ends_at: toDbTime(new Date(startsAt.getTime() + duration * 60_000)),
    duration_minutes: duration,
    time_zone: c.timeZone === undefined ? current.time_zone : canonicalTimeZone(c.timeZone),
    location: text(c.location, current.location),
    meeting_url: text(c.meetingUrl, current.meeting_url),
    notes: text(c.notes, current.notes),
    candidate_id: c.candidateId ?? current.candidate_id,
  };
}

async function replaceParticipants(
  db: Transaction,
  current: InterviewsTable,
  c: InterviewChanges,
): Promise<void> {
  const existing = await db
    .selectFrom('participants')
    .select(['role', 'user_id'])
    .where('interview_id', '=', current.id)
    .orderBy('position')
    .execute();
  const interviewerIds =
    c.interviewerIds ??
    existing.filter((p) => p.role === 'interviewer').map((p) => p.user_id ?? '');
  const { candidate, interviewers } = await loadPeople(
    db,
    c.candidateId ?? current.candidate_id,
    interviewerIds,
  );
  await db.deleteFrom('participants').where('interview_id', '=', current.id).execute();
  await db
    .insertInto('participants')
    .values(
      participantRows(current.id, candidate, interviewers, calendarHostOf(current), randomUUID),
    )
    .execute();
}

// A form that sends every field back repeats the same people: that is not a change.
async function changesPeople(
  db: Queryable,
  current: InterviewsTable,
  c: InterviewChanges,
): Promise<boolean> {
  if (c.candidateId !== undefined && c.candidateId !== current.candidate_id) return true;
  if (c.interviewerIds === undefined) return false;
  const panel = await db
    .selectFrom('participants')
    .select('user_id')
    .where('interview_id', '=', current.id)
    .where('role', '=', 'interviewer')
    .orderBy('position')
    .execute();
  return panel.map((p) => p.user_id).join(',') !== c.interviewerIds.join(',');
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}
