import { randomUUID } from 'node:crypto';
import type { CandidatesTable, SchedulingRequestsTable, UsersTable } from '../db/schema.js';
import { dateLocale } from '../domain/i18n/locales.js';
import { recipientTranslator } from '../domain/i18n/translate.js';
import { renderTemplate } from '../domain/template-render.js';
import { buildTokenValues } from '../domain/template-values.js';
import type { TemplateVariants } from '../domain/template-variants.js';
import { composeMessage } from '../mail/compose-message.js';
import { withEmailHeader } from '../mail/email-header.js';
import type { EnqueueMessageOptions } from '../mail/enqueue-message.js';
import { type MailSettings, mailHost, sender } from '../mail/mail-settings.js';
import { AUTOMATIC } from '../messages/queue-messages.js';

export interface SchedulingEmailOptions {
  request: SchedulingRequestsTable;
  candidate: CandidatesTable;
  interviewers: UsersTable[];
  /** The request template, with its wording in other languages (the candidate's is used). */
  template: { subject: string; body: string; variants?: TemplateVariants | undefined };
  /** The candidate's scheduling page. */
  link: string;
  organizer: { name: string; email: string };
  settings: MailSettings;
  now: Date;
  /** The reminder of an unbooked request: "Reminder: " before the subject, sent as automatic. */
  reminder?: boolean;
}

/**
 * The email that asks a candidate to pick a time: the request template rendered through the same
 * function as every invite, `{{ scheduling.link }}` their page. A plain email: there is no time
 * yet, so no meeting request, and the date and time tokens render empty (their paragraph is
 * left out, as for any empty fact).
 */
export async function buildSchedulingEmail(
  options: SchedulingEmailOptions,
): Promise<EnqueueMessageOptions> {
  const { request, candidate, template, settings, now } = options;
  const t = recipientTranslator(candidate.locale, settings.defaultLocale);
  const values = buildTokenValues({
    interview: {
      title: request.title,
      startsAt: new Date(request.window_from),
      durationMinutes: request.duration_minutes,
      timeZone: request.time_zone,
      location: request.location,
      meetingUrl: request.meeting_url,
    },
    candidate: { firstName: candidate.first_name, lastName: candidate.last_name },
    recipient: {
      name: `${candidate.first_name} ${candidate.last_name}`.trim(),
      firstName: candidate.first_name,
      timeZone: candidate.time_zone,
      locale: dateLocale(t.locale, candidate.locale),
    },
    interviewers: options.interviewers.map((u) => u.name),
    organizer: options.organizer,
    companyName: settings.companyName,
    link: '',
    schedulingLink: options.link,
  });
  for (const name of ['interview.date', 'interview.time', 'interview.end_time'] as const) {
    values[name] = '';
  }
  const wording = template.variants?.[t.locale] ?? template;
  const rendered = renderTemplate({ subject: wording.subject, body: wording.body, values });
  const subject = options.reminder
    ? t.text('email.reminder', { subject: rendered.subject })
    : rendered.subject;
  const id = randomUUID();
  const messageId = `<${id}@${mailHost(settings)}>`;
  const to = { name: values['recipient.full_name'], email: candidate.email };
  const raw = await composeMessage({
    messageId,
    from: sender(settings),
    to,
    replyTo: options.organizer,
    subject,
    html: withEmailHeader(rendered.html, settings),
    text: rendered.text,
    headers: options.reminder ? AUTOMATIC : undefined,
    date: now,
  });
  return {
    id,
    interviewId: null,
    participantId: null,
    schedulingRequestId: request.id,
    kind: options.reminder ? 'reminder' : 'scheduling',
    to,
    subject,
    messageId,
    raw,
    calendarMethod: null,
    sequence: null,
    now,
  };
}
