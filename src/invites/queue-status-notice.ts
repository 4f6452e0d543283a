import { randomUUID } from 'node:crypto';
import type { Transaction } from '../db/database.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { renderTemplate } from '../domain/template-render.js';
import { EXAMPLE_TOKEN_VALUES } from '../domain/template-tokens.js';
import { composeMessage } from '../mail/compose-message.js';
import { enqueueMessage } from '../mail/enqueue-message.js';
import { type MailSettings, mailHost, sender } from '../mail/mail-settings.js';
import { loadOrganizer } from '../messages/message-context.js';
import { AUTOMATIC } from '../messages/queue-messages.js';

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
  const organizer = await loadOrganizer(db, interview);
  if (!organizer) return;
  const candidate = participants.find((p) => p.role === 'candidate')?.name ?? '';
  const scheduled = interview.status === 'scheduled';
  // Names go in as token values, so the renderer escapes them like any other value.
  const rendered = renderTemplate({
    subject: scheduled
      ? 'Interview Scheduled: {{ interview.title }} with {{ candidate.full_name }}'
      : 'Needs attention: {{ recipient.full_name }} declined {{ interview.title }}',
    body: scheduled
      ? '<p>Everyone has confirmed <strong>{{ interview.title }}</strong> with {{ candidate.full_name }}. The interview is scheduled.</p>'
      : '<p><strong>{{ recipient.full_name }}</strong> declined <strong>{{ interview.title }}</strong> with {{ candidate.full_name }}.</p><p>Reason: {{ interview.notes }}</p>',
    values: {
      ...EXAMPLE_TOKEN_VALUES,
      'interview.title': interview.title,
      'candidate.full_name': candidate,
      'recipient.full_name': participant.name,
      'interview.notes': participant.decline_reason ?? 'none given',
    },
  });
  const id = randomUUID();
  const messageId = `<${id}@${mailHost(settings)}>`;
  const raw = await composeMessage({
    messageId,
    from: sender(settings),
    to: organizer,
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
    to: organizer,
    subject: rendered.subject,
    messageId,
    raw,
    calendarMethod: null,
    sequence: null,
    now,
  });
}
