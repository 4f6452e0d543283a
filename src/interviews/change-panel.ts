import { randomUUID } from 'node:crypto';
import type { Transaction } from '../db/database.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { loadMessageContext } from '../messages/message-context.js';
import { queueMessages } from '../messages/queue-messages.js';
import { loadPeople, participantRows } from './load-people.js';

export interface PanelChangeOptions {
  interview: InterviewsTable;
  /** The new panel, in order. */
  interviewerIds: readonly string[];
  organizer: { name: string; email: string };
  settings: MailSettings;
  now: Date;
}

/** Who joined and who left; the people who stayed keep their rows and their answers. */
export interface PanelChange {
  added: ParticipantsTable[];
  removed: Array<Pick<ParticipantsTable, 'id' | 'name' | 'email' | 'attendance'>>;
}

/**
 * Changes the interviewers of an interview whose invites are out (ADR 012), inside the caller's
 * transaction. A removed interviewer who was sent an invite gets a METHOD:CANCEL of their own
 * event (their SEQUENCE + 1) with Convene's "no longer needed" wording, and their participant
 * row goes: their link stops working and a late calendar reply no longer names an invite.
 * Added interviewers get pending rows, each with a new event UID; the caller sends their
 * invites once the interview's new facts are written. Interviewers who stay are untouched
 * except for their place in the panel's order.
 */
export async function changePanel(
  db: Transaction,
  options: PanelChangeOptions,
): Promise<PanelChange> {
  const { interview, interviewerIds, organizer, settings, now } = options;
  const panel = await db
    .selectFrom('participants')
    .selectAll()
    .where('interview_id', '=', interview.id)
    .where('role', '=', 'interviewer')
    .execute();
  const staying = new Set(interviewerIds);
  const removed = panel.filter((p) => p.user_id === null || !staying.has(p.user_id));
  const addedIds = interviewerIds.filter((id) => !panel.some((p) => p.user_id === id));
  // Validates the newcomers (unknown or deactivated users are a 400) before anything is written.
  const { candidate, interviewers } = await loadPeople(db, interview.candidate_id, addedIds);

  if (removed.length > 0) {
    // The cancel describes the event their calendar holds: the interview as it was.
    const context = await loadMessageContext(db, interview, organizer, settings);
    const invited = removed.filter((p) => context.sentSequences.has(p.id));
    if (invited.length > 0) {
      await queueMessages(db, {
        context,
        recipients: invited,
        kind: 'cancel',
        contents: undefined,
        wording: 'removed',
        now,
      });
    }
    await db
      .deleteFrom('participants')
      .where(
        'id',
        'in',
        removed.map((p) => p.id),
      )
      .execute();
  }

  const added =
    interviewers.length === 0
      ? []
      : participantRows(
          interview.id,
          candidate,
          interviewers,
          calendarHostOf(interview),
          randomUUID,
        )
          .filter((row) => row.role === 'interviewer')
          .map((row) => ({ ...row, position: 1 + interviewerIds.indexOf(row.user_id as string) }));
  if (added.length > 0) await db.insertInto('participants').values(added).execute();
  for (const p of panel) {
    const position = p.user_id === null ? -1 : interviewerIds.indexOf(p.user_id);
    if (position >= 0 && position + 1 !== p.position) {
      await db
        .updateTable('participants')
        .set({ position: position + 1 })
        .where('id', '=', p.id)
        .execute();
    }
  }
  return {
    added,
    removed: removed.map(({ id, name, email, attendance }) => ({ id, name, email, attendance })),
  };
}

/** New participants' events share the host of the interview's own UID (PUBLIC_URL's at creation). */
export function calendarHostOf(interview: Pick<InterviewsTable, 'calendar_uid'>): string {
  return interview.calendar_uid.slice(interview.calendar_uid.indexOf('@') + 1);
}
