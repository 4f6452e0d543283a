/**
 * The Ask candidate to pick a time form's values, its own checks and the request it sends
 * (POST /scheduling-requests, DESIGN §9); the form is components/AskCandidateModal.tsx.
 */
import type { FormErrors } from '@mantine/form';
import type { WhereValue } from './components/InterviewDetailsFields.js';
import type { NewCandidate } from './components/NewCandidateFields.js';
import type { RequestTemplates } from './components/RequestTemplateFields.js';
import { checkWindow, type WindowDays, windowToIso } from './scheduling-window.js';
import { isOfferedZone } from './time-zones.js';
import type { Candidate } from './types.js';

export interface RequestValues extends NewCandidate, WhereValue, WindowDays, RequestTemplates {
  /** An existing candidate, picked in the type-ahead. */
  candidate: Candidate | null;
  /** True while a new candidate is being added instead. */
  adding: boolean;
  interviewerIds: string[];
  title: string;
  durationMinutes: number | string;
  /** The interview's zone, for its invites; the window's days are in the user's own. */
  timeZone: string;
}

/** The API's names for fields this form shows under other names. */
export const REQUEST_FIELDS = {
  candidateId: 'candidate',
  from: 'fromDate',
  to: 'toDate',
  requestTemplateId: 'requestTemplate',
  'candidate.templateId': 'candidateTemplate',
  'interviewer.templateId': 'interviewerTemplate',
};

/** A new candidate is added first, on its own: POST /candidates names its fields so. */
export const NEW_CANDIDATE_FIELDS = {
  email: 'candidateEmail',
  timeZone: 'candidateTimeZone',
  locale: 'candidateLocale',
};

// The browser's own check of an address; the server's is the final word.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** What must be there before anything is sent (all of it at once); the server checks the rest. */
export function checkRequest(v: RequestValues, today: string): FormErrors {
  const errors: FormErrors = { ...checkWindow(v, today) };
  if (v.adding) {
    if (!v.firstName.trim()) errors.firstName = 'Enter a first name';
    if (!v.lastName.trim()) errors.lastName = 'Enter a last name';
    if (!EMAIL.test(v.candidateEmail.trim())) {
      errors.candidateEmail = 'Enter an email address like name@example.com';
    }
  } else if (!v.candidate) errors.candidate = 'Choose a candidate or add a new one';
  if (v.interviewerIds.length === 0) errors.interviewerIds = 'Choose at least one';
  if (!v.title.trim()) errors.title = 'Enter a title';
  const minutes = Number(v.durationMinutes);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 480) {
    errors.durationMinutes = 'From 5 to 480 minutes';
  }
  if (!isOfferedZone(v.timeZone)) errors.timeZone = 'Pick a time zone';
  if (!v.requestTemplate) errors.requestTemplate = 'Choose the request email';
  if (!v.candidateTemplate) errors.candidateTemplate = 'Choose a Candidate Invite';
  if (!v.interviewerTemplate) errors.interviewerTemplate = 'Choose an Interviewer Invite';
  return errors;
}

/** The request as the API takes it; the window's days become instants in `userZone`. */
export function requestPayload(v: RequestValues, candidateId: string, userZone: string) {
  const window = windowToIso(v, userZone);
  return {
    candidateId,
    interviewerIds: v.interviewerIds,
    title: v.title.trim(),
    durationMinutes: Number(v.durationMinutes),
    from: window?.from,
    to: window?.to,
    timeZone: v.timeZone,
    location: v.location.trim() || null,
    meetingUrl: v.meetingUrl.trim() || null,
    requestTemplateId: v.requestTemplate?.id,
    candidate: { templateId: v.candidateTemplate?.id },
    interviewer: { templateId: v.interviewerTemplate?.id },
  };
}
