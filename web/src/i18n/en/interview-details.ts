import { catalog } from '../catalog.js';

/** Interview Details: the page, its summary, participants, proposed times, conflicts, timeline. */
export const interviewDetails = catalog('interview-details', {
  'page.back': '← Manage Interviews',
  'page.title': 'Interview Details',
  'page.notFound': 'Interview not found',
  'page.notFoundHint': 'It may have been removed, or the link is wrong.',
  'page.loadError': 'Could not load the interview',
  'page.with': 'with {candidate}',
  'page.sendInvites': 'Send Invites',
  'page.resendInvites': 'Resend Invites',
  'page.reschedule': 'Reschedule',
  'page.changePanel': 'Change interviewers',
  'page.cancel': 'Cancel interview',
  'page.refreshError': 'Could not refresh: {error}. Showing what was loaded last.',
  'page.participants': 'Participants',
  'page.timeline': 'Timeline',

  'summary.when': 'When',
  'summary.interviewZone': '{range} (interview’s zone)',
  'summary.where': 'Where',
  'summary.notSet': 'Not set',
  'summary.job': 'Job',
  'summary.notes': 'Notes',

  'participants.participant': 'Participant',
  'participants.role': 'Role',
  'participants.attendance': 'Attendance',
  'participants.lastMessage': 'Last message',
  'participants.candidate': 'Candidate',
  'participants.interviewer': 'Interviewer',
  'participants.nothingSent': 'Nothing sent yet',
  'participants.sentAt': 'Sent {when}',
  'participants.queuedAt': 'Queued {when}',
  'participants.attempts': '{attempts, plural, one {# attempt} other {# attempts}}',
  'participants.localTime': 'Local time: {start}–{end}',
  'participants.outsideHours': 'Outside working hours',
  'attendance.pending': 'Pending',
  'attendance.confirmed': 'Confirmed',
  'attendance.declined': 'Declined',
  'delivery.queued': 'Queued',
  'delivery.sending': 'Sending',
  'delivery.sent': 'Sent',
  'delivery.failed': 'Failed',

  'proposals.title': 'Proposed times',
  'proposals.loadError': 'Could not load proposed times',
  'proposals.someone': 'A participant',
  'proposals.from': '{name}, {via, select, calendar {from their calendar} other {on their page}}',
  'proposals.fromComment':
    '{name}, {via, select, calendar {from their calendar} other {on their page}}: “{comment}”',
  'proposals.accept': 'Accept',
  'proposals.acceptLabel': 'Accept {when}, proposed by {name}',
  'proposals.decline': 'Decline',
  'proposals.declineLabel': 'Decline {when}, proposed by {name}',
  'proposals.accepted': 'Interview rescheduled',
  'proposals.acceptedMessage': 'Everyone gets an update and is asked to confirm again.',
  'proposals.acceptError': 'Could not accept the proposed time',
  'proposals.declined': 'Proposed time declined',
  'proposals.declinedMessage': 'Its author’s calendar is told.',
  'proposals.declineError': 'Could not decline the proposed time',

  'conflicts.title': 'Conflicts',
  'conflicts.someone': 'An interviewer',
  'conflicts.line':
    '{name} is {reason, select, calendar {busy in their calendar} other {on another interview}} {when}',

  'timeline.none': 'Nothing has happened yet.',
  'event.someone': 'Someone',
  'event.someoneLower': 'someone',
  'event.formerParticipant': 'a former participant',
  'event.aParticipant': 'a participant',
  'event.participants': '{count, plural, one {# participant} other {# participants}}',
  'event.and': '{list} and {last}',
  'event.quoted': '{text}: “{quote}”',
  'event.created': '{who} created the interview',
  'event.invitesSent': '{who} sent invites to {to}',
  'event.invitesResent': '{who} resent invites to {to}',
  'event.opened': '{who} opened their Interview Link',
  'event.confirmed': '{who} confirmed{via, select, calendar { from their calendar} other {}}',
  'event.declined': '{who} declined{via, select, calendar { from their calendar} other {}}',
  'event.proposed':
    '{who} proposed {count, plural, one {another time} other {# other times}}{via, select, calendar { from their calendar} other {}}',
  'event.proposalDeclined':
    '{who} declined {author}’s proposed time{told, select, yes { (their calendar was told)} other {}}',
  'event.tentative': '{who} answered “maybe” from their calendar (still pending)',
  'event.tentativeComment':
    '{who} answered “maybe” from their calendar: “{comment}” (still pending)',
  'event.replyIgnored': 'A calendar {answer} from {attendee} was ignored: {reason}',
  'event.replyIgnoredInvite':
    'A calendar {answer} from {attendee} to {invitee}’s invite was ignored: {reason}',
  'event.answer': 'answer',
  'event.noReason': 'no reason given',
  'event.reminder': 'Reminder queued for {to}',
  'event.delivered':
    '{kind, select, invite {Invite} update {Update} cancel {Cancellation} notice {Notice} reminder {Reminder} declinecounter {Refusal of a proposed time} other {Message}} to {to} delivered',
  'event.failed':
    '{attempts, plural, =0 {Message to {to} failed: {error}} one {Message to {to} failed after # attempt: {error}} other {Message to {to} failed after # attempts: {error}}}',
  'event.unknownError': 'unknown error',
  'event.statusChanged': 'Status changed from {from} to {to}',
  'event.rescheduled':
    '{who} rescheduled the interview{proposed, select, yes { to a proposed time} other {}}{notified, plural, =0 {} one { and notified # participant} other { and notified # participants}}',
  'event.panelChanged': '{who} changed the interviewers: {changes}',
  'event.added': 'added {names}',
  'event.removed': 'removed {names}',
  'event.edited':
    '{who} edited the interview{notified, plural, =0 {} one { and notified # participant} other { and notified # participants}}',
  'event.editedFields':
    '{who} edited the interview ({fields}){notified, plural, =0 {} one { and notified # participant} other { and notified # participants}}',
  'event.cancelled':
    '{who} cancelled the interview{notified, plural, =0 {} one { and notified # participant} other { and notified # participants}}',
  'event.cancelledReason':
    '{who} cancelled the interview: “{reason}”{notified, plural, =0 {} one { and notified # participant} other { and notified # participants}}',
  'event.other': '{who}: {type}',
});
