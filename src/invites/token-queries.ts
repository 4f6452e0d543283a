import { sql } from 'kysely';
import { hashSecret } from '../crypto/secrets.js';
import { isSqlite, type Queryable } from '../db/database.js';
import { preparedQuery } from '../db/prepared.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { AppError } from '../domain/errors.js';

// The reads of the confirm path, hand-tuned and typed (STYLE rule 12, ADR 007): every open of a
// personal link and every answer starts here. The writes of a first answer are beside it, in
// answer-statements.ts. Each statement is built and compiled once (db/prepared.ts).

// Tokens are base64url of 32 bytes; anything else is not looked up at all.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

// One row carries a participant and their interview, and both tables have id, created_at, …:
// the participant's columns are read under a prefix. Keyed by the table's columns, so a column
// added to the table must be added here (and to participantOf, whose result is checked too).
const PARTICIPANT_COLUMNS = {
  id: 'participants.id as p_id',
  interview_id: 'participants.interview_id as p_interview_id',
  role: 'participants.role as p_role',
  position: 'participants.position as p_position',
  user_id: 'participants.user_id as p_user_id',
  candidate_id: 'participants.candidate_id as p_candidate_id',
  name: 'participants.name as p_name',
  email: 'participants.email as p_email',
  time_zone: 'participants.time_zone as p_time_zone',
  locale: 'participants.locale as p_locale',
  attendance: 'participants.attendance as p_attendance',
  responded_at: 'participants.responded_at as p_responded_at',
  decline_reason: 'participants.decline_reason as p_decline_reason',
  last_opened_at: 'participants.last_opened_at as p_last_opened_at',
  calendar_uid: 'participants.calendar_uid as p_calendar_uid',
} as const satisfies { [K in keyof ParticipantsTable]: `participants.${K} as p_${K}` };

type PrefixedParticipant = { [K in keyof ParticipantsTable as `p_${K}`]: ParticipantsTable[K] };

function participantOf(row: PrefixedParticipant): ParticipantsTable {
  return {
    id: row.p_id,
    interview_id: row.p_interview_id,
    role: row.p_role,
    position: row.p_position,
    user_id: row.p_user_id,
    candidate_id: row.p_candidate_id,
    name: row.p_name,
    email: row.p_email,
    time_zone: row.p_time_zone,
    locale: row.p_locale,
    attendance: row.p_attendance,
    responded_at: row.p_responded_at,
    decline_reason: row.p_decline_reason,
    last_opened_at: row.p_last_opened_at,
    calendar_uid: row.p_calendar_uid,
  };
}

const INTERVIEW_COLUMNS = {
  id: 'interviews.id',
  title: 'interviews.title',
  candidate_id: 'interviews.candidate_id',
  job_title: 'interviews.job_title',
  starts_at: 'interviews.starts_at',
  ends_at: 'interviews.ends_at',
  duration_minutes: 'interviews.duration_minutes',
  time_zone: 'interviews.time_zone',
  location: 'interviews.location',
  meeting_url: 'interviews.meeting_url',
  notes: 'interviews.notes',
  status: 'interviews.status',
  calendar_uid: 'interviews.calendar_uid',
  sequence: 'interviews.sequence',
  version: 'interviews.version',
  organizer_id: 'interviews.organizer_id',
  invite_content: 'interviews.invite_content',
  invites_sent_at: 'interviews.invites_sent_at',
  cancelled_at: 'interviews.cancelled_at',
  reminder_settings: 'interviews.reminder_settings',
  created_at: 'interviews.created_at',
  updated_at: 'interviews.updated_at',
  candidate_reschedules: 'interviews.candidate_reschedules',
} as const satisfies { [K in keyof InterviewsTable]: `interviews.${K}` };

function interviewOf(row: InterviewsTable): InterviewsTable {
  return {
    id: row.id,
    title: row.title,
    candidate_id: row.candidate_id,
    job_title: row.job_title,
    starts_at: row.starts_at,
    ends_at: row.ends_at,
    duration_minutes: row.duration_minutes,
    time_zone: row.time_zone,
    location: row.location,
    meeting_url: row.meeting_url,
    notes: row.notes,
    status: row.status,
    calendar_uid: row.calendar_uid,
    sequence: row.sequence,
    version: row.version,
    organizer_id: row.organizer_id,
    invite_content: row.invite_content,
    invites_sent_at: row.invites_sent_at,
    cancelled_at: row.cancelled_at,
    reminder_settings: row.reminder_settings,
    created_at: row.created_at,
    updated_at: row.updated_at,
    candidate_reschedules: row.candidate_reschedules,
  };
}

// A token's participant and their interview: where both lookups by token start.
function tokenJoin(db: Queryable) {
  return db
    .selectFrom('participant_tokens')
    .innerJoin('participants', 'participants.id', 'participant_tokens.participant_id')
    .innerJoin('interviews', 'interviews.id', 'participants.interview_id');
}

// Runs on every open of a link and every answer through the API.
const inviteeByTokenHash = preparedQuery((db: Queryable, tokenHash: string) =>
  tokenJoin(db)
    .leftJoin('users', 'users.id', 'interviews.organizer_id')
    .select(Object.values(INTERVIEW_COLUMNS))
    .select(Object.values(PARTICIPANT_COLUMNS))
    .select(['users.name as organizer_name', 'users.email as organizer_email'])
    .where('participant_tokens.token_hash', '=', tokenHash),
);

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
  const { organizer_name: name, organizer_email: email } = row;
  return {
    participant: participantOf(row),
    interview: interviewOf(row),
    organizer: name !== null && email !== null ? { name, email } : null,
  };
}

/** Where a participant's answer stands, and whether their interview still takes answers. */
export interface AnswerState {
  participantId: string;
  interviewId: string;
  attendance: ParticipantsTable['attendance'];
  declineReason: string | null;
  interview: Pick<InterviewsTable, 'status' | 'ends_at'>;
  /** PostgreSQL: the interview and its participants as read with the token, for recordAnswer. */
  snapshot?: AnswerSnapshot;
}

// Every press of Confirm or Decline on the page starts here; a repeat ends here. On SQLite six
// columns, not the whole participant and interview: building wide rows is most of a narrow
// read's cost there, and a first answer reads again under the write lock anyway.
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

// On PostgreSQL a round trip costs more than a few more columns: the same read brings the
// interview's deciding columns, its row version and every participant, which is all a first
// answer decides on (readAnswerSnapshot says why no lock is needed).
const answerSnapshotByTokenHash = preparedQuery((db: Queryable, tokenHash: string) =>
  db
    .selectFrom('participant_tokens')
    .innerJoin('participants as me', 'me.id', 'participant_tokens.participant_id')
    .innerJoin('interviews', 'interviews.id', 'me.interview_id')
    .innerJoin('participants', 'participants.interview_id', 'interviews.id')
    .select(Object.values(PARTICIPANT_COLUMNS))
    .select([
      'me.id as me_id',
      ...SNAPSHOT_INTERVIEW_COLUMNS,
      sql<string>`interviews.xmin::text`.as('row_version'),
    ])
    .where('participant_tokens.token_hash', '=', tokenHash)
    .orderBy('participants.position'),
);

/** Where the answer of a token's participant stands, or undefined for an unknown token. */
export async function findAnswerStateByToken(
  db: Queryable,
  token: string,
): Promise<AnswerState | undefined> {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const tokenHash = hashSecret(token);
  if (!isSqlite(db)) {
    const rows = await answerSnapshotByTokenHash(db, tokenHash);
    const me = rows.find((row) => row.p_id === row.me_id);
    if (!me) return undefined;
    const snapshot = snapshotOf(me.p_interview_id, rows);
    return {
      participantId: me.p_id,
      interviewId: me.p_interview_id,
      attendance: me.p_attendance,
      declineReason: me.p_decline_reason,
      interview: { status: me.status, ends_at: me.ends_at },
      snapshot,
    };
  }
  const [row] = await answerStateByTokenHash(db, tokenHash);
  if (!row) return undefined;
  return {
    participantId: row.participant_id,
    interviewId: row.interview_id,
    attendance: row.attendance,
    declineReason: row.decline_reason,
    interview: { status: row.status, ends_at: row.ends_at },
  };
}

/** What deciding an answer needs of its interview. */
export type AnswerInterview = Pick<
  InterviewsTable,
  'id' | 'status' | 'ends_at' | 'cancelled_at' | 'invites_sent_at' | 'organizer_id'
>;

/** The interview an answer is for and its participants in order, as the answer sees them. */
export interface AnswerContext {
  interview: AnswerInterview;
  participants: ParticipantsTable[];
}

// On SQLite every transaction begins IMMEDIATE (db/database.ts): one read of the interview and
// its participants is already serialised with every writer.
const answerContextSqlite = preparedQuery((db: Queryable, interviewId: string) =>
  db
    .selectFrom('interviews')
    .innerJoin('participants', 'participants.interview_id', 'interviews.id')
    .select(Object.values(PARTICIPANT_COLUMNS))
    .select([
      'interviews.status',
      'interviews.ends_at',
      'interviews.cancelled_at',
      'interviews.invites_sent_at',
      'interviews.organizer_id',
    ])
    .where('interviews.id', '=', interviewId)
    .orderBy('participants.position'),
);

// On PostgreSQL the row is locked first and the participants read by a second statement: under
// READ COMMITTED only a statement that starts after the lock is granted sees what the previous
// holder committed (a join that waits for the lock returns the participants as they were before
// it waited). FOR NO KEY UPDATE is the lock an UPDATE of the row takes (lockInterview's), so
// inserts of rows that reference the interview (events, messages) are not held up by it.
const lockInterviewPostgres = preparedQuery((db: Queryable, interviewId: string) =>
  db
    .selectFrom('interviews')
    .select(['id', 'status', 'ends_at', 'cancelled_at', 'invites_sent_at', 'organizer_id'])
    .where('id', '=', interviewId)
    .forNoKeyUpdate(),
);

const participantsOf = preparedQuery((db: Queryable, interviewId: string) =>
  db
    .selectFrom('participants')
    .selectAll()
    .where('interview_id', '=', interviewId)
    .orderBy('position'),
);

/**
 * An answer's interview and its participants, in order, read inside the answer's transaction
 * with the interview held against every other writer until it ends.
 */
export async function lockAnswerContext(
  db: Queryable,
  interviewId: string,
): Promise<AnswerContext> {
  if (!isSqlite(db)) {
    const [interview] = await lockInterviewPostgres(db, interviewId);
    if (!interview) throw new AppError('not_found', 'This link is not valid.');
    return { interview, participants: await participantsOf(db, interviewId) };
  }
  const rows = await answerContextSqlite(db, interviewId);
  const [first] = rows;
  if (!first) throw new AppError('not_found', 'This link is not valid.');
  const { status, ends_at, cancelled_at, invites_sent_at, organizer_id } = first;
  return {
    interview: { id: interviewId, status, ends_at, cancelled_at, invites_sent_at, organizer_id },
    participants: rows.map(participantOf),
  };
}

const SNAPSHOT_INTERVIEW_COLUMNS = [
  'interviews.status',
  'interviews.ends_at',
  'interviews.cancelled_at',
  'interviews.invites_sent_at',
  'interviews.organizer_id',
] as const;

// PostgreSQL: the interview's deciding columns and its row version beside each participant, in
// one statement (one snapshot), read without a lock.
const answerSnapshotPostgres = preparedQuery((db: Queryable, interviewId: string) =>
  db
    .selectFrom('interviews')
    .innerJoin('participants', 'participants.interview_id', 'interviews.id')
    .select(Object.values(PARTICIPANT_COLUMNS))
    .select([...SNAPSHOT_INTERVIEW_COLUMNS, sql<string>`interviews.xmin::text`.as('row_version')])
    .where('interviews.id', '=', interviewId)
    .orderBy('participants.position'),
);

/**
 * An answer's interview and its participants, read without a lock, with the version of the
 * interview's row (PostgreSQL's `xmin`) that writeAnswerIfUnchanged checks before it writes
 * (answer-statements.ts says why that is enough).
 */
export interface AnswerSnapshot extends AnswerContext {
  version: string;
}

type SnapshotRow = PrefixedParticipant &
  Pick<
    InterviewsTable,
    'status' | 'ends_at' | 'cancelled_at' | 'invites_sent_at' | 'organizer_id'
  > & { row_version: string };

function snapshotOf(interviewId: string, rows: SnapshotRow[]): AnswerSnapshot | undefined {
  const [first] = rows;
  if (!first) return undefined;
  const { status, ends_at, cancelled_at, invites_sent_at, organizer_id, row_version } = first;
  return {
    interview: { id: interviewId, status, ends_at, cancelled_at, invites_sent_at, organizer_id },
    participants: rows.map(participantOf),
    version: row_version,
  };
}

/**
 * The interview's snapshot for an answer (AnswerSnapshot); undefined on SQLite, where an
 * answer's transaction is serialised with every writer anyway (and shared: db/group-commit.ts).
 */
export async function readAnswerSnapshot(
  db: Queryable,
  interviewId: string,
): Promise<AnswerSnapshot | undefined> {
  if (isSqlite(db)) return undefined;
  const snapshot = snapshotOf(interviewId, await answerSnapshotPostgres(db, interviewId));
  if (!snapshot) throw new AppError('not_found', 'This link is not valid.');
  return snapshot;
}

const interviewById = preparedQuery((db: Queryable, id: string) =>
  db.selectFrom('interviews').select(Object.values(INTERVIEW_COLUMNS)).where('id', '=', id),
);

/** The whole interview row (an answer read only what deciding needed). */
export async function readInterviewRow(db: Queryable, id: string): Promise<InterviewsTable> {
  const [row] = await interviewById(db, id);
  if (!row) throw new AppError('not_found', 'This link is not valid.');
  return interviewOf(row);
}

/** The whole interview row and its participants in order, outside any transaction. */
export async function readInterviewWithParticipants(
  db: Queryable,
  id: string,
): Promise<{ interview: InterviewsTable; participants: ParticipantsTable[] }> {
  const interview = await readInterviewRow(db, id);
  return { interview, participants: await participantsOf(db, id) };
}
