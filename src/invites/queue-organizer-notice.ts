import { randomUUID } from 'node:crypto';
import { brandedSettings } from '../branding/branding-store.js';
import type { Transaction } from '../db/database.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { type EmailName, emailWording } from '../domain/i18n/email-wording.js';
import { dateLocale } from '../domain/i18n/locales.js';
import { recipientTranslator } from '../domain/i18n/translate.js';
import { renderTemplate } from '../domain/template-render.js';
import { buildTokenValues } from '../domain/template-values.js';
import { composeMessage } from '../mail/compose-message.js';
import { enqueueMessage } from '../mail/enqueue-message.js';
import { type MailSettings, mailHost, sender } from '../mail/mail-settings.js';
import { AUTOMATIC } from '../messages/queue-messages.js';
import { interviewFacts } from '../messages/render-message.js';

export interface QueueOrganizerNoticeOptions {
  interview: InterviewsTable;
  /** The interview's participants, for the candidate's and the interviewers' names. */
  participants: ReadonlyArray<Pick<ParticipantsTable, 'role' | 'name'>>;
  /** Convene's wording, in the organizer's language (tokens are rendered and escaped like any other). */
  wording: EmailName;
  /**
   * Further token values: notices name a person in `recipient.full_name`, their words in
   * `interview.notes` (null: none given, said in the organizer's language).
   */
  values?: Record<string, string | null>;
  settings: MailSettings;
  now: Date;
}

/**
 * Tells the coordinator who organized the interview what happened to it, in their zone with a
 * link to its page: a plain, automatic email queued in the caller's transaction. Nothing when
 * the interview has no organizer (any more).
 */
export async function queueOrganizerNotice(
  db: Transaction,
  options: QueueOrganizerNoticeOptions,
): Promise<void> {
  const { interview, participants, now } = options;
  if (!interview.organizer_id) return;
  const organizer = await db
    .selectFrom('users')
    .select(['name', 'email', 'time_zone', 'locale'])
    .where('id', '=', interview.organizer_id)
    .executeTakeFirst();
  if (!organizer) return;
  const settings = await brandedSettings(db, options.settings);
  const to = { name: organizer.name, email: organizer.email };
  const t = recipientTranslator(organizer.locale, settings.defaultLocale);
  const candidate = participants.find((p) => p.role === 'candidate')?.name ?? '';
  const values = buildTokenValues({
    interview: interviewFacts(interview),
    candidate: { firstName: candidate, lastName: '' },
    recipient: {
      name: organizer.name,
      firstName: null,
      timeZone: organizer.time_zone,
      locale: dateLocale(t.locale, organizer.locale),
    },
    interviewers: participants.filter((p) => p.role === 'interviewer').map((p) => p.name),
    jobTitle: interview.job_title,
    organizer: to,
    companyName: settings.companyName,
    link: `${settings.publicUrl}/interviews/${interview.id}`,
  });
  const given = Object.entries(options.values ?? {}).map(([name, value]) => [
    name,
    value ?? t.text('organizer.noReason'),
  ]);
  const rendered = renderTemplate({
    ...emailWording(t, options.wording),
    values: { ...values, ...Object.fromEntries(given) },
  });
  const id = randomUUID();
  const messageId = `<${id}@${mailHost(settings)}>`;
  const raw = await composeMessage({
    messageId,
    from: sender(settings),
    to,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    headers: AUTOMATIC,
    date: now,
  });
  await enqueueMessage(db, {
    id,
    interviewId: interview.id,
    participantId: null,
    kind: 'notice',
    to,
    subject: rendered.subject,
    messageId,
    raw,
    calendarMethod: null,
    sequence: null,
    now,
  });
}
