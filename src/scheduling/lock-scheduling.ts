import { hashSecret } from '../crypto/secrets.js';
import { isSqlite, type Transaction } from '../db/database.js';
import type { SchedulingRequestsTable } from '../db/schema.js';

/**
 * Reads the request a token opens for change, holding its row lock until the transaction ends
 * (a no-op UPDATE on PostgreSQL; on SQLite the IMMEDIATE transaction holds the one write lock
 * already), so the same link pressed twice books once.
 */
export async function lockRequestByToken(
  trx: Transaction,
  token: string,
): Promise<SchedulingRequestsTable | undefined> {
  const hash = hashSecret(token);
  if (isSqlite(trx)) {
    return trx
      .selectFrom('scheduling_requests')
      .selectAll()
      .where('token_hash', '=', hash)
      .executeTakeFirst();
  }
  return trx
    .updateTable('scheduling_requests')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('token_hash', '=', hash)
    .returningAll()
    .executeTakeFirst();
}
