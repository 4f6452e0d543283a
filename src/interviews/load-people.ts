import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import type { CandidatesTable, UsersTable } from '../db/schema.js';
import { invalid } from '../domain/errors.js';

/**
 * The candidate and interviewers an interview names, in the order given; 400 if any is unknown
 * or deactivated.
 */
export async function loadPeople(
  db: Queryable,
  candidateId: string,
  interviewerIds: readonly string[],
): Promise<{ candidate: CandidatesTable; interviewers: UsersTable[] }> {
  const candidate = await db
    .selectFrom('candidates')
    .selectAll()
    .where('id', '=', candidateId)
    .executeTakeFirst();
  const users = interviewerIds.length
    ? await db
        .selectFrom('users')
        .selectAll()
        .where('id', 'in', [...interviewerIds])
        .execute()
    : [];
  const missing = interviewerIds.filter((id) => !users.some((u) => u.id === id));
  // A deactivated user keeps their past interviews but joins no new panel.
  const deactivated = users.filter((u) => u.deactivated_at !== null);
  const issues = [
    ...(candidate
      ? []
      : [{ field: 'candidateId', message: `no candidate with id ${candidateId}` }]),
    ...missing.map((id) => ({ field: 'interviewerIds', message: `no user with id ${id}` })),
    ...deactivated.map((u) => ({
      field: 'interviewerIds',
      message: `${u.name} (user ${u.id}) is deactivated`,
    })),
  ];
  if (issues.length > 0 || !candidate) invalid(issues);
  const interviewers = interviewerIds.map((id) => users.find((u) => u.id === id) as UsersTable);
  return { candidate, interviewers };
}

/**
 * Participant rows for a candidate and interviewers: attendance pending, in panel order, each
 * with the UID of their own calendar event (`calendarHost` from PUBLIC_URL).
 */
export function participantRows(
  interviewId: string,
  candidate: CandidatesTable,
  interviewers: UsersTable[],
  calendarHost: string,
  newId: () => string,
) {
  const base = () => ({
    interview_id: interviewId,
    attendance: 'pending' as const,
    responded_at: null,
    decline_reason: null,
    last_opened_at: null,
    calendar_uid: newCalendarUid(calendarHost),
  });
  return [
    {
      ...base(),
      id: newId(),
      role: 'candidate' as const,
      position: 0,
      user_id: null,
      candidate_id: candidate.id,
      name: `${candidate.first_name} ${candidate.last_name}`.trim(),
      email: candidate.email,
      time_zone: candidate.time_zone,
      locale: candidate.locale,
    },
    ...interviewers.map((u, i) => ({
      ...base(),
      id: newId(),
      role: 'interviewer' as const,
      position: i + 1,
      user_id: u.id,
      candidate_id: null,
      name: u.name,
      email: u.email,
      time_zone: u.time_zone,
      locale: u.locale,
    })),
  ];
}

/**
 * A participant's calendar event UID: 160 random bits, so knowing one invite's UID tells nothing
 * of another's (CALENDAR.md, "one event per participant").
 */
export function newCalendarUid(host: string): string {
  return `${randomBytes(20).toString('hex')}@${host}`;
}
