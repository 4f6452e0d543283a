import type { CandidatesTable, InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { type RenderedMessage, renderTemplate } from '../domain/template-render.js';
import { buildTokenValues } from '../domain/template-values.js';
import type { MailSettings } from '../mail/mail-settings.js';

/** Everything one interview's messages are rendered from. */
export interface MessageContext {
  interview: InterviewsTable;
  candidate: Pick<CandidatesTable, 'first_name' | 'last_name'>;
  participants: ParticipantsTable[];
  /** The SEQUENCE each participant was last sent (loadSentSequences); absent: none yet. */
  sentSequences: ReadonlyMap<string, number>;
  /** Who sends: the calendar's organizer name in the text, and the Reply-To. */
  organizer: { name: string; email: string };
  settings: MailSettings;
}

// Cancellations are not written by coordinators: the wording is Convene's, rendered through the
// same function as every template so escaping and zones are the same.
export const CANCELLATION = {
  subject: 'Cancelled: {{ interview.title }}, {{ interview.date }}',
  body: `<p>Hello {{ recipient.first_name }},</p>
<p>The interview <strong>{{ interview.title }}</strong> on {{ interview.date }} at {{ interview.time }} has been cancelled. If your calendar added it, it will now remove it.</p>
<p>{{ organizer.name }}<br>{{ company.name }}</p>`,
};

/** Renders one participant's message from a subject/body template and their personal link. */
export function renderMessage(
  context: MessageContext,
  participant: ParticipantsTable,
  template: { subject: string; body: string },
  link: string,
): RenderedMessage {
  const { interview, candidate, participants, organizer, settings } = context;
  const values = buildTokenValues({
    interview: {
      title: interview.title,
      startsAt: new Date(interview.starts_at),
      durationMinutes: interview.duration_minutes,
      timeZone: interview.time_zone,
      location: interview.location,
      meetingUrl: interview.meeting_url,
      notes: interview.notes,
    },
    candidate: { firstName: candidate.first_name, lastName: candidate.last_name },
    recipient: {
      name: participant.name,
      firstName: participant.role === 'candidate' ? candidate.first_name : null,
      timeZone: participant.time_zone,
    },
    interviewers: participants.filter((p) => p.role === 'interviewer').map((p) => p.name),
    jobTitle: interview.job_title,
    organizer,
    companyName: settings.companyName,
    link,
  });
  return renderTemplate({ subject: template.subject, body: template.body, values });
}
