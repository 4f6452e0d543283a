import { catalog } from '../catalog.js';

/** Scheduling requests: their list, and Ask candidate to pick a time with its checks. */
export const scheduling = catalog('scheduling', {
  'page.title': 'Scheduling requests',
  'page.ask': 'Ask candidate to pick a time',
  'page.intro':
    'Candidates you asked to pick their interview time from when the interviewers are free, newest first. A booked request opens its interview.',
  'page.status': 'Status',
  'page.allStatuses': 'All statuses',
  'page.loadError': 'Could not load scheduling requests',
  'page.retry': 'Try again',
  'page.noneWithStatus':
    '{status, select, sent {No sent requests} opened {No opened requests} booked {No booked requests} expired {No expired requests} other {No cancelled requests}}',
  'page.none': 'No scheduling requests yet',
  'page.showAll': 'Show all requests',
  'page.askFirst': 'Ask the first candidate to pick a time',
  'page.pages': 'Scheduling requests',

  'status.sent': 'Sent',
  'status.opened': 'Opened',
  'status.booked': 'Booked',
  'status.expired': 'Expired',
  'status.cancelled': 'Cancelled',

  'table.label': 'Scheduling requests',
  'table.candidate': 'Candidate',
  'table.interview': 'Interview',
  'table.interviewers': 'Interviewers',
  'table.days': 'Days offered ({zone})',
  'table.status': 'Status',
  'table.openLabel': 'Open interview with {candidate}',
  'table.open': 'Open interview',
  'table.cancelLabel': 'Cancel the request to {candidate}',
  'table.cancel': 'Cancel',
  'cancel.done': 'Request cancelled',
  'cancel.doneText': '{candidate} can no longer pick a time for {title}.',
  'cancel.failed': 'Could not cancel the request',
  'cancel.title': 'Cancel this scheduling request?',
  'cancel.text':
    '{candidate} will no longer be able to pick a time for {title}: their page will say the request was withdrawn. Nobody else is notified.',
  'cancel.confirm': 'Cancel request',
  'cancel.keep': 'Keep request',

  'ask.title': 'Ask candidate to pick a time',
  'ask.sent': 'Scheduling request sent',
  'ask.sentText': '{candidate} has been emailed a link to pick a time for {title}.',
  'ask.notSent': 'Could not send the request',
  'ask.interviewTitle': 'Interview title',
  'ask.interviewTitlePlaceholder': 'e.g. Technical interview',
  'ask.duration': 'Duration (minutes)',
  'ask.timeZone': 'Interview time zone',
  'ask.close': 'Close',
  'ask.send': 'Send request',

  'window.first': 'First day',
  'window.last': 'Last day',
  'window.pick': 'Pick a date',
  'window.hint':
    'Whole days in your time zone ({zone}), at most {max}; the candidate is offered the times in them when every interviewer is free.',

  'emails.legend': 'Emails',
  'emails.intro':
    'The request email goes out now with the candidate’s personal link to pick a time; the invites go out once they have picked one.',
  'emails.noRequest': 'No request email',
  'emails.noRequestText':
    'No candidate template contains the Scheduling Link token — create one under <link>Configure Communications</link>',
  'emails.request': 'Request email',

  'check.firstName': 'Enter a first name',
  'check.lastName': 'Enter a last name',
  'check.email': 'Enter an email address like name@example.com',
  'check.candidate': 'Choose a candidate or add a new one',
  'check.interviewers': 'Choose at least one',
  'check.title': 'Enter a title',
  'check.duration': 'From 5 to 480 minutes',
  'check.timeZone': 'Pick a time zone',
  'check.requestTemplate': 'Choose the request email',
  'check.candidateTemplate': 'Choose a Candidate Invite',
  'check.interviewerTemplate': 'Choose an Interviewer Invite',
  'check.firstDay': 'Pick the first day',
  'check.lastDay': 'Pick the last day',
  'check.inOrder': 'Pick a day on or after the first',
  'check.notOver': 'Pick a day from today on',
  'check.atMost': 'Pick at most {max} days',
});
