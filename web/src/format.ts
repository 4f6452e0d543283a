/** Date and time formatting in a given zone, for the coordinator's screens. */

import type { MessageKey } from './i18n/catalog.js';
import { dateLocale } from './i18n/date-locale.js';
import type { forms } from './i18n/en/forms.js';
import type { time } from './i18n/en/time.js';
import type { Translate } from './i18n/translate.js';
import type { FieldIssue } from './types.js';

export function formatWhen(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(dateLocale(), {
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
  return new Intl.DateTimeFormat(dateLocale(), {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** "Tue 3 Mar 2026, 10:00 – 11:30 (Europe/Berlin)" */
export function formatRange(startIso: string, endIso: string, timeZone: string): string {
  return `${formatWhen(startIso, timeZone)} – ${formatTime(endIso, timeZone)} (${timeZone})`;
}

/** "1 h 30 min", "45 min", "2 h", in the time area's words. */
export function formatDuration(minutes: number, t: Translate<typeof time>): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours && rest) return t('duration.hoursMinutes', { hours, minutes: rest });
  return hours ? t('duration.hours', { hours }) : t('duration.minutes', { minutes: rest });
}

/** The forms area's messages: the sentences issues become, and the fields' names. */
export type FormsText = Translate<typeof forms>;

/**
 * An issue as a sentence a coordinator understands: "Unknown token {{ x }} at line 2, column 7",
 * "Required", "Use at most 200 characters". The API keeps its machine-readable message.
 */
export function formatIssue(issue: FieldIssue, t: FormsText): string {
  const text =
    issue.token && issue.message.startsWith('unknown token')
      ? t('issue.unknownToken', { token: `{{ ${issue.token} }}` })
      : capitalized(humanMessage(issue.message, t));
  return issue.line
    ? t('issue.at', { issue: text, line: issue.line, column: issue.column ?? 1 })
    : text;
}

function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

// The validator's and the server's wordings, and what a person reads instead.
const SENTENCES: Array<[RegExp, (t: FormsText, n: string) => string]> = [
  [/^(is required|must not be empty)$/, (t) => t('issue.required')],
  [/^must NOT have fewer than 1 characters?$/, (t) => t('issue.required')],
  [/^must NOT have fewer than (\d+) characters$/, (t, n) => t('issue.minLength', { n })],
  [/^must NOT have more than (\d+) characters$/, (t, n) => t('issue.maxLength', { n })],
  [/^must NOT have fewer than 1 items$/, (t) => t('issue.minItemsOne')],
  [/^must NOT have fewer than (\d+) items$/, (t, n) => t('issue.minItems', { n })],
  [/^must NOT have more than (\d+) items$/, (t, n) => t('issue.maxItems', { n })],
  [/^must match format "email"$/, (t) => t('issue.email')],
  [/^must match format "uuid"$/, (t) => t('issue.uuid')],
  [/^must match format "(?:date-time|date)"$/, (t) => t('issue.dateTime')],
  [/^must match format "uri"$/, (t) => t('issue.url')],
  [/^must be integer$/, (t) => t('issue.integer')],
  [/^must be number$/, (t) => t('issue.number')],
  [/^must be (?:string|boolean|object|array|null)$/, (t) => t('issue.type')],
  [/^must be >= (-?[\d.]+)$/, (t, n) => t('issue.minimum', { n })],
  [/^must be <= (-?[\d.]+)$/, (t, n) => t('issue.maximum', { n })],
  [/^must be > (-?[\d.]+)$/, (t, n) => t('issue.above', { n })],
  [/^must be < (-?[\d.]+)$/, (t, n) => t('issue.below', { n })],
  [/^must be equal to one of the allowed values$/, (t) => t('issue.enum')],
  [/^must match pattern .*$/, (t) => t('issue.pattern')],
  [/^is not a known field$/, (t) => t('issue.unknownField')],
  [/^must be an http\(s\) URL$/, (t) => t('issue.url')],
  [/^is in the past$/, (t) => t('issue.past')],
];

/** The sentence for a validator's or server's message; other messages are already sentences. */
export function humanMessage(message: string, t: FormsText): string {
  for (const [pattern, sentence] of SENTENCES) {
    const match = pattern.exec(message);
    if (match) return sentence(t, match[1] ?? '');
  }
  return message;
}

// The API's field names as the screens label them.
const LABELS: Record<string, MessageKey<typeof forms>> = {
  title: 'field.title',
  jobTitle: 'field.jobTitle',
  startsAt: 'field.startsAt',
  durationMinutes: 'field.durationMinutes',
  timeZone: 'field.timeZone',
  location: 'field.location',
  meetingUrl: 'field.meetingUrl',
  notes: 'field.notes',
  candidateId: 'field.candidateId',
  interviewerIds: 'field.interviewerIds',
  'candidate.subject': 'field.candidateSubject',
  'candidate.body': 'field.candidateBody',
  'interviewer.subject': 'field.interviewerSubject',
  'interviewer.body': 'field.interviewerBody',
  'candidate.templateId': 'field.candidateTemplate',
  'interviewer.templateId': 'field.interviewerTemplate',
  'candidate.email': 'field.candidateEmail',
  subject: 'field.subject',
  body: 'field.body',
  name: 'field.name',
  email: 'field.email',
  password: 'field.password',
  url: 'field.url',
  events: 'field.events',
  version: 'field.version',
};

/**
 * "candidate.body" → "Candidate message"; a field the screens do not name is spelled out from its
 * API name ("reminders.hoursBefore" → "Reminders hours before"), in the API's English.
 */
export function fieldLabel(field: string, t: FormsText): string {
  const known = LABELS[field];
  if (known) return t(known);
  const words = field
    .replace(/\.(\d+)(?=\.|$)/g, ' $1')
    .replace(/[._]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return capitalized(words);
}

/** The issues of one field, formatted in one line; e.g. issuesOf(error.issues, 'candidate.body', t). */
export function issuesOf(
  issues: FieldIssue[] | undefined,
  field: string,
  t: FormsText,
): string | undefined {
  const found = (issues ?? []).filter((i) => i.field === field).map((i) => formatIssue(i, t));
  return found.length > 0 ? found.join('; ') : undefined;
}
