import { type FieldIssue, invalid } from './errors.js';

/** Why someone is not free: their calendar, a Convene interview, or outside their hours. */
export const BUSY_SOURCES = ['calendar', 'interview', 'outside_working_hours'] as const;
export type BusySource = (typeof BUSY_SOURCES)[number];

/** The longest window busy times or slots are asked for: two months, as calendars are read. */
export const MAX_WINDOW_DAYS = 62;
export const MAX_PEOPLE = 20;

/** A window [from, to) from two ISO times; 400 naming the field when it is not one. */
export function parseWindow(from: string, to: string): { from: Date; to: Date } {
  const issues: FieldIssue[] = [];
  const start = new Date(from);
  const end = new Date(to);
  if (Number.isNaN(start.getTime()))
    issues.push({ field: 'from', message: 'must be an ISO 8601 time' });
  if (Number.isNaN(end.getTime()))
    issues.push({ field: 'to', message: 'must be an ISO 8601 time' });
  if (issues.length === 0 && end <= start)
    issues.push({ field: 'to', message: 'must be after from' });
  if (issues.length === 0 && end.getTime() - start.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
    issues.push({ field: 'to', message: `must be at most ${MAX_WINDOW_DAYS} days after from` });
  }
  if (issues.length > 0) invalid(issues);
  return { from: start, to: end };
}

/** The people asked about: at least one, at most MAX_PEOPLE, no repeats. */
export function assertPeople(field: string, ids: readonly string[]): void {
  if (ids.length === 0) invalid([{ field, message: 'must name at least one user' }]);
  if (ids.length > MAX_PEOPLE)
    invalid([{ field, message: `must name at most ${MAX_PEOPLE} users` }]);
  if (new Set(ids).size !== ids.length) invalid([{ field, message: 'must not repeat a user' }]);
}
