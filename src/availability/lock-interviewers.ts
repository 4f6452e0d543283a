import { sql } from 'kysely';
import { isSqlite, type Transaction } from '../db/database.js';

/**
 * Serialises the writes that claim interviewers' time after checking it is free (a booking of a
 * scheduling request, a candidate's reschedule; ADR 015, 016): on PostgreSQL one
 * transaction-scoped advisory lock per interviewer, taken in id order so two panels that
 * overlap cannot deadlock; the second writer then reads the first one's interview when it
 * checks the slot again. On SQLite every write transaction is already serial.
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
