import { type Kysely, SqliteAdapter, sql } from 'kysely';
import { SEARCH_FOLDS } from '../../domain/search-text.js';

/**
 * Accent- and case-insensitive search (issue 15): PostgreSQL gets convene_fold(text), lower()
 * and then each accented Latin letter as its plain one, from the same table the SQLite function
 * is written from (domain/search-text.ts). SQLite's is registered on every connection instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`create or replace function convene_fold(text) returns text
    language sql immutable parallel safe
    as ${sql.lit(`select translate(lower($1), '${SEARCH_FOLDS.from}', '${SEARCH_FOLDS.to}')`)}`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`drop function if exists convene_fold(text)`.execute(db);
}
