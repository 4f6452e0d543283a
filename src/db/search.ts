import { type RawBuilder, sql } from 'kysely';
import { foldForSearch } from '../domain/search-text.js';

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The LIKE pattern for a search: folded as the columns are (domain/search-text.ts), escaped. */
export function searchPattern(text: string): string {
  return `%${escapeLike(foldForSearch(text.trim()))}%`;
}

/** convene_fold(expression) LIKE pattern: an accent- and case-insensitive match, both engines. */
export function foldedLike(expression: RawBuilder<unknown>, pattern: string): RawBuilder<boolean> {
  return sql<boolean>`convene_fold(${expression}) like ${pattern} escape '\\'`;
}

/**
 * An accent- and case-insensitive substring match over several columns ("muller" finds
 * "Müller"), the same on SQLite and PostgreSQL: each engine has convene_fold (db/database.ts,
 * migration 0010), and an explicit ESCAPE since SQLite has no default one.
 */
export function containsText(columns: string[], text: string): RawBuilder<boolean> {
  const pattern = searchPattern(text);
  const tests = columns.map((c) => foldedLike(sql`${sql.ref(c)}`, pattern));
  return sql<boolean>`(${sql.join(tests, sql` or `)})`;
}
