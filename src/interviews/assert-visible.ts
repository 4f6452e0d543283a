import type { Queryable } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import type { Actor } from '../domain/permissions.js';

/**
 * 404 unless the interview exists and the actor may see it: coordinators and admins see all,
 * interviewers only those they are on (a 404, not a 403, so ids reveal nothing).
 */
export async function assertInterviewVisible(
  db: Queryable,
  actor: Actor,
  interviewId: string,
): Promise<void> {
  let query = db
    .selectFrom('interviews')
    .select('interviews.id')
    .where('interviews.id', '=', interviewId);
  if (actor.role === 'interviewer') {
    query = query
      .innerJoin('participants', 'participants.interview_id', 'interviews.id')
      .where('participants.user_id', '=', actor.userId);
  }
  if (!(await query.executeTakeFirst()))
    throw new AppError('not_found', `No interview with id ${interviewId}.`);
}
