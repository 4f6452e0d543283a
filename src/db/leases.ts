import type { Transaction } from './database.js';

/**
 * Takes or renews a named lease until `expiresAt`, if it is free, expired or already ours:
 * how a periodic job runs on exactly one of several instances sharing the database. Returns
 * whether `holder` holds it now.
 */
export async function acquireLease(
  db: Transaction,
  lease: { name: string; holder: string; now: Date; expiresAt: Date },
): Promise<boolean> {
  const { name, holder } = lease;
  const expires = lease.expiresAt.toISOString();
  const row = await db
    .insertInto('scheduler_leases')
    .values({ name, holder, expires_at: expires })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder, expires_at: expires })
        .where((eb) =>
          eb.or([
            eb('scheduler_leases.holder', '=', holder),
            eb('scheduler_leases.expires_at', '<', lease.now.toISOString()),
          ]),
        ),
    )
    .returning('holder')
    .executeTakeFirst();
  return row?.holder === holder;
}

/** Gives a lease up at once (on a clean stop), so another instance need not wait for it. */
export async function releaseLease(db: Transaction, name: string, holder: string): Promise<void> {
  await db
    .deleteFrom('scheduler_leases')
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}
