import type { Transaction } from '../db/database.js';
import type { InterviewsTable } from '../db/schema.js';
import type { MailSettings } from '../mail/mail-settings.js';
import type { MessageContext } from './render-message.js';

/** Loads what rendering an interview's messages needs: its candidate and participants. */
export async function loadMessageContext(
  db: Transaction,
  interview: InterviewsTable,
  organizer: { name: string; email: string },
  settings: MailSettings,
): Promise<MessageContext> {
  const candidate = await db
    .selectFrom('candidates')
    .select(['first_name', 'last_name'])
    .where('id', '=', interview.candidate_id)
    .executeTakeFirstOrThrow();
  const participants = await db
    .selectFrom('participants')
    .selectAll()
    .where('interview_id', '=', interview.id)
    .orderBy('position')
    .execute();
  return { interview, candidate, participants, organizer, settings };
}
