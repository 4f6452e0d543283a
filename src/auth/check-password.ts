import { hashPassword, newSecret, verifyPassword } from '../crypto/secrets.js';
import type { Queryable } from '../db/database.js';
import type { UsersTable } from '../db/schema.js';
import { AppError } from '../domain/errors.js';
import { normalizeEmail } from '../domain/text-rules.js';
import { countAttempt, forgiveAttempt, throttleKeys } from './login-throttle.js';

export interface CheckPasswordOptions {
  db: Queryable;
  email: string;
  password: string;
  /** The caller's address: attempts are counted per address as well as per account. */
  clientAddress: string;
  now: Date;
}

export const WRONG_PASSWORD = 'Email or password is incorrect.';
// Checked when the email is unknown, so a miss costs as long as a wrong password.
let decoy: Promise<string> | undefined;
const decoyHash = () => {
  decoy ??= hashPassword(newSecret());
  return decoy;
};

/**
 * The user whose email and password these are, checked under the sign-in throttle. Every
 * failure (unknown email, wrong password, no password, deactivated) says the same thing.
 */
export async function checkPassword(options: CheckPasswordOptions): Promise<UsersTable> {
  const { db, password, clientAddress, now } = options;
  const email = normalizeEmail(options.email);
  const keys = throttleKeys(clientAddress, email);
  await countAttempt(db, keys, now);
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  let ok = false;
  if (row?.password_hash) ok = await verifyPassword(password, row.password_hash);
  else await verifyPassword(password, await decoyHash());
  if (!row || !ok || row.deactivated_at) throw new AppError('unauthorized', WRONG_PASSWORD);
  await forgiveAttempt(db, keys);
  return row;
}
