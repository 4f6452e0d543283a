import { randomUUID } from 'node:crypto';
import { hashSecret, newSecret } from '../crypto/secrets.js';
import type { Queryable } from '../db/database.js';
import { nowDbTime, toDbTime } from '../db/time.js';
import { toUser } from '../people/views.js';
import type { User } from '../shapes/types.js';
import { checkPassword } from './check-password.js';

export interface SignInOptions {
  db: Queryable;
  email: string;
  password: string;
  /** The caller's address: failures are counted per address and per account. */
  clientAddress: string;
  /** The browser's User-Agent, kept with the session so its owner can recognise it. */
  userAgent?: string | undefined;
  now?: Date;
}

export interface SignInResult {
  user: User;
  /** The session cookie's value; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
}

export const SESSION_DAYS = 14;

/** Checks the password and opens a session; every failure says the same thing. */
export async function signIn(options: SignInOptions): Promise<SignInResult> {
  const { db } = options;
  const now = options.now ?? new Date();
  const row = await checkPassword({ ...options, now });
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  const expiresAt = toDbTime(new Date(now.getTime() + SESSION_DAYS * 86_400_000));
  await db
    .insertInto('sessions')
    .values({
      id: randomUUID(),
      token_hash: hashSecret(sessionToken),
      user_id: row.id,
      csrf_token: csrfToken,
      created_at: nowDbTime(),
      expires_at: expiresAt,
      user_agent: options.userAgent?.slice(0, 300) || null,
      client_address: options.clientAddress,
    })
    .execute();
  return { user: toUser(row), sessionToken, csrfToken, expiresAt };
}
