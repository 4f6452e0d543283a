import type { Transaction } from '../db/database.js';
import { AppError } from '../domain/errors.js';

// Ten wrong passwords from one address within the window lock that address out until the
// window ends. Kept in the database so every instance sharing it enforces the same count.
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;

/** Throws 429 with the wait in `details.retryAfterSeconds` while the key is locked out. */
export async function assertNotThrottled(db: Transaction, key: string, now: Date): Promise<void> {
  const row = await db
    .selectFrom('login_failures')
    .selectAll()
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row || row.failures < MAX_FAILURES) return;
  const endsAt = Date.parse(row.first_failed_at) + WINDOW_MS;
  if (endsAt <= now.getTime()) return;
  const retryAfterSeconds = Math.ceil((endsAt - now.getTime()) / 1000);
  throw new AppError('rate_limited', 'Too many failed sign-in attempts. Try again later.', {
    retryAfterSeconds,
  });
}

/** Counts one failure, starting a new window when the last one has ended. */
export async function recordLoginFailure(db: Transaction, key: string, now: Date): Promise<void> {
  const startOfWindow = new Date(now.getTime() - WINDOW_MS).toISOString();
  await db
    .insertInto('login_failures')
    .values({ key, failures: 1, first_failed_at: now.toISOString() })
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
          .then(now.toISOString())
          .else(eb.ref('login_failures.first_failed_at'))
          .end(),
      })),
    )
    .execute();
}

/** A successful sign-in ends the run of failures. */
export async function clearLoginFailures(db: Transaction, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}
