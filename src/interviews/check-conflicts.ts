import { type Conflict, findConflicts } from '../availability/find-conflicts.js';
import type { Queryable } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { assertInterviewFields, type InterviewFields } from '../domain/interview-rules.js';
import { type Actor, assertCan } from '../domain/permissions.js';

export interface CheckConflictsOptions {
  db: Queryable;
  actor: Actor;
  /** The interview being edited; absent for one being created. */
  interviewId?: string | undefined;
  fields: InterviewFields;
  now?: Date;
}

/**
 * A dry run of creating or changing an interview (`dryRun: true`, DESIGN §9): the fields are
 * checked as a save would (400 naming each bad one) and the answer lists what the interview
 * would run into for each interviewer; nothing is saved and no one is told. For an edit, what
 * the fields leave out is the interview's own (time, length, panel), and it does not conflict
 * with itself.
 */
export async function checkConflicts(
  options: CheckConflictsOptions,
): Promise<{ conflicts: Conflict[] }> {
  const { db, actor, interviewId, fields, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  assertInterviewFields(fields, now);
  let startsAt = fields.startsAt;
  let duration = fields.durationMinutes;
  let interviewerIds = fields.interviewerIds;
  if (interviewId) {
    const current = await db
      .selectFrom('interviews')
      .select(['starts_at', 'duration_minutes'])
      .where('id', '=', interviewId)
      .executeTakeFirst();
    if (!current) throw new AppError('not_found', `No interview with id ${interviewId}.`);
    startsAt ??= current.starts_at;
    duration ??= current.duration_minutes;
    interviewerIds ??= (
      await db
        .selectFrom('participants')
        .select('user_id')
        .where('interview_id', '=', interviewId)
        .where('role', '=', 'interviewer')
        .orderBy('position')
        .execute()
    ).flatMap((p) => (p.user_id ? [p.user_id] : []));
  }
  if (!startsAt || !duration || !interviewerIds) {
    return { conflicts: [] };
  }
  const start = new Date(startsAt);
  return {
    conflicts: await findConflicts(db, {
      interviewerIds,
      startsAt: start,
      endsAt: new Date(start.getTime() + duration * 60_000),
      exceptInterviewId: interviewId,
    }),
  };
}
