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

/** A page of rows and the cursor of the next one (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
