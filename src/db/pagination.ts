import { type RawBuilder, sql } from 'kysely';

/** Keyset cursors: opaque to clients, the last row's sort key inside. */
export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Returns the sort key, or undefined when the cursor is not one Convene issued. */
export function decodeCursor(cursor: string, arity: number): string[] | undefined {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string')
    ) {
      return values as string[];
    }
  } catch {
    // fall through: a malformed cursor is the caller's 400
  }
  return undefined;
}

/**
 * Rows after a keyset cursor: `(a, b) > (x, y)` (or `<` for a descending list). A row-value
 * comparison lets SQLite and PostgreSQL start the index scan at the cursor; the equivalent
 * `a > x OR (a = x AND b > y)` made SQLite walk the index from its start (bench/RESULTS.md).
 */
export function afterCursor(
  columns: readonly [string, string],
  values: readonly [string, string],
  order: 'asc' | 'desc' = 'asc',
): RawBuilder<boolean> {
  const op = sql.raw(order === 'asc' ? '>' : '<');
  return sql<boolean>`(${sql.ref(columns[0])}, ${sql.ref(columns[1])}) ${op} (${values[0]}, ${values[1]})`;
}
