import type { Transaction } from '../db/database.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { queueOrganizerNotice } from './queue-organizer-notice.js';

export interface QueueStatusNoticeOptions {
  interview: InterviewsTable;
  /** The participant whose answer moved the status. */
  participant: ParticipantsTable;
  participants: ParticipantsTable[];
  settings: MailSettings;
  now: Date;
}

const SCHEDULED = {
  subject:
    'Interview Scheduled: {{ interview.title }} with {{ candidate.full_name }}, {{ interview.date }}',
  body: '<p>Everyone has confirmed <strong>{{ interview.title }}</strong> with {{ candidate.full_name }}. The interview is scheduled.</p>',
};
const DECLINED = {
  subject:
    'Needs attention: {{ recipient.full_name }} declined {{ interview.title }}, {{ interview.date }}',
  body: '<p><strong>{{ recipient.full_name }}</strong> declined <strong>{{ interview.title }}</strong> with {{ candidate.full_name }}.</p><p>Reason: {{ interview.notes }}</p>',
};
const FACTS =
  '<p>When: {{ interview.date }}, {{ interview.time }}, {{ interview.duration }}</p><p>Open the interview in Convene: <a href="{{ interview.link }}">{{ interview.link }}</a></p>';

/**
 * Tells the coordinator who organized the interview when it became Interview Scheduled or
 * needs attention: one notice per status change, queued in the transaction that made it.
 */
export async function queueStatusNotice(
  db: Transaction,
  options: QueueStatusNoticeOptions,
): Promise<void> {
  const { interview, participant } = options;
  if (interview.status !== 'scheduled' && interview.status !== 'needs_attention') return;
  const wording = interview.status === 'scheduled' ? SCHEDULED : DECLINED;
  // Names and the reason go in as token values, so the renderer escapes them like any other.
  await queueOrganizerNotice(db, {
    ...options,
    wording: { subject: wording.subject, body: `${wording.body}${FACTS}` },
    values: {
      'recipient.full_name': participant.name,
      'interview.notes': participant.decline_reason ?? 'none given',
    },
  });
}
