import { hashSecret, newSecret } from '../auth/secrets.js';
import type { Transaction } from '../db/database.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { nowDbTime } from '../db/time.js';

/**
 * Issues a new personal link token (256 random bits) for a participant; only its hash is kept.
 * Each message gets its own token and earlier ones keep working, so an old email's link
 * still opens the page after a resend.
 */
export async function issueParticipantToken(
  db: Transaction,
  participantId: string,
): Promise<string> {
  const token = newSecret();
  await db
    .insertInto('participant_tokens')
    .values({
      token_hash: hashSecret(token),
      participant_id: participantId,
      created_at: nowDbTime(),
    })
    .execute();
  return token;
}

// Tokens are base64url of 32 bytes; anything else is not looked up at all.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The participant and interview a token belongs to, or undefined for an unknown token. */
export async function findByToken(
  db: Transaction,
  token: string,
): Promise<{ participant: ParticipantsTable; interview: InterviewsTable } | undefined> {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const found = await db
    .selectFrom('participant_tokens')
    .select('participant_id')
    .where('token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!found) return undefined;
  const participant = await db
    .selectFrom('participants')
    .selectAll()
    .where('id', '=', found.participant_id)
    .executeTakeFirst();
  if (!participant) return undefined;
  const interview = await db
    .selectFrom('interviews')
    .selectAll()
    .where('id', '=', participant.interview_id)
    .executeTakeFirstOrThrow();
  return { participant, interview };
}

/** The personal Interview Link for a token. */
export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/i/${token}`;
}
