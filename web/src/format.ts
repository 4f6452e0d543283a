/** Date and time formatting in a given zone, for the coordinator's screens. */

import type { FieldIssue } from './types.js';

export function formatWhen(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

/** "Tue 3 Mar 2026, 10:00 – 11:30 (Europe/Berlin)" */
export function formatRange(startIso: string, endIso: string, timeZone: string): string {
  return `${formatWhen(startIso, timeZone)} – ${formatTime(endIso, timeZone)} (${timeZone})`;
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ');
}

/**
 * An issue as a sentence a coordinator understands: "Unknown token {{ x }} at line 2, column 7",
 * "Required", "Use at most 200 characters". The API keeps its machine-readable message.
 */
export function formatIssue(issue: FieldIssue): string {
  const at = issue.line ? ` at line ${issue.line}, column ${issue.column ?? 1}` : '';
  if (issue.token && issue.message.startsWith('unknown token')) {
    return `Unknown token {{ ${issue.token} }}${at}`;
  }
  const text = humanMessage(issue.message);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${at}`;
}

// The validator's and the server's wordings, and what a person reads instead.
const SENTENCES: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^(is required|must not be empty)$/, () => 'Required'],
  [/^must NOT have fewer than 1 characters?$/, () => 'Required'],
  [/^must NOT have fewer than (\d+) characters$/, (n) => `Enter at least ${n} characters`],
  [/^must NOT have more than (\d+) characters$/, (n) => `Use at most ${n} characters`],
  [/^must NOT have fewer than 1 items$/, () => 'Choose at least one'],
  [/^must NOT have fewer than (\d+) items$/, (n) => `Choose at least ${n}`],
  [/^must NOT have more than (\d+) items$/, (n) => `Choose at most ${n}`],
  [/^must match format "email"$/, () => 'Enter an email address like name@example.com'],
  [/^must match format "uuid"$/, () => 'Choose one from the list'],
  [/^must match format "(date-time|date)"$/, () => 'Enter a date and time'],
  [/^must match format "uri"$/, () => 'Enter a web address that starts with https://'],
  [/^must be integer$/, () => 'Enter a whole number'],
  [/^must be number$/, () => 'Enter a number'],
  [/^must be (string|boolean|object|array|null)$/, () => 'This value is not accepted here'],
  [/^must be >= (-?[\d.]+)$/, (n) => `Enter ${n} or more`],
  [/^must be <= (-?[\d.]+)$/, (n) => `Enter ${n} or less`],
  [/^must be > (-?[\d.]+)$/, (n) => `Enter more than ${n}`],
  [/^must be < (-?[\d.]+)$/, (n) => `Enter less than ${n}`],
  [/^must be equal to one of the allowed values$/, () => 'Choose one of the options'],
  [/^must match pattern .*$/, () => 'This is not in the expected form'],
  [/^is not a known field$/, () => 'This field is not accepted here'],
  [/^must be an http\(s\) URL$/, () => 'Enter a web address that starts with https://'],
  [/^is in the past$/, () => 'Choose a time in the future'],
];

/** The sentence for a validator's or server's message; other messages are already sentences. */
export function humanMessage(message: string): string {
  for (const [pattern, sentence] of SENTENCES) {
    const match = pattern.exec(message);
    if (match) return sentence(...match.slice(1));
  }
  return message;
}

// The API's field names as the screens label them.
const LABELS: Record<string, string> = {
  title: 'Title',
  jobTitle: 'Job title',
  startsAt: 'Start',
  durationMinutes: 'Duration',
  timeZone: 'Time zone',
  location: 'Location',
  meetingUrl: 'Meeting link',
  notes: 'Notes',
  candidateId: 'Candidate',
  interviewerIds: 'Interviewers',
  'candidate.subject': 'Candidate message subject',
  'candidate.body': 'Candidate message',
  'interviewer.subject': 'Interviewer message subject',
  'interviewer.body': 'Interviewer message',
  'candidate.templateId': 'Candidate Invite',
  'interviewer.templateId': 'Interviewer Invite',
  'candidate.email': 'Candidate email',
  subject: 'Subject',
  body: 'Message',
  name: 'Name',
  email: 'Email',
  password: 'Password',
  url: 'URL',
  events: 'Events',
  version: 'Version',
};

/** "candidate.body" → "Candidate message"; "reminders.hoursBefore" → "Reminders hours before". */
export function fieldLabel(field: string): string {
  const known = LABELS[field];
  if (known) return known;
  const words = field
    .replace(/\.(\d+)(?=\.|$)/g, ' $1')
    .replace(/[._]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The issues of one field, formatted in one line; e.g. issuesOf(error.issues, 'candidate.body'). */
export function issuesOf(issues: FieldIssue[] | undefined, field: string): string | undefined {
  const found = (issues ?? []).filter((i) => i.field === field).map(formatIssue);
  return found.length > 0 ? found.join('; ') : undefined;
}
