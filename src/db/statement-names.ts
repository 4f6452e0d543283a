/**
 * The SQL texts that PostgreSQL keeps parsed and planned per connection, as named prepared
 * statements: db/prepared.ts registers each hot statement it compiles, and the PostgreSQL
 * client (db/database.ts) names every query whose text is registered. An unnamed statement is
 * parsed, analysed and planned anew on every run; for the confirm path's one-statement answer
 * (four data-modifying CTEs) that was a large part of the server's work. Bounded, since each
 * name lives on every connection that ran it until the connection closes.
 */
const MAX_NAMED = 200;

const names = new Map<string, string>();

/** Registers a fixed SQL text to be run as a named prepared statement. */
export function nameStatement(sql: string): void {
  if (names.has(sql) || names.size >= MAX_NAMED) return;
  names.set(sql, `convene_${names.size + 1}`);
}

/** The name a registered SQL text runs under, if any. */
export function statementName(sql: string): string | undefined {
  return names.get(sql);
}
