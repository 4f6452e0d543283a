import type { Transaction } from '../db/database.js';
import type { InterviewsTable } from '../db/schema.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { queueOrganizerNotice } from './queue-organizer-notice.js';

// Convene's wording for each change, in the organizer's language.
const WORDING = {
  rescheduled: 'organizerRescheduled',
  cancelled: 'organizerCancelled',
} as const;

export interface NotifyOrganizerOfChangeOptions {
  /** The interview as the change left it. */
  interview: InterviewsTable;
  change: keyof typeof WORDING;
  /** The candidate's reason, for a cancel. */
  reason?: string | undefined;
  settings: MailSettings;
  now: Date;
}

/**
 * Tells the organizer that the candidate moved or cancelled their interview (ADR 016): the
 * calendar updates go to the participants, and the coordinator, who holds no event, would
 * otherwise learn it only from the timeline.
 */
export async function notifyOrganizerOfChange(
  db: Transaction,
  options: NotifyOrganizerOfChangeOptions,
): Promise<void> {
  const { interview, change, reason, settings, now } = options;
  const participants = await db
    .selectFrom('participants')
    .select(['role', 'name'])
    .where('interview_id', '=', interview.id)
    .orderBy('position')
    .execute();
  await queueOrganizerNotice(db, {
    interview,
    participants,
    wording: WORDING[change],
    values: reason === undefined ? {} : { 'interview.notes': reason },
    settings,
    now,
  });
}
