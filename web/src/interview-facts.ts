/** Small facts the interview screens read off an interview. */
import type { Interview } from './types.js';

export function candidateName(interview: Interview): string {
  return interview.participants.find((p) => p.role === 'candidate')?.name ?? '—';
}

export function interviewerNames(interview: Interview): string {
  return interview.participants
    .filter((p) => p.role === 'interviewer')
    .map((p) => p.name)
    .join(', ');
}

/** Cancelled and past interviews take no more changes. */
export function isOpen(interview: Interview): boolean {
  return interview.status !== 'cancelled' && interview.status !== 'completed';
}

/** Who has answered: "2 of 3 confirmed", and ", 1 declined" once someone declined. */
export function attendanceSummary(interview: Interview): string {
  const count = (attendance: string) =>
    interview.participants.filter((p) => p.attendance === attendance).length;
  const declined = count('declined');
  const summary = `${count('confirmed')} of ${interview.participants.length} confirmed`;
  return declined > 0 ? `${summary}, ${declined} declined` : summary;
}
