import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { prepare } from '../../src/bootstrap.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/database.js';

export interface BenchDatabase {
  database: Db;
  config: Config;
  url: string;
  /** Closes the connection and deletes the file or schema. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated Convene database: a SQLite file in a temp folder, or a new schema on the
 * given PostgreSQL server (dropped afterwards), like the test suite's.
 */
export async function openBenchDatabase(
  postgresBase?: string,
  env: Record<string, string> = {},
): Promise<BenchDatabase> {
  let url: string;
  let cleanUp: () => Promise<void>;
  if (postgresBase) {
    const schema = `bench_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withClient(postgresBase, (c) => c.query(`create schema ${schema}`));
    const u = new URL(postgresBase);
    u.searchParams.set('options', `-c search_path=${schema}`);
    url = u.toString();
    cleanUp = () =>
      withClient(postgresBase, (c) => c.query(`drop schema ${schema} cascade`)).then(
        () => undefined,
      );
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'convene-bench-'));
    url = `sqlite:${join(dir, 'convene.db')}`;
    cleanUp = async () => rmSync(dir, { recursive: true, force: true });
  }
  const config = loadConfig({
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'b'.repeat(40),
    PUBLIC_URL: 'https://convene.bench',
    COMPANY_NAME: 'Example Corp',
    MAIL_FROM: 'interviews@convene.bench',
    ...env,
  });
  const { database } = await prepare(config);
  return {
    database,
    config,
    url,
    drop: async () => {
      await database.close();
      await cleanUp();
    },
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
