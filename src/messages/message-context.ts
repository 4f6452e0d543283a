import { brandedSettings } from '../branding/branding-store.js';
import type { Queryable } from '../db/database.js';
import type { InterviewsTable } from '../db/schema.js';
import type { MailSettings } from '../mail/mail-settings.js';
import type { MessageContext } from './render-message.js';

/** Loads what rendering an interview's messages needs: its candidate and participants. */
export async function loadMessageContext(
  db: Queryable,
  interview: InterviewsTable,
  organizer: { name: string; email: string },
  settings: MailSettings,
): Promise<MessageContext> {
  const contexts = await loadMessageContexts(db, [interview], organizer, settings);
  return contexts.get(interview.id) as MessageContext;
}

/**
 * The message contexts of several interviews with two queries, keyed by interview id (a bulk
 * send's chunk). Fails if an interview's candidate is missing, as the schema forbids.
 */
export async function loadMessageContexts(
  db: Queryable,
  interviews: InterviewsTable[],
  organizer: { name: string; email: string },
  settings: MailSettings,
): Promise<Map<string, MessageContext>> {
  const contexts = new Map<string, MessageContext>();
  if (interviews.length === 0) return contexts;
  const branded = await brandedSettings(db, settings);
  const candidates = await db
    .selectFrom('candidates')
    .select(['id', 'first_name', 'last_name'])
    .where('id', 'in', [...new Set(interviews.map((i) => i.candidate_id))])
    .execute();
  const participants = await db
    .selectFrom('participants')
    .selectAll()
    .where(
      'interview_id',
      'in',
      interviews.map((i) => i.id),
    )
    .orderBy('interview_id')
    .orderBy('position')
    .execute();
  const sequences = await loadSentSequences(
    db,
    interviews.filter((i) => i.invites_sent_at !== null).map((i) => i.id),
  );
  const byCandidate = new Map(candidates.map((c) => [c.id, c]));
  for (const interview of interviews) {
    const candidate = byCandidate.get(interview.candidate_id);
    if (!candidate) throw new Error(`interview ${interview.id} has no candidate row`);
    contexts.set(interview.id, {
      interview,
      candidate: { first_name: candidate.first_name, last_name: candidate.last_name },
      participants: [],
      sentSequences: sequences,
      organizer,
      settings: branded,
    });
  }
  for (const participant of participants) {
    contexts.get(participant.interview_id)?.participants.push(participant);
  }
  return contexts;
}

/**
 * The SEQUENCE of the last calendar message each participant of these interviews was sent,
 * keyed by participant id; a participant never sent one is absent. The outbox is the record of
 * what each person's calendar holds, so nothing else keeps a copy.
 */
export async function loadSentSequences(
  db: Queryable,
  interviewIds: string[],
): Promise<Map<string, number>> {
  if (interviewIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('messages')
    .select(['participant_id', (eb) => eb.fn.max('sequence').as('sequence')])
    .where('interview_id', 'in', interviewIds)
    .where('calendar_method', 'is not', null)
    .groupBy('participant_id')
    .execute();
  return new Map(
    rows.flatMap((r) =>
      r.participant_id !== null && r.sequence !== null
        ? [[r.participant_id, Number(r.sequence)] as const]
        : [],
    ),
  );
}

/** The SEQUENCE of the last calendar message one participant was sent; undefined: none. */
export async function lastSentSequence(
  db: Queryable,
  participantId: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('messages')
    .select((eb) => eb.fn.max('sequence').as('sequence'))
    .where('participant_id', '=', participantId)
    .where('calendar_method', 'is not', null)
    .executeTakeFirst();
  return row?.sequence === null || row?.sequence === undefined ? undefined : Number(row.sequence);
}

/** The interview's organizer (a user), or null when it has none or that user is gone. */
export async function loadOrganizer(
  db: Queryable,
  interview: Pick<InterviewsTable, 'organizer_id'>,
): Promise<{ name: string; email: string } | null> {
  if (!interview.organizer_id) return null;
  const user = await db
    .selectFrom('users')
    .select(['name', 'email'])
    .where('id', '=', interview.organizer_id)
    .executeTakeFirst();
  return user ?? null;
}
