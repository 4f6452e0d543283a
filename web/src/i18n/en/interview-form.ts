import { catalog } from '../catalog.js';

/**
 * The dialogs that write an interview: Create interview, Reschedule, Change interviewers, Resend
 * Invites, and their fields (candidate, interviewers, when, where, local times, Find a time).
 */
export const interviewForm = catalog('interview-form', {
  'dialog.close': 'Close',

  'create.title': 'Create interview',
  'create.save': 'Save interview',
  'create.failed': 'Could not create the interview',
  'create.done': 'Interview created',
  'create.doneMessage': '{title}: now choose the invites to send.',
  'create.firstNameMissing': 'Enter a first name',
  'create.lastNameMissing': 'Enter a last name',
  'create.emailMissing': 'Enter an email address',
  'create.emailWrong': 'Enter an email address like name@example.com',
  'create.candidateMissing': 'Choose a candidate or add a new one',
  'create.interviewersMissing': 'Choose at least one',
  'create.titleMissing': 'Enter a title',

  'candidate.legend': 'New candidate',
  'candidate.firstName': 'First name',
  'candidate.lastName': 'Last name',
  'candidate.email': 'Candidate email',
  'candidate.zone': 'Candidate time zone',
  'candidate.zonePlaceholder': 'Unknown: use the interview’s',
  'candidate.language': 'Candidate language',
  'candidate.languageHint': 'Of their emails and Interview Link page. {hint}',
  'candidate.someone': 'A candidate',
  'candidate.existsTitle': 'This email belongs to an existing candidate',
  'candidate.exists':
    '{name} already has this email address. Use them for this interview, or enter another address.',
  'candidate.use': 'Use {name}',
  'candidate.back': 'Choose an existing candidate instead',

  'picker.candidate': 'Candidate',
  'picker.candidates': 'Candidates',
  'picker.placeholder': 'Type a name or email',
  'picker.searching': 'Searching',
  'picker.addNew': '+ Add new candidate',
  'picker.interviewers': 'Interviewers',
  'picker.searchingNow': 'Searching…',
  'picker.nobody': 'Nobody by that name',
  'picker.noActive': 'No active users',

  'fields.title': 'Interview title',
  'fields.titlePlaceholder': 'e.g. Technical interview',
  'fields.jobTitle': 'Job title',
  'fields.optional': 'Optional',
  'fields.findTime': 'Find a time',
  'fields.findTimeHint': 'Choose interviewers to see when they are all free',
  'fields.notes': 'Notes',
  'fields.notesPlaceholder': 'Shown to every participant',
  'fields.location': 'Location',
  'fields.locationPlaceholder': 'e.g. Berlin office, room 3',
  'fields.meetingLink': 'Meeting link',
  'fields.meetingLinkPlaceholder': 'https://…',
  'fields.meetingLinkWrong': 'Enter a web address that starts with https://',

  'when.date': 'Date',
  'when.pickDate': 'Pick a date',
  'when.startTime': 'Start time',
  'when.startTimeMissing': 'Enter a start time',
  'when.duration': 'Duration (minutes)',
  'when.durationWrong': 'From 5 to 1440 minutes',
  'when.zone': 'Time zone',
  'when.zoneMissing': 'Pick a time zone',
  'when.yourZone': 'That is {when} in your time zone ({zone}).',

  'local.title': 'Local times',
  'local.line': '{name}: {start}–{end} ({zone})',
  'local.outside': 'Outside working hours',

  'find.title': 'Find a time',
  'find.intro':
    'When {count, plural, one {the interviewer is} other {all # interviewers are}} free for {minutes} minutes: inside their working hours, clear of their calendars and other interviews. Times in {zone}.',
  'find.previous': 'Previous week',
  'find.this': 'This week',
  'find.next': 'Next week',
  'find.loading': 'Finding free times',
  'find.none': 'No time this week when everyone is free. Try the next week, or fewer interviewers.',
  'find.notWorking': '{name}: not working',
  'find.busy': '{name}: busy {times}',

  'free.notReady':
    'Choose the interviewers and the days to see how many free times the candidate will have.',
  'free.error': 'Free times could not be counted: {error}',
  'free.counting': 'Counting free times…',
  'free.noneTitle': 'No free time in this window',
  'free.none':
    'Every interviewer is busy or outside working hours for all of it: the candidate would have nothing to pick. Add days, shorten the interview or change the interviewers.',
  'free.count':
    '{count, plural, one {# free time} other {# free times}} in this window when every interviewer is free, as of now.',
  'free.many':
    '{most} or more free times in this window when every interviewer is free, as of now.',

  'reschedule.title': 'Reschedule interview',
  'reschedule.sentHint':
    'Invites were sent: everyone gets an update of the same calendar event, and a new time or place asks them to confirm again.',
  'reschedule.failed': 'Not rescheduled',
  'reschedule.save': 'Save new time',
  'reschedule.done': 'Interview rescheduled',
  'reschedule.doneSent': 'Participants get a calendar update and are asked to confirm again.',
  'reschedule.doneUnsent': 'The new time is saved.',

  'resend.title': 'Resend Invites',
  'resend.hint':
    'Recipients get the same calendar event again, never a duplicate; confirmations are kept.',
  'resend.failed': 'Not resent',
  'resend.to': 'Send to',
  'resend.all': 'All participants ({count})',
  'resend.pending': 'Pending only ({count})',
  'resend.chosen': 'Chosen participants',
  'resend.participants': 'Participants',
  'resend.person':
    '{name} ({role, select, candidate {candidate} other {interviewer}}, {attendance, select, confirmed {confirmed} declined {declined} other {pending}})',
  'resend.send': 'Resend Invites',
  'resend.done': 'Invites resent',
  'resend.doneMessage':
    '{count, plural, one {# participant gets} other {# participants get}} the invite again, as an update of the same calendar event.',

  'panel.title': 'Change interviewers',
  'panel.hint': '{title} · the time and place stay as they are.',
  'panel.failed': 'Interviewers not changed',
  'panel.interviewersMissing': 'Choose at least one interviewer',
  'panel.whatHappens': 'What happens',
  'panel.whenYouSave': 'What happens when you save',
  'panel.added': '{name}: {sent, select, yes {gets an invite to confirm} other {joins the panel}}',
  'panel.removed':
    '{name}: {sent, select, yes {gets a cancellation; the event leaves their calendar} other {leaves the panel}}',
  'panel.kept': '{name}: no message, their answer stands',
  'panel.save': 'Save interviewers',
  'panel.done': 'Interviewers changed',
  'panel.doneSent': 'New interviewers get an invite; removed ones get a cancellation.',
  'panel.doneUnsent': 'The new panel is saved.',
});
