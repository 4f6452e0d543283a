import type { Transaction } from '../db/database.js';
import type { InterviewsTable } from '../db/schema.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { queueOrganizerNotice } from './queue-organizer-notice.js';

const FACTS =
  '<p>When: {{ interview.date }}, {{ interview.time }}, {{ interview.duration }}</p><p>Open the interview in Convene: <a href="{{ interview.link }}">{{ interview.link }}</a></p>';

const WORDING = {
  rescheduled: {
    subject:
      'Moved by the candidate: {{ interview.title }} with {{ candidate.full_name }}, now {{ interview.date }}',
    body: `<p>{{ candidate.full_name }} moved <strong>{{ interview.title }}</strong> to a new time from their Interview Link. Everyone has been sent the update; the interviewers are asked to confirm again.</p>${FACTS}`,
  },
  cancelled: {
    subject:
      'Cancelled by the candidate: {{ interview.title }} with {{ candidate.full_name }}, {{ interview.date }}',
    body: `<p>{{ candidate.full_name }} cancelled <strong>{{ interview.title }}</strong> from their Interview Link. Everyone invited has been sent the cancellation.</p><p>Reason: {{ interview.notes }}</p>${FACTS}`,
  },
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
