import { hashSecret, newSecret } from '../auth/secrets.js';
import type { Transaction } from '../db/database.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { nowDbTime } from '../db/time.js';

/** A personal link token (256 random bits) for one participant, not yet saved. */
export interface NewParticipantToken {
  participantId: string;
  /** Goes into the link; never stored. */
  token: string;
}

/** Draws a new token for each participant given (in memory; saveParticipantTokens keeps them). */
export function newParticipantTokens(participantIds: string[]): NewParticipantToken[] {
  return participantIds.map((participantId) => ({ participantId, token: newSecret() }));
}

/**
 * Saves new personal link tokens in one insert; only their hashes are kept. Each message gets its
 * own token and earlier ones keep working, so an old email's link still opens the page after a
 * resend.
 */
export async function saveParticipantTokens(
  db: Transaction,
  tokens: NewParticipantToken[],
): Promise<void> {
  if (tokens.length === 0) return;
  const createdAt = nowDbTime();
  await db
    .insertInto('participant_tokens')
    .values(
      tokens.map(({ participantId, token }) => ({
        token_hash: hashSecret(token),
        participant_id: participantId,
        created_at: createdAt,
      })),
    )
    .execute();
}

// Tokens are base64url of 32 bytes; anything else is not looked up at all.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The participant a token belongs to and their interview's organizer (null when it has none),
 * in one indexed query: what answering through a link starts from.
 */
export async function findInviteeByToken(
  db: Transaction,
  token: string,
): Promise<
  { participant: ParticipantsTable; organizer: { name: string; email: string } | null } | undefined
> {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const row = await db
    .selectFrom('participant_tokens')
    .innerJoin('participants', 'participants.id', 'participant_tokens.participant_id')
    .innerJoin('interviews', 'interviews.id', 'participants.interview_id')
    .leftJoin('users', 'users.id', 'interviews.organizer_id')
    .selectAll('participants')
    .select(['users.name as organizer_name', 'users.email as organizer_email'])
    .where('participant_tokens.token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row) return undefined;
  const { organizer_name, organizer_email, ...participant } = row;
  const organizer =
    organizer_name !== null && organizer_email !== null
      ? { name: organizer_name, email: organizer_email }
      : null;
  return { participant, organizer };
}

/** findInviteeByToken with the interview too, or undefined for an unknown token. */
export async function findByToken(
  db: Transaction,
  token: string,
): Promise<
  | {
      participant: ParticipantsTable;
      interview: InterviewsTable;
      organizer: { name: string; email: string } | null;
    }
  | undefined
> {
  const found = await findInviteeByToken(db, token);
  if (!found) return undefined;
  const interview = await db
    .selectFrom('interviews')
    .selectAll()
    .where('id', '=', found.participant.interview_id)
    .executeTakeFirstOrThrow();
  return { ...found, interview };
}

/** The personal Interview Link for a token. */
export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/i/${token}`;
}
