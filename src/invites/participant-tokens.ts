import { hashSecret } from '../crypto/secrets.js';
import type { Queryable } from '../db/database.js';
import { preparedQuery } from '../db/prepared.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';

// Tokens are base64url of 32 bytes; anything else is not looked up at all.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

// The participant's columns, each read under an alias so that one row can carry the
// participant and their interview (both tables have id, created_at, …). Typed as a record so
// that a column added to the table cannot be left out here.
const PARTICIPANT_COLUMNS = Object.keys({
  id: true,
  interview_id: true,
  role: true,
  position: true,
  user_id: true,
  candidate_id: true,
  name: true,
  email: true,
  time_zone: true,
  attendance: true,
  responded_at: true,
  decline_reason: true,
  last_opened_at: true,
  calendar_uid: true,
} satisfies Record<keyof ParticipantsTable, true>) as Array<keyof ParticipantsTable>;

// A token's participant and their interview: where both lookups by token start.
function tokenJoin(db: Queryable) {
  return db
    .selectFrom('participant_tokens')
    .innerJoin('participants', 'participants.id', 'participant_tokens.participant_id')
    .innerJoin('interviews', 'interviews.id', 'participants.interview_id');
}

// Built and compiled once: this runs on every open of a link and every answer through the API.
const inviteeByTokenHash = preparedQuery((db: Queryable, tokenHash: string) =>
  tokenJoin(db)
    .leftJoin('users', 'users.id', 'interviews.organizer_id')
    .selectAll('interviews')
    .select((eb) => [
      ...PARTICIPANT_COLUMNS.map((column) => eb.ref(`participants.${column}`).as(`p_${column}`)),
      'users.name as organizer_name',
      'users.email as organizer_email',
    ])
    .where('participant_tokens.token_hash', '=', tokenHash),
);

/** Where a participant's answer stands, and whether their interview still takes answers. */
export interface AnswerState {
  participantId: string;
  interviewId: string;
  attendance: ParticipantsTable['attendance'];
  declineReason: string | null;
  interview: Pick<InterviewsTable, 'status' | 'ends_at'>;
}

// Every press of Confirm or Decline on the page starts here; a repeat ends here. Six columns,
// not the whole participant and interview: building wide rows is most of a narrow read's cost.
const answerStateByTokenHash = preparedQuery((db: Queryable, tokenHash: string) =>
  tokenJoin(db)
    .select([
      'participants.id as participant_id',
      'participants.interview_id',
      'participants.attendance',
      'participants.decline_reason',
      'interviews.status',
      'interviews.ends_at',
    ])
    .where('participant_tokens.token_hash', '=', tokenHash),
);

/** Where the answer of a token's participant stands, or undefined for an unknown token. */
export async function findAnswerStateByToken(
  db: Queryable,
  token: string,
): Promise<AnswerState | undefined> {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const [row] = await answerStateByTokenHash(db, hashSecret(token));
  if (!row) return undefined;
  return {
    participantId: row.participant_id,
    interviewId: row.interview_id,
    attendance: row.attendance,
    declineReason: row.decline_reason,
    interview: { status: row.status, ends_at: row.ends_at },
  };
}

/** Who a personal link belongs to, as one indexed read gives it. */
export interface Invitee {
  participant: ParticipantsTable;
  interview: InterviewsTable;
  /** The interview's organizer; null when it has none. */
  organizer: { name: string; email: string } | null;
}

/**
 * The participant a token belongs to, their interview and its organizer, in one indexed query
 * (one consistent read): what opening and answering a link start from.
 */
export async function findInviteeByToken(
  db: Queryable,
  token: string,
): Promise<Invitee | undefined> {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const [row] = await inviteeByTokenHash(db, hashSecret(token));
  if (!row) return undefined;
  const { organizer_name, organizer_email, ...rest } = row as typeof row & Record<string, unknown>;
  // No interview column starts with p_.
  const participant: Record<string, unknown> = {};
  const interview: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key.startsWith('p_')) participant[key.slice(2)] = value;
    else interview[key] = value;
  }
  const organizer =
    organizer_name !== null && organizer_email !== null
      ? { name: organizer_name, email: organizer_email }
      : null;
  return {
    participant: participant as unknown as ParticipantsTable,
    interview: interview as unknown as InterviewsTable,
    organizer,
  };
}
