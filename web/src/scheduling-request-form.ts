/**
 * The Ask candidate to pick a time form's values, its own checks and the request it sends
 * (POST /scheduling-requests, DESIGN §9); the form is components/AskCandidateModal.tsx.
 */
import type { FormErrors } from '@mantine/form';
import type { WhereValue } from './components/InterviewDetailsFields.js';
import type { NewCandidate } from './components/NewCandidateFields.js';
import type { RequestTemplates } from './components/RequestTemplateFields.js';
import type { scheduling } from './i18n/en/scheduling.js';
import type { Translate } from './i18n/text.js';
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
export function checkRequest(
  v: RequestValues,
  today: string,
  t: Translate<typeof scheduling>,
): FormErrors {
  const errors: FormErrors = { ...checkWindow(v, today, t) };
  if (v.adding) {
    if (!v.firstName.trim()) errors.firstName = t('check.firstName');
    if (!v.lastName.trim()) errors.lastName = t('check.lastName');
    if (!EMAIL.test(v.candidateEmail.trim())) errors.candidateEmail = t('check.email');
  } else if (!v.candidate) errors.candidate = t('check.candidate');
  if (v.interviewerIds.length === 0) errors.interviewerIds = t('check.interviewers');
  if (!v.title.trim()) errors.title = t('check.title');
  const minutes = Number(v.durationMinutes);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 480) {
    errors.durationMinutes = t('check.duration');
  }
  if (!isOfferedZone(v.timeZone)) errors.timeZone = t('check.timeZone');
  if (!v.requestTemplate) errors.requestTemplate = t('check.requestTemplate');
  if (!v.candidateTemplate) errors.candidateTemplate = t('check.candidateTemplate');
  if (!v.interviewerTemplate) errors.interviewerTemplate = t('check.interviewerTemplate');
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
