import type { Queryable } from '../db/database.js';
import { toDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';

// Wrong passwords are counted per client address and per account (the email as typed, known
// or not, so a lock reveals nothing), in the database so every instance sharing it enforces
// the same counts. An address may try 10 in the window, an account 20: a noisy address (an
// attacker, an office NAT) is stopped first and does not lock the account's owner out from
// elsewhere, while guesses spread over many addresses still end at the account's limit.
export const WINDOW_MS = 15 * 60_000;
export const ADDRESS_LIMIT = 10;
export const ACCOUNT_LIMIT = 20;

/** One counter: its row key and how many failures it allows in a window. */
export interface ThrottleKey {
  key: string;
  limit: number;
}

/** The counters one sign-in attempt (or password check) is charged to. */
export function throttleKeys(clientAddress: string, email: string): ThrottleKey[] {
  return [
    { key: `ip:${clientAddress}`, limit: ADDRESS_LIMIT },
    { key: `account:${email}`, limit: ACCOUNT_LIMIT },
  ];
}

/**
 * Counts one attempt against each key before the password is checked, and throws 429 (with
 * `details.retryAfterSeconds`) as soon as a key is over its limit. Counting first, with one
 * atomic upsert that returns the new count, is what makes the limit hold for simultaneous
 * attempts: each sees its own number, so no more than the limit ever get to the password check.
 * A right password then takes its attempt back (`forgiveAttempt`).
 */
export async function countAttempt(
  db: Queryable,
  keys: readonly ThrottleKey[],
  now: Date,
): Promise<void> {
  for (const { key, limit } of keys) {
    const row = await bump(db, key, now);
    if (row.failures <= limit) continue;
    const endsAt = Date.parse(row.first_failed_at) + WINDOW_MS;
    const retryAfterSeconds = Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
    throw new AppError('rate_limited', 'Too many failed sign-in attempts. Try again later.', {
      retryAfterSeconds,
    });
  }
}

/**
 * Takes back the attempt a right password made. It removes only that one attempt: failures
 * before it stay until their window ends, so signing in as one account never clears the
 * guesses made at another from the same address.
 */
export async function forgiveAttempt(db: Queryable, keys: readonly ThrottleKey[]): Promise<void> {
  await db
    .updateTable('login_failures')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where(
      'key',
      'in',
      keys.map((k) => k.key),
    )
    .where('failures', '>', 0)
    .execute();
}

// Adds one to the key's count, starting a new window when the last one has ended.
async function bump(db: Queryable, key: string, now: Date) {
  const startOfWindow = toDbTime(new Date(now.getTime() - WINDOW_MS));
  return db
    .insertInto('login_failures')
    .values({ key, failures: 1, first_failed_at: toDbTime(now) })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('login_failures.first_failed_at', '<', startOfWindow)
          .then(1)
          .else(eb('login_failures.failures', '+', 1))
          .end(),
        first_failed_at: eb
          .case()
          .when('login_failures.first_failed_at', '<', startOfWindow)
          .then(toDbTime(now))
          .else(eb.ref('login_failures.first_failed_at'))
          .end(),
      })),
    )
    .returning(['failures', 'first_failed_at'])
    .executeTakeFirstOrThrow();
}
