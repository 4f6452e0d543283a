import { hashSecret, newSecret } from '../auth/secrets.js';
import type { Transaction } from '../db/database.js';
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

/** The personal Interview Link for a token. */
export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/i/${token}`;
}
