import { isSqlite, type Transaction } from '../db/database.js';
import { AppError } from '../domain/errors.js';

/**
 * Throws 409 unless an active admin who can sign in remains besides `leavingId`. Call inside
 * the transaction that demotes or deactivates `leavingId`: on PostgreSQL the admins' rows are
 * locked first, so two admins demoting each other at once run one after the other and the
 * second sees the first's change; on SQLite the transaction already holds the write lock.
 */
export async function assertAdminRemains(trx: Transaction, leavingId: string): Promise<void> {
  let admins = trx
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('deactivated_at', 'is', null)
    .where('password_hash', 'is not', null);
  if (!isSqlite(trx)) admins = admins.forUpdate();
  const rows = await admins.execute();
  if (rows.some((row) => row.id !== leavingId)) return;
  throw new AppError(
    'conflict',
    'This would leave no active admin who can sign in: make another user an admin first.',
  );
}
