import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type TestEngine = 'sqlite' | 'postgres';

/** The engine this Vitest project runs the integration suite on. */
export const engine: TestEngine =
  process.env.CONVENE_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a SQLite file in a temp folder, or a new
 * PostgreSQL schema (selected through search_path) that is dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'convene-test-'));
    return {
      url: `sqlite:${join(dir, 'convene.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is required for the postgres test project');
  const schema = `test_${process.pid}_${randomBytes(6).toString('hex')}`;
  await withClient(base, (c) => c.query(`create schema ${schema}`));
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: () =>
      withClient(base, (c) => c.query(`drop schema ${schema} cascade`)).then(() => undefined),
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
