import { catalog } from '../catalog.js';

/** Send Invites for one interview or many at once: choosing, editing and previewing invites. */
export const invites = catalog('invites', {
  'send.title': 'Send Invites',
  'send.discardTitle': 'Discard your edits?',
  'send.discardText':
    'The changes you made to the invites for this interview are not saved anywhere.',
  'send.discard': 'Discard edits',
  'send.keepEditing': 'Keep editing',
  'send.chooseBoth': 'Choose both invites first.',
  'send.sent':
    '{count, plural, one {Invites sent to # participant} other {Invites sent to # participants}}',
  'send.loading': 'Loading the interview',
  'send.confirmedTitle': 'Everyone has already confirmed',
  'send.confirmedText':
    'Sending invites again gives every participant another email for the same calendar event. To nudge only some people, use Resend Invites on the interview’s page.',
  'send.notSent': 'The invites were not sent',
  'send.cancel': 'Cancel',
  'send.act': 'Send Invites',

  'section.candidate': 'Candidate Message',
  'section.interviewer': 'Interviewer Message',
  'section.candidateBody': 'Candidate message body',
  'section.interviewerBody': 'Interviewer message body',
  'section.preview': 'Preview',
  'section.edit': 'Edit communication',
  'section.previewNeedsOther': 'Preview needs an invite for the other audience too.',
  'section.otherLanguages':
    'Also written in {languages}: recipients who read one of these get the template’s wording in it, without edits made here.',

  'field.candidate': 'Candidate Invite',
  'field.interviewer': 'Interviewer Invite',
  'field.noCandidate': 'No Candidate Invite',
  'field.noInterviewer': 'No Interviewer Invite',
  'field.noTemplates':
    'No invite templates contain the Interview Link token — create one under <link>Configure Communications</link>',

  'preview.nobody': 'Nobody on this interview receives this message.',
  'preview.whichCandidate': 'Preview for which candidate',
  'preview.whichInterviewer': 'Preview for which interviewer',
  'preview.to': 'To: {name} <{email}>',
  'preview.zone': 'Times shown in {zone}',
  'preview.language': 'Written in {language}',
  'preview.subject': 'Subject:',
  'preview.candidateFrame': 'Candidate message preview for {name}',
  'preview.interviewerFrame': 'Interviewer message preview for {name}',

  'bulk.intro':
    'Invites for {total, plural, one {# interview} other {# interviews}}, each sent as Send Invites sends it: one invite for the candidate, one for each interviewer.',
  'bulk.chosen': 'Interviews chosen',
  'bulk.more': 'and {count} more',
  'bulk.resentTitle': 'Some were sent invites before',
  'bulk.resentText':
    '{resent, plural, one {# of these interviews} other {# of these interviews}} already had invites: their participants get another email for the same calendar event.',
  'bulk.sending': 'Sending invites',
  'bulk.sent': 'Sent {sent} of {total}',
  'bulk.progress':
    'Sent {sent} of {total}{skipped, plural, =0 {} other { ({skipped} skipped)}}{stopping, select, yes { — stopping after this batch} other {}}',
  'bulk.stopped': 'Sending stopped',
  'bulk.done': 'Done',
  'bulk.act': 'Send Invites ({total})',

  'summary.title':
    '{sent} sent{skipped, plural, =0 {} other {, {skipped} skipped}}{untried, plural, =0 {} other {, {untried} not sent}}',
  'summary.anInterview': 'An interview',
  'summary.skipped': 'Skipped interviews',
  'summary.stopped':
    'Sending stopped before {untried, plural, one {# interview} other {# interviews}}: they keep their status, choose them again to send.',
  'summary.allSent': 'Every participant is being sent their invite.',

  'skip.notFound': 'It could not be found: it may no longer exist, or you may not see it.',
  'skip.invalid': 'Its invites could not be written: {message}',
  'skip.forbidden': 'You may not send invites for it.',
});
