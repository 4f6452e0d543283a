import { effectiveStatus, type InterviewStatus } from './interview-status.js';

/**
 * What a candidate may change from their Interview Link page (DESIGN §9, ADR 016), as pure
 * rules: moving the interview to another free time or cancelling it, both until a cut-off
 * before the start, and moving it at most a set number of times.
 */
export interface CandidateChangePolicy {
  /** No change from the link this many hours before the start or later (0: until the start). */
  cutoffHours: number;
  /** How often the candidate may move one interview; 0: never (cancelling stays possible). */
  maxReschedules: number;
}

/** CANDIDATE_CHANGE_CUTOFF_HOURS and CANDIDATE_MAX_RESCHEDULES when unset. */
export const DEFAULT_CANDIDATE_CHANGE_POLICY: CandidateChangePolicy = {
  cutoffHours: 24,
  maxReschedules: 2,
};

/**
 * Why a change is refused: the interview is cancelled or over (`closed`), the cut-off has passed
 * (`cutoff`), the candidate has moved it as often as allowed (`limit`), or moving is switched
 * off (`disabled`).
 */
export const CHANGE_REFUSALS = ['closed', 'cutoff', 'limit', 'disabled'] as const;
export type ChangeRefusal = (typeof CHANGE_REFUSALS)[number];

/** What the candidate may do now, and when that ends. */
export interface CandidateChanges {
  /** ISO 8601 UTC: the start less the cut-off, the last moment for either change. */
  until: string;
  cutoffHours: number;
  /** How many more times the candidate may move the interview (0 when they may not). */
  reschedulesLeft: number;
  reschedule: { allowed: boolean; refusal: ChangeRefusal | null };
  cancel: { allowed: boolean; refusal: ChangeRefusal | null };
}

export interface CandidateChangeFacts {
  policy: CandidateChangePolicy;
  /** The stored status ('completed' is read from the clock here). */
  status: InterviewStatus;
  startsAt: Date;
  endsAt: Date;
  /** How often the candidate has moved it already. */
  reschedules: number;
  now: Date;
}

const HOUR = 3_600_000;

/** The candidate's options on one interview at `now`. */
export function candidateChanges(facts: CandidateChangeFacts): CandidateChanges {
  const { policy, now } = facts;
  const until = new Date(facts.startsAt.getTime() - policy.cutoffHours * HOUR);
  const status = effectiveStatus(facts.status, facts.endsAt, now);
  const closed = status === 'cancelled' || status === 'completed';
  const late = now.getTime() >= until.getTime();
  const left = Math.max(0, policy.maxReschedules - facts.reschedules);
  const timing: ChangeRefusal | null = closed ? 'closed' : late ? 'cutoff' : null;
  const moving: ChangeRefusal | null =
    timing ?? (policy.maxReschedules === 0 ? 'disabled' : left === 0 ? 'limit' : null);
  return {
    until: until.toISOString(), // not stored
    cutoffHours: policy.cutoffHours,
    reschedulesLeft: moving === null ? left : 0,
    reschedule: { allowed: moving === null, refusal: moving },
    cancel: { allowed: timing === null, refusal: timing },
  };
}

/** One sentence on why a change is refused, for a 409's message. */
export function refusalMessage(refusal: ChangeRefusal, policy: CandidateChangePolicy): string {
  switch (refusal) {
    case 'closed':
      return 'This interview is cancelled or already over.';
    case 'cutoff':
      return `Changes are possible ${untilText(policy.cutoffHours)}.`;
    case 'limit':
      return `This interview has been moved ${timesText(policy.maxReschedules)} already, the most allowed.`;
    case 'disabled':
      return 'This interview cannot be moved from its link.';
  }
}

/** "until 24 hours before the start", or "until the start" with no cut-off. */
export function untilText(cutoffHours: number): string {
  return cutoffHours === 0 ? 'until the start' : `until ${hoursText(cutoffHours)} before the start`;
}

/** "24 hours", "1 hour". */
export function hoursText(hours: number): string {
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

/** "once", "twice", "3 times". */
export function timesText(count: number): string {
  if (count === 1) return 'once';
  if (count === 2) return 'twice';
  return `${count} times`;
}
