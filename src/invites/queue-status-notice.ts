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
  const wording = interview.status === 'scheduled' ? 'organizerScheduled' : 'organizerDeclined';
  // Names and the reason go in as token values, so the renderer escapes them like any other.
  await queueOrganizerNotice(db, {
    ...options,
    wording,
    values: {
      'recipient.full_name': participant.name,
      'interview.notes': participant.decline_reason,
    },
  });
}
