import { type DateOff, datesOffIssues, normalizeDatesOff } from './dates-off.js';
import { type FieldIssue, invalid, MAX_ISSUES } from './errors.js';
import { canonicalTimeZone, isTimeZone } from './time-zones.js';

/** One stretch of work on one weekday, in the hours' zone: day 1 (Monday) to 7 (Sunday). */
export interface WorkingRange {
  day: number;
  /** "09:00": inclusive. */
  start: string;
  /** "18:00", up to "24:00": exclusive. */
  end: string;
}

/**
 * When a user works, week by week (DESIGN §9), less their dates off (whole local days in the
 * same zone). `timeZone` null: the user's own zone, so the hours move with them when they
 * change it. Ranges are sorted by day and start, dates off by start.
 */
export interface WorkingHours {
  timeZone: string | null;
  weekly: WorkingRange[];
  datesOff: DateOff[];
}

/** What a client may send: the zone may be left out (the user's own), dates off too (none). */
export interface WorkingHoursInput {
  timeZone?: string | null | undefined;
  weekly: WorkingRange[];
  datesOff?: DateOff[] | undefined;
}

/** Two ranges a day for a week: a split day (09:00–12:00, 13:00–18:00) every day fits. */
export const MAX_WORKING_RANGES = 14;

/**
 * Everyone's hours until they set their own (a user's `workingHours: null`): Monday to Friday,
 * 09:00 to 18:00 in the user's zone. The web app keeps the same default in
 * web/src/working-hours.ts (it may share only types with the server).
 */
export const DEFAULT_WORKING_HOURS: WorkingHours = {
  timeZone: null,
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })),
  datesOff: [],
};

const CLOCK = /^(\d{2}):(\d{2})$/;
const DAY_MINUTES = 24 * 60;

/** Minutes since midnight of "HH:MM" (00:00 to 24:00), or undefined when it is not one. */
export function clockMinutes(value: string): number | undefined {
  const match = CLOCK.exec(value);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= DAY_MINUTES ? minutes : undefined;
}

const CLOCK_MESSAGE = 'must be a time from 00:00 to 24:00, written HH:MM';

// The problems of one range alone; its minutes when it has none.
function rangeIssues(range: WorkingRange, at: string, issues: FieldIssue[]) {
  if (!Number.isInteger(range.day) || range.day < 1 || range.day > 7) {
    issues.push({ field: `${at}.day`, message: 'must be a weekday from 1 (Monday) to 7 (Sunday)' });
  }
  const start = clockMinutes(range.start);
  const end = clockMinutes(range.end);
  if (start === undefined) issues.push({ field: `${at}.start`, message: CLOCK_MESSAGE });
  if (end === undefined) issues.push({ field: `${at}.end`, message: CLOCK_MESSAGE });
  if (start === undefined || end === undefined) return undefined;
  if (start >= end) {
    issues.push({ field: `${at}.end`, message: `must be later than the start (${range.start})` });
    return undefined;
  }
  return { start, end };
}

/**
 * Every problem of a working-hours input, each field named under `prefix`
 * ("workingHours.weekly.2.end", as list items are named elsewhere): times HH:MM from 00:00 to
 * 24:00, start before end, days 1 to 7, no two ranges of a day overlapping (touching is fine),
 * at most MAX_WORKING_RANGES ranges, at least one, a known zone, and dates off as
 * domain/dates-off.ts checks them.
 */
export function workingHoursIssues(
  input: WorkingHoursInput,
  prefix = 'workingHours',
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const zone = input.timeZone;
  if (zone !== undefined && zone !== null && !isTimeZone(zone)) {
    issues.push({
      field: `${prefix}.timeZone`,
      message: 'is not an IANA time zone (e.g. Europe/Berlin)',
    });
  }
  issues.push(...datesOffIssues(input.datesOff ?? [], `${prefix}.datesOff`));
  const weekly = input.weekly;
  if (weekly.length === 0) {
    issues.push({
      field: `${prefix}.weekly`,
      message: 'must list at least one range; send workingHours: null for the default hours',
    });
  }
  if (weekly.length > MAX_WORKING_RANGES) {
    issues.push({
      field: `${prefix}.weekly`,
      message: `must list at most ${MAX_WORKING_RANGES} ranges`,
    });
    return issues;
  }
  const seen: Array<{ day: number; start: number; end: number; index: number }> = [];
  weekly.forEach((range, index) => {
    const at = `${prefix}.weekly.${index}`;
    const minutes = rangeIssues(range, at, issues);
    if (!minutes) return;
    const clash = seen.find(
      (o) => o.day === range.day && o.start < minutes.end && minutes.start < o.end,
    );
    if (clash) {
      issues.push({
        field: at,
        message: `overlaps range ${clash.index} (${weekly[clash.index]?.start}–${weekly[clash.index]?.end} the same day)`,
      });
    }
    seen.push({ day: range.day, ...minutes, index });
  });
  return issues.slice(0, MAX_ISSUES);
}

/**
 * Checks working hours and gives the form they are kept in: the zone's current name (or null
 * for the user's own), ranges sorted by day and start. Throws a 400 naming each bad field.
 */
export function normalizeWorkingHours(
  input: WorkingHoursInput,
  prefix = 'workingHours',
): WorkingHours {
  const issues = workingHoursIssues(input, prefix);
  if (issues.length > 0) invalid(issues);
  const weekly = input.weekly
    .map(({ day, start, end }) => ({ day, start, end }))
    .sort((a, b) => a.day - b.day || a.start.localeCompare(b.start));
  const zone = input.timeZone;
  return {
    timeZone: zone ? canonicalTimeZone(zone) : null,
    weekly,
    datesOff: normalizeDatesOff(input.datesOff ?? []),
  };
}
