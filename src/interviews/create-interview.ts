import { randomUUID } from 'node:crypto';
import type { RootDb, Transaction } from '../db/database.js';
import { recordEvent, userActor } from '../db/events.js';
import { nowDbTime, toDbTime } from '../db/time.js';
import { invalid } from '../domain/errors.js';
import { interviewFieldIssues } from '../domain/interview-rules.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { ReminderSettings } from '../domain/reminder-rules.js';
import { canonicalTimeZone } from '../domain/time-zones.js';
import { type CandidateInput, insertCandidate, newCandidate } from '../people/create-candidate.js';
import type { Interview } from '../shapes/types.js';
import { loadInterview, storedReminders } from './interview-view.js';
import { loadPeople, participantRows } from './load-people.js';

export interface CreateInterviewOptions {
  db: RootDb;
  actor: Actor;
  /** Host part of the calendar UIDs, the interview's and its participants' (from PUBLIC_URL). */
  calendarHost: string;
  title: string;
  /** An existing candidate, or `candidate` to add one with the interview (one of the two). */
  candidateId?: string | undefined;
  /** A new candidate, added in the same transaction: a refused interview leaves none behind. */
  candidate?: CandidateInput | undefined;
  interviewerIds: string[];
  jobTitle?: string | null | undefined;
  startsAt: string;
  durationMinutes: number;
  timeZone: string;
  location?: string | null | undefined;
  meetingUrl?: string | null | undefined;
  notes?: string | null | undefined;
  reminders?: Partial<ReminderSettings> | undefined;
  now?: Date;
}

/**
 * Creates an interview in `draft` with its participants, all pending; nothing is sent yet. With
 * `candidate`, the new candidate is added in the same transaction. Every bad field, the
 * candidate's and the interview's, is reported at once.
 */
export async function createInterview(options: CreateInterviewOptions): Promise<Interview> {
  const { db, actor, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  if (options.candidate) assertCan(actor, 'candidates:write');
  const adding = options.candidate && newCandidate(options.candidate, 'candidate.');
  const issues = [...(adding?.issues ?? []), ...interviewFieldIssues(options, now)];
  if ((options.candidateId === undefined) === (adding === undefined)) {
    issues.unshift({
      field: 'candidateId',
      message: 'give either candidateId (an existing candidate) or candidate (a new one)',
    });
  }
  if (issues.length > 0) invalid(issues);
  return db.transaction().execute(async (trx) => {
    if (adding) await insertCandidate(trx, adding.row, 'candidate.email');
    const id = await insertInterview(trx, {
      ...options,
      candidateId: adding?.row.id ?? (options.candidateId as string),
    });
    return loadInterview(trx, id, now);
  });
}

/**
 * Writes a checked interview in `draft` and its participants (all pending) in the caller's
 * transaction, and returns its id: what createInterview and a booked scheduling request share.
 */
export async function insertInterview(
  trx: Transaction,
  options: Omit<CreateInterviewOptions, 'db' | 'candidate'> & { candidateId: string },
): Promise<string> {
  const { actor, now = new Date() } = options;
  const { candidate, interviewers } = await loadPeople(
    trx,
    options.candidateId,
    options.interviewerIds,
  );
  const id = randomUUID();
  const startsAt = new Date(options.startsAt);
  const stamp = nowDbTime();
  await trx
    .insertInto('interviews')
    .values({
      id,
      title: options.title.trim(),
      candidate_id: candidate.id,
      job_title: options.jobTitle?.trim() || null,
      starts_at: toDbTime(startsAt),
      ends_at: toDbTime(new Date(startsAt.getTime() + options.durationMinutes * 60_000)),
      duration_minutes: options.durationMinutes,
      time_zone: canonicalTimeZone(options.timeZone),
      location: options.location?.trim() || null,
      meeting_url: options.meetingUrl?.trim() || null,
      notes: options.notes?.trim() || null,
      status: 'draft',
      calendar_uid: `${id}@${options.calendarHost}`,
      sequence: 0,
      version: 1,
      organizer_id: actor.userId,
      invite_content: null,
      invites_sent_at: null,
      cancelled_at: null,
      reminder_settings: storedReminders(options.reminders),
      created_at: stamp,
      updated_at: stamp,
      candidate_reschedules: 0,
    })
    .execute();
  await trx
    .insertInto('participants')
    .values(participantRows(id, candidate, interviewers, options.calendarHost, randomUUID))
    .execute();
  await recordEvent(trx, {
    interviewId: id,
    type: 'interview.created',
    actor: userActor(actor),
    at: now,
  });
  return id;
}
