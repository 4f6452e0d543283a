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
