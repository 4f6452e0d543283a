import type { Transaction } from '../db/database.js';
import type { InterviewsTable } from '../db/schema.js';
import { AppError } from '../domain/errors.js';

/**
 * Reads an interview for change, holding its row lock until the transaction ends. A no-op
 * UPDATE locks on PostgreSQL (where SELECT … FOR UPDATE would fail on SQLite) and on SQLite
 * takes the write lock; so two confirmations of one interview run one after the other, and
 * the second sees the first when it derives the status.
 */
export async function lockInterview(db: Transaction, id: string): Promise<InterviewsTable> {
  const row = await db
    .updateTable('interviews')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `No interview with id ${id}.`);
  return row;
}
