import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type Transaction as KyselyTransaction,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import pg from 'pg';
import { foldForSearch } from '../domain/search-text.js';
import type { Database } from './schema.js';
import { statementName } from './statement-names.js';

export type Engine = 'sqlite' | 'postgres';

/** An open database: the Kysely instance, which engine it is, and how to close it. */
export interface Db {
  db: RootDb;
  engine: Engine;
  /** Where the SQLite file lives (undefined on PostgreSQL). */
  file: string | undefined;
  close(): Promise<void>;
}

/**
 * The database itself, never a transaction: what a use case that opens its own transaction
 * takes. Kysely's transactions refuse `transaction()` at run time; this makes passing one a
 * compile error instead. Only `openDatabase` makes one.
 */
export type RootDb = Kysely<Database> & { readonly isTransaction: false };

/** A caller's open transaction: what a function takes when its writes must commit with theirs. */
export type Transaction = KyselyTransaction<Database>;

/** The database or a transaction: for reads and single statements that need neither. */
export type Queryable = Kysely<Database>;

/** True on SQLite, where every transaction holds the one write lock from its BEGIN IMMEDIATE. */
export function isSqlite(db: Queryable): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** Opens `sqlite:<path>` or `postgres://…`; the SQLite folder and file are made private. */
export function openDatabase(url: string): Db {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  return openPostgres(url);
}

function openSqlite(path: string): Db {
  const file = path === ':memory:' ? undefined : resolve(path);
  if (file) makePrivate(file);
  const sqlite = new SqliteDatabase(file ?? ':memory:');
  // WAL lets readers run beside the single writer. No busy_timeout: SQLite's busy wait would
  // halt the whole process; when the worker and a request write at the same moment, the one
  // that finds the lock taken waits on a timer instead (ImmediateSqliteDriver).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 0');
  sqlite.pragma('foreign_keys = ON');
  // Search folds accents and case the same on both engines (domain/search-text.ts); PostgreSQL
  // gets its convene_fold from a migration.
  sqlite.function('convene_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldForSearch(text) : text,
  );
  // Checkpoint every ~10 MB of WAL instead of SQLite's 4 MB: an outbox body is written, then
  // rewritten when claimed and when cleared after sending, all within seconds; a wider window
  // copies such pages into the database fewer times (ADR 007). Not wider: the checkpoint runs
  // inside whichever commit crosses the mark, and better-sqlite3 holds the process meanwhile;
  // at ~40 MB that was a 170-250 ms stall for every request (ADR 009).
  sqlite.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db: db as RootDb, engine: 'sqlite', file, close: () => db.destroy() };
}

/**
 * The database holds password hashes, sessions, API keys and every participant's data: only its
 * owner may read it. A new folder is made 0700 and the file 0600 before SQLite opens it (SQLite
 * gives the -wal and -shm files it creates the database file's mode), and files an older
 * version left readable by others (0644) are made private.
 */
function makePrivate(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path) && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  }
}

const MAX_STATEMENTS = 500;

/**
 * Kysely prepares every query anew; Convene runs a small, fixed set of SQL texts, so each is
 * prepared once and reused (a bulk send spent a fifth of its database time preparing). Bounded:
 * when full the cache starts over. Safe because Convene never streams a query, so no cached
 * statement is ever mid-iteration when it is reused.
 */
function withStatementCache(sqlite: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

const WAL_CHECKPOINT_PAGES = 2_500;

/** How long a statement waits for another process's write lock before it fails. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Kysely's SQLite dialect, except that transactions begin IMMEDIATE, and wait for the write
 * lock without blocking the event loop. A deferred BEGIN reads first and upgrades to writing
 * later, and that upgrade fails at once with SQLITE_BUSY (no busy wait) when another process
 * (`npm run worker`) wrote in between; IMMEDIATE takes the write lock up front.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/**
 * better-sqlite3 is synchronous: SQLite's own busy wait would stop the whole process while
 * another process holds the write lock (a bulk send's chunk in the server, say), so a worker
 * could not even read its SMTP replies meanwhile. So the connection has no busy timeout, and a
 * statement that finds the lock taken (BEGIN IMMEDIATE, or a write outside a transaction) is
 * retried after short, growing sleeps that leave the event loop free, for up to
 * BUSY_TIMEOUT_MS. Inside a transaction the lock is held already, so nothing is retried there.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  #inTransaction = false;
  #patient: DatabaseConnection | undefined;
  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    this.#patient ??= this.#wrap(connection);
    return this.#patient;
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    this.#inTransaction = true;
  }
  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.commitTransaction(connection);
    } finally {
      this.#inTransaction = false;
    }
  }
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } finally {
      this.#inTransaction = false;
    }
  }
  #wrap(connection: DatabaseConnection): DatabaseConnection {
    return {
      executeQuery: async (query) => {
        const giveUpAt = Date.now() + BUSY_TIMEOUT_MS;
        for (let pause = 1; ; pause = Math.min(pause * 2, 8)) {
          try {
            return await connection.executeQuery(query);
          } catch (error) {
            const busy = (error as { code?: string }).code === 'SQLITE_BUSY';
            if (!busy || this.#inTransaction || Date.now() >= giveUpAt) throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, pause));
        }
      },
      streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
    };
  }
}

function openPostgres(url: string): Db {
  // Counts come back as bigint text; Convene's counts fit a JS number.
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
  const pool = new pg.Pool({ connectionString: url, max: 10, Client: NamingClient });
  // When PostgreSQL restarts it ends every connection; without listeners that 'error' event
  // would crash the process. The pool replaces the connection and the next query reconnects.
  const report = (error: Error) => console.error(`PostgreSQL connection lost: ${error.message}`);
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', report));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db: db as RootDb, engine: 'postgres', file: undefined, close: () => db.destroy() };
}

/**
 * pg's client, except that a query whose SQL text is registered (db/statement-names.ts: the
 * hot statements db/prepared.ts compiles once) runs as a named prepared statement, parsed and
 * planned once per connection instead of on every run. Kysely passes every query as text and
 * values, so those are all this needs to look at.
 */
class NamingClient extends pg.Client {
  // pg's query() has many overloads; this forwards all of them and changes only one shape.
  // biome-ignore lint/suspicious/noExplicitAny: forwarding pg's overloaded signature as is
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && Array.isArray(values)) {
      const name = statementName(config);
      if (name) return super.query({ name, text: config, values }, callback);
    }
    return super.query(config, values, callback);
  }
}
