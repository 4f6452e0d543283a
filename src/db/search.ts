import { type RawBuilder, sql } from 'kysely';

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A case-insensitive substring match over several columns, written the same for SQLite and
 * PostgreSQL (lower() on both sides, an explicit ESCAPE since SQLite has no default one).
 */
export function containsText(columns: string[], text: string): RawBuilder<boolean> {
  const pattern = `%${escapeLike(text.trim().toLowerCase())}%`;
  const tests = columns.map((c) => sql`lower(${sql.ref(c)}) like ${pattern} escape '\\'`);
  return sql<boolean>`(${sql.join(tests, sql` or `)})`;
}
