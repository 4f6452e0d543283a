/**
 * Interview statuses (DESIGN §2); shown as Created, Invites Sent, Interview Scheduled, … The one
 * list: the database type, the API schema and the web app's labels are all derived from it.
 */
export const INTERVIEW_STATUSES = [
  'draft',
  'awaiting_confirmation',
  'scheduled',
  'needs_attention',
  'cancelled',
  'completed',
] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

/** A participant's own answer to their invite. */
export const ATTENDANCES = ['pending', 'confirmed', 'declined'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

/** Who a participant is on the interview; also a template's audience. */
export const PARTICIPANT_ROLES = ['candidate', 'interviewer'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface StatusInputs {
  cancelled: boolean;
  invitesSent: boolean;
  participants: ReadonlyArray<{ role: ParticipantRole; attendance: Attendance }>;
}

/**
 * The status the interview's facts imply, leaving the clock out: it is stored in the same
 * transaction that changes attendance, so it is never set by hand and never stale.
 * Scheduled needs the candidate AND every interviewer (at least one) to have confirmed.
 */
export function deriveStatus({
  cancelled,
  invitesSent,
  participants,
}: StatusInputs): InterviewStatus {
  if (cancelled) return 'cancelled';
  if (!invitesSent) return 'draft';
  if (participants.some((p) => p.attendance === 'declined')) return 'needs_attention';
  const candidate = participants.filter((p) => p.role === 'candidate');
  const interviewers = participants.filter((p) => p.role === 'interviewer');
  const allConfirmed = [...candidate, ...interviewers].every((p) => p.attendance === 'confirmed');
  if (candidate.length > 0 && interviewers.length > 0 && allConfirmed) return 'scheduled';
  return 'awaiting_confirmation';
}

/** What people see: any interview that is not cancelled is completed once it has ended. */
export function effectiveStatus(stored: InterviewStatus, endsAt: Date, now: Date): InterviewStatus {
  if (stored === 'cancelled') return stored;
  return endsAt.getTime() <= now.getTime() ? 'completed' : stored;
}

/** Participants may act on their link only while the interview is neither cancelled nor over. */
export function isOpenForResponses(stored: InterviewStatus, endsAt: Date, now: Date): boolean {
  const status = effectiveStatus(stored, endsAt, now);
  return status !== 'cancelled' && status !== 'completed';
}
