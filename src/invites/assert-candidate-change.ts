import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import {
  type CandidateChangePolicy,
  type CandidateChanges,
  candidateChanges,
  refusalMessage,
} from '../domain/candidate-changes.js';
import { AppError } from '../domain/errors.js';

export interface CandidateChangeFacts {
  kind: 'reschedule' | 'cancel';
  participant: Pick<ParticipantsTable, 'role'>;
  interview: Pick<InterviewsTable, 'status' | 'starts_at' | 'ends_at' | 'candidate_reschedules'>;
  policy: CandidateChangePolicy;
  now: Date;
}

/**
 * Refuses a change from an Interview Link that the policy does not allow (ADR 016): 403 for an
 * interviewer's link (only the candidate may move or cancel from theirs), 409 naming the reason
 * (`closed`, `cutoff`, `limit`, `disabled`) when the time for it has passed. Returns what the
 * candidate may do, for the caller's view.
 */
export function assertCandidateChange(facts: CandidateChangeFacts): CandidateChanges {
  const { kind, participant, interview, policy, now } = facts;
  if (participant.role !== 'candidate') {
    throw new AppError(
      'forbidden',
      'Only the candidate can move or cancel the interview from their link: please contact the organizer.',
    );
  }
  const changes = candidateChanges({
    policy,
    status: interview.status,
    startsAt: new Date(interview.starts_at),
    endsAt: new Date(interview.ends_at),
    reschedules: interview.candidate_reschedules,
    now,
  });
  const { refusal } = changes[kind];
  if (refusal) throw new AppError('conflict', refusalMessage(refusal, policy), { reason: refusal });
  return changes;
}
