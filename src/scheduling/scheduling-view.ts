import { hashSecret } from '../crypto/secrets.js';
import type { Queryable } from '../db/database.js';
import type { SchedulingRequestsTable } from '../db/schema.js';
import { schedulingStatus } from '../domain/scheduling-rules.js';
import type { SchedulingRequest } from '../shapes/types.js';

/** Maps a scheduling_requests row to its public shape; `expired` is read from the clock. */
export function toSchedulingRequest(row: SchedulingRequestsTable, now: Date): SchedulingRequest {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    interviewerIds: interviewerIdsOf(row),
    title: row.title,
    durationMinutes: row.duration_minutes,
    from: row.window_from,
    to: row.window_to,
    timeZone: row.time_zone,
    location: row.location,
    meetingUrl: row.meeting_url,
    requestTemplateId: row.request_template_id,
    candidateTemplateId: row.candidate_template_id,
    interviewerTemplateId: row.interviewer_template_id,
    status: schedulingStatus(row.status, row.expires_at, now),
    interviewId: row.interview_id,
    openedAt: row.opened_at,
    bookedAt: row.booked_at,
    cancelledAt: row.cancelled_at,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** The panel a request names, in order. */
export function interviewerIdsOf(row: Pick<SchedulingRequestsTable, 'interviewer_ids'>): string[] {
  return JSON.parse(row.interviewer_ids) as string[];
}

/** The request a scheduling link's token opens, or undefined (only the hash is stored). */
export async function findRequestByToken(
  db: Queryable,
  token: string,
): Promise<SchedulingRequestsTable | undefined> {
  return db
    .selectFrom('scheduling_requests')
    .selectAll()
    .where('token_hash', '=', hashSecret(token))
    .executeTakeFirst();
}

/** The candidate's personal scheduling page for a token. */
export function schedulingLink(publicUrl: string, token: string): string {
  return `${publicUrl}/s/${token}`;
}
