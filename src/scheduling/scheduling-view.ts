import { hashSecret } from '../crypto/secrets.js';
import type { Queryable } from '../db/database.js';
import type { SchedulingRequestsTable } from '../db/schema.js';
import { schedulingStatus } from '../domain/scheduling-rules.js';
import type { SchedulingRequest } from '../shapes/types.js';

/** The names of the people a request names, so lists show who without a lookup per row. */
export interface RequestNames {
  candidateName: string;
  interviewerNames: string[];
}

/**
 * Maps a scheduling_requests row to its public shape, given its people's names; `expired` is
 * read from the clock.
 */
export function toSchedulingRequest(
  row: SchedulingRequestsTable,
  names: RequestNames,
  now: Date,
): SchedulingRequest {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    candidateName: names.candidateName,
    interviewerIds: interviewerIdsOf(row),
    interviewerNames: names.interviewerNames,
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

/** Rows mapped to their public shape, their people's names read in two queries for all. */
export async function toSchedulingRequests(
  db: Queryable,
  rows: readonly SchedulingRequestsTable[],
  now: Date,
): Promise<SchedulingRequest[]> {
  const candidateIds = [...new Set(rows.map((row) => row.candidate_id))];
  const userIds = [...new Set(rows.flatMap(interviewerIdsOf))];
  const candidates = candidateIds.length
    ? await db
        .selectFrom('candidates')
        .select(['id', 'first_name', 'last_name'])
        .where('id', 'in', candidateIds)
        .execute()
    : [];
  const users = userIds.length
    ? await db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute()
    : [];
  const candidateNames = new Map(
    candidates.map((c) => [c.id, `${c.first_name} ${c.last_name}`.trim()]),
  );
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((row) =>
    toSchedulingRequest(
      row,
      {
        candidateName: candidateNames.get(row.candidate_id) ?? '',
        interviewerNames: interviewerIdsOf(row).map((id) => userNames.get(id) ?? ''),
      },
      now,
    ),
  );
}

/** One row mapped to its public shape, with its people's names. */
export async function schedulingRequestView(
  db: Queryable,
  row: SchedulingRequestsTable,
  now: Date,
): Promise<SchedulingRequest> {
  const [view] = await toSchedulingRequests(db, [row], now);
  return view as SchedulingRequest;
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
