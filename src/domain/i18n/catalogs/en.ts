/**
 * Everything Convene itself writes to participants, in English: the recipient pages and the
 * emails' own wording (coordinators write the rest, in templates). ICU MessageFormat; `<b>` marks
 * emphasis. Every other catalog has exactly these keys with the same arguments (catalogs.test.ts).
 *
 * Email messages take their arguments from a fixed list (email-wording.ts): firstName, person,
 * title, date, time, duration, link, schedulingLink, interviewers, candidate, reason.
 */
export const en = {
  // Every recipient page
  'page.title': '{page} · {company}',
  'page.personal': 'This link is personal to you. Please do not forward it.',

  // The link does not open an interview
  'notFound.heading': 'This link is not valid',
  'notFound.label': 'What to do',
  'notFound.why': 'The link may be incomplete, or it may have been replaced by a newer invitation.',
  'notFound.todo':
    'Please open the link in the most recent email you received about your interview, or contact the person who invited you.',

  // Interview Details (the Interview Link)
  'details.heading': 'Interview Details',
  'details.greeting.candidate': 'Hello {name}, {company} has invited you to an interview.',
  'details.greeting.interviewer':
    'Hello {name}, you are invited to interview a candidate for {company}.',
  'details.when': 'When',
  'details.where': 'Where',
  'details.who': 'Who',
  'details.notes': 'Notes',
  'details.organizer': 'Organizer',
  'details.role.candidate': 'Candidate',
  'details.role.interviewer': 'Interviewer',
  'details.yourTime': '{time} your time ({zone})',
  'details.about': 'About the interview',

  // Add to calendar (the participant's own event, or a web calendar's new-event page)
  'calendar.heading': 'Add to calendar',
  'calendar.file': 'Calendar file (.ics)',
  'calendar.google': 'Google Calendar',
  'calendar.outlook': 'Outlook on the web',
  // After a Confirm, Decline or change
  'notice.confirmed': 'Thank you. Your attendance is confirmed.',
  'notice.declined': 'Thank you. The organizer has been told that you cannot attend.',
  'notice.already': 'You had already sent this reply, so nothing has changed.',
  'notice.rescheduled':
    'Your interview has moved to the new time. Everyone has been sent the update.',
  'notice.cancelled': 'Your interview is cancelled. Everyone invited has been told.',
  'notice.proposed': 'Thank you. The organizer has your proposed times and will get back to you.',

  // Your attendance
  'reply.heading': 'Your attendance',
  'reply.closed.cancelled': 'This interview has been cancelled. You do not need to reply.',
  'reply.closed.past': 'This interview has already taken place, so replies are closed.',
  'reply.confirmed': 'You have confirmed your attendance.',
  'reply.allConfirmed': 'Everyone has confirmed: the interview is on.',
  'reply.declined': 'You declined this interview.',
  'reply.declinedBecause': 'You declined: {reason}',
  'reply.pending': 'Please confirm that you will attend.',
  'reply.changedMind': 'Changed your mind? You can still confirm.',
  'reply.confirm': 'Confirm',
  'reply.cantMakeIt': 'Can’t make it?',
  'reply.cantMakeItAfterAll': 'Can’t make it after all?',
  'reply.reason': 'Reason (optional)',
  'reply.reasonHint': 'The organizer will see your reason.',
  'reply.decline': 'Decline',
  'reply.propose': 'Propose other times instead',

  // Need another time? (the candidate's own changes)
  'changes.heading': 'Need another time?',
  'changes.contact': 'please contact {name} ({email})',
  'changes.until':
    '{hours, plural, =0 {until the start} one {until # hour before the start} other {until # hours before the start}}',
  'changes.open': 'You can move or cancel this interview {until}.',
  'changes.closed': 'Changes are possible {until}. To change anything now, {contact}.',
  'changes.limit':
    'You have already moved this interview as often as allowed. To move it again, {contact}.',
  'changes.disabled': 'To move it, {contact}.',
  'changes.choose': 'Choose another time',
  'changes.left': 'You can move it {count, plural, one {once} =2 {twice} other {# times}} more.',
  'changes.cancel': 'Cancel the interview',

  // Cancel your interview?
  'cancel.heading': 'Cancel your interview?',
  'cancel.why': 'Why do you cancel?',
  'cancel.reason': 'Reason (required)',
  'cancel.hint':
    'Everyone invited gets a cancellation, and the organizer sees your reason. This cannot be undone.',
  'cancel.problem': 'Please write your reason, in at most {max} characters.',
  'cancel.keep': 'Keep my interview',

  // Choosing a time: zones and free times
  'zone.shownIn': 'Times are shown in',
  'zone.show': 'Show times',
  'zone.another': 'Another time zone',
  'zone.heading': 'Choose your time zone',
  'zone.label': 'Time zone',
  'slots.heading': 'Free times ({zone})',
  'slots.more': 'More times',
  'slots.earliest': 'Earliest times',
  'slots.later': 'Later times',
  'slots.taken': 'Sorry, that time was just taken. Please choose another one below.',

  // The scheduling page (a candidate picks their time)
  'scheduling.heading': 'Choose your interview time',
  'scheduling.greeting': 'Hello {name}, {company} invites you to pick a time for your interview.',
  'scheduling.duration': 'Duration',
  'scheduling.video': 'Video call',
  'scheduling.hint': 'Choose one; it is booked at once and you get an email with the details.',
  'scheduling.booked':
    'You have booked your interview. The confirmation email we sent you has your Interview Details link.',
  'scheduling.cancelled': 'This request has been withdrawn. Please contact the person who sent it.',
  'scheduling.expired':
    'The time for choosing has passed. Please contact the person who sent this request.',
  'scheduling.problem':
    'Sorry, that time could not be booked. Please contact the person who sent this request.',
  'scheduling.none': 'No free times are left. Please contact the person who sent this request.',

  // Choose a new time (the candidate moves their interview)
  'reschedule.heading': 'Choose a new time',
  'reschedule.greeting': 'Hello {name}, you can move your interview to any of the times below.',
  'reschedule.now': 'Now',
  'reschedule.left':
    'You can move it {count, plural, one {once} =2 {twice} other {# times}} more, {until}.',
  'reschedule.hint': 'Choose one; your interview moves at once and everyone gets the new time.',
  'reschedule.none': 'No other time is free for everyone. To find one, {contact}.',
  'reschedule.keep': 'Keep the current time',

  // Propose other times
  'propose.heading': 'Propose other times',
  'propose.intro':
    '{title} is now {when}. If that does not suit you, propose up to three other times; the organizer will choose one or get back to you.',
  'propose.zone': 'Times in {zone}; each lasts as long as the interview.',
  'propose.first': 'First choice',
  'propose.second': 'Second choice (optional)',
  'propose.third': 'Third choice (optional)',
  'propose.note': 'Note for the organizer (optional)',
  'propose.send': 'Send proposed times',
  'propose.back': 'Back to Interview Details',
  'propose.issue.none': 'Please choose at least one time.',
  'propose.issue.invalid': 'This is not a date and time.',
  'propose.issue.past': 'This time is in the past.',
  'propose.issue.current': 'This is the interview’s current time.',
  'propose.issue.twice': 'This time is proposed twice.',

  // Emails: their subjects and Convene's own lines
  'email.hello': 'Hello {firstName},',
  'email.updated': 'Updated: {subject}',
  'email.reminder': 'Reminder: {subject}',
  'email.cancelled.subject': 'Cancelled: {title}, {date}',
  'email.cancelled.body':
    'The interview <b>{title}</b> on {date} at {time} has been cancelled. If your calendar added it, it will now remove it.',
  'email.removed.subject': 'No longer needed: {title}, {date}',
  'email.removed.body':
    'You are no longer on the panel for <b>{title}</b> on {date} at {time}. If your calendar added it, it will now remove it; nothing else is needed from you.',
  'email.proposalDeclined.subject': 'Proposed time not possible: {title}',
  'email.proposalDeclined.body':
    'Thank you for proposing another time for <b>{title}</b>. It is not possible, so the interview stays on {date} at {time}. Please open your Interview Link to confirm that time, or reply to this email if it does not suit you.',
  'email.pending.subject': 'Reminder: please answer: {title}, {date}',
  'email.pending.body':
    'We have not heard from you yet about <b>{title}</b> on {date} at {time}. Please confirm or decline: {link}',
  'email.upcoming.subject': 'Reminder: {title}, {date} at {time}',
  'email.upcoming.body': 'A reminder of <b>{title}</b> on {date} at {time}.',
  'email.upcoming.details': 'Details: {link}',
  'email.choose.subject': 'Please choose a time: {title}',
  'email.choose.body':
    'Please choose a time for <b>{title}</b> ({duration}) with {interviewers}: {schedulingLink}',

  // An update's opening lines: what changed, and whether to confirm again
  'update.changed': 'This interview has changed.',
  'update.when': 'When',
  'update.where': 'Where',
  'update.video': 'Video link',
  'update.none': 'none',
  'update.details': 'Its details were updated.',
  'update.youChose': 'You chose this new time, so your attendance is confirmed.',
  'update.candidateChose': 'The candidate chose this new time.',
  'update.confirmAgain':
    '<b>Please confirm again</b>: open your Interview Link below and press Confirm (or Decline).',
  'update.stands': 'Your earlier answer still stands.',

  // Notices to the coordinator who organized the interview
  'organizer.scheduled.subject': 'Interview Scheduled: {title} with {candidate}, {date}',
  'organizer.scheduled.body':
    'Everyone has confirmed <b>{title}</b> with {candidate}. The interview is scheduled.',
  'organizer.declined.subject': 'Needs attention: {person} declined {title}, {date}',
  'organizer.declined.body': '<b>{person}</b> declined <b>{title}</b> with {candidate}.',
  'organizer.rescheduled.subject': 'Moved by the candidate: {title} with {candidate}, now {date}',
  'organizer.rescheduled.body':
    '{candidate} moved <b>{title}</b> to a new time from their Interview Link. Everyone has been sent the update; the interviewers are asked to confirm again.',
  'organizer.cancelled.subject': 'Cancelled by the candidate: {title} with {candidate}, {date}',
  'organizer.cancelled.body':
    '{candidate} cancelled <b>{title}</b> from their Interview Link. Everyone invited has been sent the cancellation.',
  'organizer.reason': 'Reason: {reason}',
  'organizer.noReason': 'none given',
  'organizer.when': 'When: {date}, {time}, {duration}',
  'organizer.open': 'Open the interview in Convene: {link}',
} as const;

export type MessageKey = keyof typeof en;

/** One catalog: a message in ICU MessageFormat for every key of the English one. */
export type Catalog = Readonly<Record<MessageKey, string>>;
