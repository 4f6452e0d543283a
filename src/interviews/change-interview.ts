import { randomUUID } from 'node:crypto';
import type { Queryable, Transaction } from '../db/database.js';
import { type EventActor, recordEvent } from '../db/events.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import type { InterviewFields } from '../domain/interview-rules.js';
import { canonicalTimeZone } from '../domain/time-zones.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { parseInviteContents } from '../messages/invite-content.js';
import { loadMessageContext } from '../messages/message-context.js';
import { queueMessages } from '../messages/queue-messages.js';
import { applyStatus } from './apply-status.js';
import { calendarHostOf, changePanel } from './change-panel.js';
import { storedReminders } from './interview-view.js';
import { loadPeople, participantRows } from './load-people.js';
import { settleProposals } from './settle-proposals.js';

/** What an edit may change: the interview's own fields, and its people before invites go out. */
export interface InterviewChanges extends InterviewFields {
  candidateId?: string | undefined;
}

export interface ChangeInterviewOptions {
  /** The interview as the caller locked it (lockInterview), already checked as open. */
  current: InterviewsTable;
  changes: InterviewChanges;
  /** Whom the messages name as organizer and Reply-To: the coordinator, or the interview's. */
  organizer: { name: string; email: string };
  /** Who made the change, for the timeline and its webhooks. */
  actor: EventActor;
  /**
   * The participant who chose the new time themselves (a candidate moving it from their link):
   * their attendance becomes confirmed instead of pending, and their update says so.
   */
  chosenBy?: ParticipantsTable | undefined;
  /** Further columns written with the interview's new version (a candidate's reschedule count). */
  set?: Partial<InterviewsTable> | undefined;
  /** Further facts for the timeline event. */
  eventData?: Record<string, unknown> | undefined;
  /** The user who settles the interview's open proposals a move makes moot (null: none). */
  decidedBy: string | null;
  /** The participant's proposal this move takes (acceptProposal): marked accepted. */
  acceptedProposalId?: string | undefined;
  settings: MailSettings;
  now: Date;
}

// A new time or place asks everyone to confirm again (DESIGN §2).
const RESCHEDULING: Array<keyof InterviewsTable> = [
  'starts_at',
  'ends_at',
  'location',
  'meeting_url',
];

/**
 * Writes an edit or a reschedule inside the caller's transaction: the one path every change of
 * an interview takes, whoever makes it. Once invites are out, every participant gets an update
 * of their own calendar event (their SEQUENCE + 1) and the interview's revision rises; a new
 * time or place also resets attendance to pending (but for whoever chose that time).
 */
export async function changeInterview(trx: Transaction, options: ChangeInterviewOptions) {
  const { current, changes, organizer, actor, chosenBy, settings, now } = options;
  const interviewId = current.id;
  const sent = current.invites_sent_at !== null;
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
  if (changed.length === 0 && !peopleChange && !remindersChanged) return;
  // Once invites are out, a new panel is a change of who holds an event (ADR 012); before,
  // the people are simply replaced.
  const panel =
    sent && peopleChange
      ? await changePanel(trx, {
          interview: current,
          interviewerIds: changes.interviewerIds ?? [],
          organizer,
          settings,
          now,
        })
      : null;
  if (!sent && peopleChange) await replaceParticipants(trx, current, changes);
  // Those who stay are sent an update only when the interview itself changed.
  const notify = sent && changed.length > 0;

  const rescheduled = changed.some((k) => RESCHEDULING.includes(k));
  if (sent && rescheduled) await resetAttendance(trx, current, chosenBy, actor, now);
  if (rescheduled) {
    const acceptedId = options.acceptedProposalId;
    await settleProposals(trx, { interviewId, acceptedId, userId: options.decidedBy, now });
  }
  const updated = {
    ...current,
    ...next,
    sequence: notify ? current.sequence + 1 : current.sequence,
  };
  const context = await loadMessageContext(trx, updated, organizer, settings);
  const newcomers = new Set(panel?.added.map((p) => p.id));
  const contents = sent ? parseInviteContents(current.invite_content) : undefined;
  if (notify) {
    const stay = context.participants.filter((p) => !newcomers.has(p.id));
    const update = { before: current, reconfirm: rescheduled, chosenBy: chosenBy?.id };
    await queueMessages(trx, { context, recipients: stay, kind: 'update', contents, update, now });
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
    actor,
    now,
    set: {
      ...next,
      ...options.set,
      reminder_settings: reminders,
      sequence: updated.sequence,
      version: current.version + 1,
    },
  });
  if (changed.length > 0 || remindersChanged || !panel) {
    await recordEvent(trx, {
      interviewId,
      type: rescheduled ? 'interview.rescheduled' : 'interview.updated',
      actor,
      data: {
        changed: [...changed.map(camel), ...(remindersChanged ? ['reminders'] : [])],
        notified: notify ? context.participants.length - newcomers.size : 0,
        ...options.eventData,
      },
      at: now,
    });
  }
  if (panel) {
    await recordEvent(trx, {
      interviewId,
      type: 'interview.panel_changed',
      actor,
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
}

// Everyone answers again, except the person who chose the new time: they are confirmed (a
// `participant.confirmed` on the timeline when they were not already).
async function resetAttendance(
  trx: Transaction,
  current: InterviewsTable,
  chosenBy: ParticipantsTable | undefined,
  actor: EventActor,
  now: Date,
): Promise<void> {
  let reset = trx
    .updateTable('participants')
    .set({ attendance: 'pending', responded_at: null, decline_reason: null })
    .where('interview_id', '=', current.id);
  if (chosenBy) reset = reset.where('id', '!=', chosenBy.id);
  await reset.execute();
  if (!chosenBy) return;
  await trx
    .updateTable('participants')
    .set({ attendance: 'confirmed', responded_at: toDbTime(now), decline_reason: null })
    .where('id', '=', chosenBy.id)
    .execute();
  if (chosenBy.attendance === 'confirmed') return;
  await recordEvent(trx, {
    interviewId: current.id,
    type: 'participant.confirmed',
    actor,
    data: { role: chosenBy.role, reason: null, via: 'reschedule' },
    at: now,
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
