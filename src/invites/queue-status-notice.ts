import { randomUUID } from 'node:crypto';
import type { Transaction } from '../db/database.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { renderTemplate } from '../domain/template-render.js';
import { buildTokenValues } from '../domain/template-values.js';
import { composeMessage } from '../mail/compose-message.js';
import { enqueueMessage } from '../mail/enqueue-message.js';
import { type MailSettings, mailHost, sender } from '../mail/mail-settings.js';
import { AUTOMATIC } from '../messages/queue-messages.js';
import { interviewFacts } from '../messages/render-message.js';

export interface QueueStatusNoticeOptions {
  interview: InterviewsTable;
  /** The participant whose answer moved the status. */
  participant: ParticipantsTable;
  participants: ParticipantsTable[];
  settings: MailSettings;
  now: Date;
}

/**
 * Tells the coordinator who organized the interview when it became Interview Scheduled or
 * needs attention: one notice per status change, queued in the transaction that made it.
 */
export async function queueStatusNotice(
  db: Transaction,
  options: QueueStatusNoticeOptions,
): Promise<void> {
  const { interview, participant, participants, settings, now } = options;
  if (interview.status !== 'scheduled' && interview.status !== 'needs_attention') return;
  if (!interview.organizer_id) return;
  const organizer = await db
    .selectFrom('users')
    .select(['name', 'email', 'time_zone'])
    .where('id', '=', interview.organizer_id)
    .executeTakeFirst();
  if (!organizer) return;
  const to = { name: organizer.name, email: organizer.email };
  const candidate = participants.find((p) => p.role === 'candidate')?.name ?? '';
  const scheduled = interview.status === 'scheduled';
  // The interview as its coordinator reads it: in their zone, with a link to its page. Names
  // and the reason go in as token values, so the renderer escapes them like any other value.
  const values = buildTokenValues({
    interview: interviewFacts(interview),
    candidate: { firstName: candidate, lastName: '' },
    recipient: { name: organizer.name, firstName: null, timeZone: organizer.time_zone },
    interviewers: participants.filter((p) => p.role === 'interviewer').map((p) => p.name),
    jobTitle: interview.job_title,
    organizer: to,
    companyName: settings.companyName,
    link: `${settings.publicUrl}/interviews/${interview.id}`,
  });
  const rendered = renderTemplate({
    subject: scheduled
      ? 'Interview Scheduled: {{ interview.title }} with {{ candidate.full_name }}, {{ interview.date }}'
      : 'Needs attention: {{ recipient.full_name }} declined {{ interview.title }}, {{ interview.date }}',
    body: `${
      scheduled
        ? '<p>Everyone has confirmed <strong>{{ interview.title }}</strong> with {{ candidate.full_name }}. The interview is scheduled.</p>'
        : '<p><strong>{{ recipient.full_name }}</strong> declined <strong>{{ interview.title }}</strong> with {{ candidate.full_name }}.</p><p>Reason: {{ interview.notes }}</p>'
    }<p>When: {{ interview.date }}, {{ interview.time }}, {{ interview.duration }}</p><p>Open the interview in Convene: <a href="{{ interview.link }}">{{ interview.link }}</a></p>`,
    values: {
      ...values,
      'recipient.full_name': participant.name,
      'interview.notes': participant.decline_reason ?? 'none given',
    },
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
