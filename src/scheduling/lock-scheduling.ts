import { sql } from 'kysely';
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

/**
 * Serialises bookings that share an interviewer (ADR 015): on PostgreSQL one transaction-scoped
 * advisory lock per interviewer, taken in id order so two panels that overlap cannot deadlock;
 * the second booking then reads the first one's interview when it checks the slot again. On
 * SQLite every write transaction is already serial.
 */
export async function lockInterviewers(
  trx: Transaction,
  userIds: readonly string[],
): Promise<void> {
  if (isSqlite(trx)) return;
  for (const id of [...new Set(userIds)].sort()) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`convene:interviewer:${id}`}, 0))`.execute(
      trx,
    );
  }
}
