import { isSqlite, type Queryable, type Transaction } from '../db/database.js';
import { preparedQuery } from '../db/prepared.js';
import type { InterviewsTable } from '../db/schema.js';
import { AppError } from '../domain/errors.js';

// A no-op UPDATE takes the row lock on PostgreSQL (SELECT … FOR UPDATE is not SQL that SQLite
// accepts).
const lockRow = preparedQuery((db: Queryable, id: string) =>
  db
    .updateTable('interviews')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('id', '=', id)
    .returningAll(),
);

// On SQLite every Convene transaction begins IMMEDIATE (db/database.ts), so it holds the write
// lock from its first statement: a read inside it is already serialised with every writer.
const readRow = preparedQuery((db: Queryable, id: string) =>
  db.selectFrom('interviews').selectAll().where('id', '=', id),
);

/**
 * Reads an interview for change, holding its row lock until the transaction ends: two
 * confirmations of one interview run one after the other, and the second sees the first when
 * it derives the status.
 */
export async function lockInterview(db: Transaction, id: string): Promise<InterviewsTable> {
  const [row] = await (isSqlite(db) ? readRow : lockRow)(db, id);
  if (!row) throw new AppError('not_found', `No interview with id ${id}.`);
  return row;
}
