import { isSqlite, type Transaction } from '../db/database.js';
import type { SchedulingRequestsTable } from '../db/schema.js';
import { openedBy } from './scheduling-view.js';

/**
 * Reads the request a token opens for change, holding its row lock until the transaction ends
 * (a no-op UPDATE on PostgreSQL; on SQLite the IMMEDIATE transaction holds the one write lock
 * already), so the same link pressed twice books once.
 */
export async function lockRequestByToken(
  trx: Transaction,
  token: string,
): Promise<SchedulingRequestsTable | undefined> {
  if (isSqlite(trx)) {
    return trx
      .selectFrom('scheduling_requests')
      .selectAll()
      .where(openedBy(token))
      .executeTakeFirst();
  }
  return trx
    .updateTable('scheduling_requests')
    .set((eb) => ({ version: eb.ref('version') }))
    .where(openedBy(token))
    .returningAll()
    .executeTakeFirst();
}
