import {
  choosePresentation,
  formatDate,
  formatDuration,
  formatList,
  formatTime,
} from './template-dates.js';
import type { TokenValues } from './template-tokens.js';

/** Everything one recipient's tokens are computed from; optional data may be absent or null. */
export interface TokenContext {
  interview: {
    title: string;
    /** The UTC instant the interview starts. */
    startsAt: Date;
    durationMinutes: number;
    /** The interview's own IANA zone, used when the recipient has none. */
    timeZone: string;
    location?: string | null;
    meetingUrl?: string | null;
    notes?: string | null;
  };
  candidate: { firstName: string; lastName: string };
  /** Users carry one `name`; candidates also pass `firstName` so it is not guessed. */
  recipient: {
    name: string;
    firstName?: string | null;
    timeZone?: string | null;
    locale?: string | null;
  };
  interviewers: readonly string[];
  jobTitle?: string | null;
  organizer: { name: string; email: string };
  companyName: string;
  /** The recipient's personal Interview Link. */
  link: string;
  /** The candidate's scheduling page, in a scheduling request's email; absent elsewhere. */
  schedulingLink?: string;
}

/**
 * Every token's value for one recipient, as plain text (escaping is the renderer's job). Dates
 * and times are in the recipient's zone and locale; missing optional data renders as ''.
 */
export function buildTokenValues(context: TokenContext): TokenValues {
  const { interview, candidate, recipient } = context;
  const shown = choosePresentation(interview.timeZone, recipient.timeZone, recipient.locale);
  const endsAt = new Date(interview.startsAt.getTime() + interview.durationMinutes * 60_000);
  return {
    'interview.link': context.link,
    'scheduling.link': context.schedulingLink ?? '',
    'interview.title': interview.title,
    'interview.date': formatDate(interview.startsAt, shown),
    'interview.time': formatTime(interview.startsAt, shown),
    'interview.end_time': formatTime(endsAt, shown),
    'interview.timezone': shown.timeZone,
    'interview.duration': formatDuration(interview.durationMinutes, shown.locale),
    'interview.location': interview.location ?? '',
    'interview.meeting_url': interview.meetingUrl ?? '',
    'interview.notes': interview.notes ?? '',
    'candidate.first_name': candidate.firstName,
    'candidate.last_name': candidate.lastName,
    'candidate.full_name': fullName(candidate.firstName, candidate.lastName),
    'recipient.first_name': recipient.firstName?.trim() || firstWord(recipient.name),
    'recipient.full_name': recipient.name.trim(),
    'interviewers.names': formatList(
      context.interviewers.map((n) => n.trim()).filter(Boolean),
      shown.locale,
    ),
    'job.title': context.jobTitle ?? '',
    'organizer.name': context.organizer.name,
    'organizer.email': context.organizer.email,
    'company.name': context.companyName,
  };
}

function fullName(first: string, last: string): string {
  return [first, last]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

// A user has a single name field; its first word is the best available "first name".
function firstWord(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
