import { randomUUID } from 'node:crypto';
import type { Queryable, RootDb } from '../db/database.js';
import { recordEvent, userActor } from '../db/events.js';
import { nowDbTime, toDbTime } from '../db/time.js';
import { assertInterviewFields } from '../domain/interview-rules.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { ReminderSettings } from '../domain/reminder-rules.js';
import { canonicalTimeZone } from '../domain/time-zones.js';
import type { Interview } from '../shapes/types.js';
import { loadInterview, storedReminders } from './interview-view.js';
import { loadPeople, participantRows } from './load-people.js';

export interface CreateInterviewOptions {
  db: RootDb;
  actor: Actor;
  /** Host part of the calendar UIDs, the interview's and its participants' (from PUBLIC_URL). */
  calendarHost: string;
  title: string;
  candidateId: string;
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

/** Creates an interview in `draft` with its participants, all pending; nothing is sent yet. */
export async function createInterview(options: CreateInterviewOptions): Promise<Interview> {
  const { db, actor, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  assertInterviewFields(options, now);
  return db.transaction().execute(async (trx) => {
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
    return loadInterview(trx, id, now);
  });
}
