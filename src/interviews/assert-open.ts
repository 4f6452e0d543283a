import type { InterviewsTable } from '../db/schema.js';
import { AppError } from '../domain/errors.js';
import { effectiveStatus } from '../domain/interview-status.js';

/** Refuses to invite for, or change, an interview that is cancelled or already over. */
export function assertOpenInterview(
  interview: Pick<InterviewsTable, 'status' | 'ends_at'>,
  now: Date,
): void {
  const status = effectiveStatus(interview.status, new Date(interview.ends_at), now);
  if (status === 'cancelled') throw new AppError('conflict', 'This interview was cancelled.');
  if (status === 'completed') throw new AppError('conflict', 'This interview is already over.');
}
