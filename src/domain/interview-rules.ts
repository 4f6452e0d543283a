import { type FieldIssue, invalid } from './errors.js';
import { type ReminderSettings, reminderSettingsIssues } from './reminder-rules.js';
import { isPlainText, isSingleLine } from './text-rules.js';
import { isTimeZone } from './time-zones.js';

/** The fields of an interview a coordinator sets; absent ones are not checked (edits). */
export interface InterviewFields {
  title?: string | undefined;
  jobTitle?: string | null | undefined;
  startsAt?: string | undefined;
  durationMinutes?: number | undefined;
  timeZone?: string | undefined;
  location?: string | null | undefined;
  meetingUrl?: string | null | undefined;
  notes?: string | null | undefined;
  interviewerIds?: readonly string[] | undefined;
  /** Overrides of the reminder defaults; a key left out follows the default, null turns it off. */
  reminders?: Partial<ReminderSettings> | undefined;
}

export const MAX_INTERVIEWERS = 20;
// ISO 8601 with a date, a time and an explicit offset, so "10:00" is never guessed at.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Throws one 400 naming every bad field; `now` lets a start in the past be refused. */
export function assertInterviewFields(fields: InterviewFields, now: Date): void {
  const issues = interviewFieldIssues(fields, now);
  if (issues.length > 0) invalid(issues);
}

/** Every bad field of an interview, for a caller that reports them with others at once. */
export function interviewFieldIssues(fields: InterviewFields, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const bad = (field: string, message: string) => issues.push({ field, message });
  const line = (field: string, value: string | null | undefined, required: boolean) => {
    if (value === undefined || value === null) return;
    if (!isSingleLine(value)) bad(field, 'must be one line without control characters');
    else if (required && value.trim() === '') bad(field, 'must not be empty');
  };
  if (fields.reminders) issues.push(...reminderSettingsIssues(fields.reminders));
  line('title', fields.title, true);
  line('jobTitle', fields.jobTitle, false);
  line('location', fields.location, false);
  if (fields.startsAt !== undefined) {
    const at = Date.parse(fields.startsAt);
    if (!isInstant(fields.startsAt)) {
      bad(
        'startsAt',
        'must be an ISO 8601 date and time with an offset, e.g. 2026-03-03T09:00:00Z',
      );
    } else if (at < now.getTime() - 5 * 60_000) {
      bad('startsAt', 'is in the past');
    }
  }
  const minutes = fields.durationMinutes;
  if (minutes !== undefined && (!Number.isInteger(minutes) || minutes < 5 || minutes > 24 * 60)) {
    bad('durationMinutes', 'must be a whole number of minutes from 5 to 1440');
  }
  if (fields.timeZone !== undefined && !isTimeZone(fields.timeZone)) {
    bad(
      'timeZone',
      `"${fields.timeZone.slice(0, 60)}" is not an IANA time zone (e.g. Europe/Berlin)`,
    );
  }
  if (fields.meetingUrl && !isWebUrl(fields.meetingUrl))
    bad('meetingUrl', 'must be an http(s) URL');
  if (fields.notes && !isPlainText(fields.notes)) {
    bad('notes', 'must not contain control characters');
  }
  const ids = fields.interviewerIds;
  if (ids !== undefined) {
    if (ids.length === 0) bad('interviewerIds', 'must name at least one interviewer');
    if (ids.length > MAX_INTERVIEWERS)
      bad('interviewerIds', `must name at most ${MAX_INTERVIEWERS}`);
    if (new Set(ids).size !== ids.length) bad('interviewerIds', 'must not repeat an interviewer');
  }
  return issues;
}

/** True for an absolute http(s) URL with a host, the only meeting links Convene will link. */
export function isWebUrl(value: string): boolean {
  if (!isSingleLine(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** True for an ISO 8601 date and time with an offset that names a real calendar time. */
export function isInstant(value: string): boolean {
  return INSTANT.test(value) && !Number.isNaN(Date.parse(value)) && isRealCalendarTime(value);
}

// Date.parse rolls impossible dates forward ("2030-02-30" becomes 2 March), so the written
// parts are checked against a calendar before the instant is trusted.
function isRealCalendarTime(value: string): boolean {
  const [year, month, day, hour, minute] = [0, 5, 8, 11, 14].map((at) =>
    Number(value.slice(at, at + (at === 0 ? 4 : 2))),
  ) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59
  );
}
