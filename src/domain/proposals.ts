import { Temporal } from 'temporal-polyfill';
import type { Interval } from './availability.js';
import type { FieldIssue } from './errors.js';

/**
 * Times a participant proposes instead of their invite's (DESIGN §6): where they came from and
 * where they stand. `replaced`: the same person proposed again; `withdrawn`: the interview moved
 * or was cancelled another way, so the proposal no longer asks anything.
 */
export const PROPOSAL_SOURCES = ['calendar', 'page'] as const;
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number];

export const PROPOSAL_STATES = ['open', 'accepted', 'declined', 'replaced', 'withdrawn'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** At most this many times in one proposal (the Interview Link page offers three fields). */
export const MAX_PROPOSED_TIMES = 3;

/** A proposed interview may last from 5 minutes to 8 hours, like an interview. */
const MIN_MINUTES = 5;
const MAX_MINUTES = 8 * 60;

/** What is wrong with one proposed time, as its field issue says it (pages translate these). */
export const PROPOSED_TIME_ISSUES = {
  invalid: 'is not a date and time',
  past: 'is in the past',
  current: 'is the interview’s current time',
  twice: 'is proposed twice',
} as const;

/**
 * What is wrong with a set of proposed times, as field issues (`times.N`): each must be in the
 * future, last 5 minutes to 8 hours, and differ from the others and from the current time.
 */
export function proposedTimesIssues(
  times: readonly Interval[],
  current: Interval,
  now: number,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (times.length === 0) issues.push({ field: 'times', message: 'must hold at least one time' });
  if (times.length > MAX_PROPOSED_TIMES) {
    issues.push({ field: 'times', message: `must hold at most ${MAX_PROPOSED_TIMES} times` });
  }
  times.forEach((time, i) => {
    const field = `times.${i}`;
    const minutes = (time.end - time.start) / 60_000;
    if (!Number.isFinite(minutes)) issues.push({ field, message: PROPOSED_TIME_ISSUES.invalid });
    else if (time.start <= now) issues.push({ field, message: PROPOSED_TIME_ISSUES.past });
    else if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      issues.push({ field, message: 'must last from 5 minutes to 8 hours' });
    } else if (time.start === current.start && time.end === current.end) {
      issues.push({ field, message: PROPOSED_TIME_ISSUES.current });
    } else if (times.slice(0, i).some((t) => t.start === time.start && t.end === time.end)) {
      issues.push({ field, message: PROPOSED_TIME_ISSUES.twice });
    }
  });
  return issues;
}

/**
 * A wall time as a form's `datetime-local` sends it ("2030-01-17T10:00") in `zone`, as an
 * instant (epoch ms); null when it is not one. A time a DST change skips moves forward, one it
 * repeats takes the earlier, as calendars do.
 */
export function wallTimeToInstant(value: string, zone: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  try {
    return Temporal.PlainDateTime.from(value).toZonedDateTime(zone, {
      disambiguation: 'compatible',
    }).epochMilliseconds;
  } catch {
    return null;
  }
}
