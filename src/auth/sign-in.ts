import { randomUUID } from 'node:crypto';
import type { Transaction } from '../db/database.js';
import { nowDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import { normalizeEmail } from '../domain/text-rules.js';
import { toUser, type User } from '../people/views.js';
import { assertNotThrottled, clearLoginFailures, recordLoginFailure } from './login-throttle.js';
import { hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.js';

export interface SignInOptions {
  db: Transaction;
  email: string;
  password: string;
  /** The caller's address: failures are counted per address. */
  clientAddress: string;
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
const GENERIC = 'Email or password is incorrect.';
// Checked when the email is unknown, so a miss costs as long as a wrong password.
let decoy: Promise<string> | undefined;
const decoyHash = () => {
  decoy ??= hashPassword(newSecret());
  return decoy;
};

/** Checks the password and opens a session; every failure says the same thing. */
export async function signIn(options: SignInOptions): Promise<SignInResult> {
  const { db, password, clientAddress } = options;
  const now = options.now ?? new Date();
  const throttleKey = `ip:${clientAddress}`;
  await assertNotThrottled(db, throttleKey, now);
  const email = normalizeEmail(options.email);
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  let ok = false;
  if (row?.password_hash) ok = await verifyPassword(password, row.password_hash);
  else await verifyPassword(password, await decoyHash());
  if (!row || !ok) {
    await recordLoginFailure(db, throttleKey, now);
    throw new AppError('unauthorized', GENERIC);
  }
  await clearLoginFailures(db, throttleKey);
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id: randomUUID(),
      token_hash: hashSecret(sessionToken),
      user_id: row.id,
      csrf_token: csrfToken,
      created_at: nowDbTime(),
      expires_at: expiresAt,
    })
    .execute();
  return { user: toUser(row), sessionToken, csrfToken, expiresAt };
}
