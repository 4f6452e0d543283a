import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from './database.js';

describe('SQLite transactions while another connection holds the write lock', () => {
  let dir: string;
  let database: Db;
  let other: SqliteDatabase.Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'convene-db-'));
    const file = join(dir, 'convene.db');
    database = openDatabase(`sqlite:${file}`);
    await sql`create table counter (n integer not null)`.execute(database.db);
    await sql`insert into counter (n) values (0)`.execute(database.db);
    // Another process, as `npm run worker` is to the server.
    other = new SqliteDatabase(file);
  });

  afterEach(async () => {
    other.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('waits for the lock without stopping the event loop, then commits', async () => {
    other.exec('begin immediate');
    other.exec('update counter set n = n + 10');
    const done = database.db.transaction().execute(async (trx) => {
      await sql`update counter set n = n + 1`.execute(trx);
    });
    let finished = false;
    void done.then(() => {
      finished = true;
    });
    // Timers still fire while the transaction waits: nothing blocks the process.
    const ticks: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      ticks.push(i);
    }
    expect(ticks).toHaveLength(5);
    expect(finished).toBe(false);
    other.exec('commit');
    await done;
    // It began after the other commit, so it saw and kept that write.
    const row = other.prepare('select n from counter').get() as { n: number };
    expect(row.n).toBe(11);
  });

  it('lets a write outside a transaction wait for the lock the same way', async () => {
    other.exec('begin immediate');
    other.exec('update counter set n = n + 10');
    const done = sql`update counter set n = n + 1`.execute(database.db);
    const started = Date.now();
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    // SQLite's own busy wait would have held the process for the whole wait, then failed.
    expect(Date.now() - started).toBeLessThan(1000);
    other.exec('commit');
    await done;
    const row = other.prepare('select n from counter').get() as { n: number };
    expect(row.n).toBe(11);
  });

  it('still fails a transaction whose own statement fails, and releases the lock', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`update counter set n = n + 1`.execute(trx);
        await sql`insert into no_such_table values (1)`.execute(trx);
      }),
    ).rejects.toThrow(/no such table/);
    other.exec('begin immediate');
    other.exec('commit');
    const row = other.prepare('select n from counter').get() as { n: number };
    expect(row.n).toBe(0);
  });
});

describe('SQLite files on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'convene-db-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const modeOf = (path: string) => statSync(path).mode & 0o777;

  it('creates the database and its -wal and -shm files readable by the owner only', async () => {
    const file = join(dir, 'data', 'convene.db');
    const database = openDatabase(`sqlite:${file}`);
    await sql`create table t (n integer)`.execute(database.db);
    await sql`insert into t (n) values (1)`.execute(database.db);
    try {
      for (const path of [file, `${file}-wal`, `${file}-shm`]) {
        expect(existsSync(path), path).toBe(true);
        expect(modeOf(path).toString(8), path).toBe('600');
      }
      expect(modeOf(join(dir, 'data')).toString(8)).toBe('700');
    } finally {
      await database.close();
    }
  });

  it('makes an existing database file left readable by others private when it opens it', async () => {
    const file = join(dir, 'convene.db');
    new SqliteDatabase(file).close();
    writeFileSync(`${file}-wal`, '');
    chmodSync(file, 0o644);
    chmodSync(`${file}-wal`, 0o644);
    const database = openDatabase(`sqlite:${file}`);
    try {
      expect(modeOf(file).toString(8)).toBe('600');
      expect(modeOf(`${file}-wal`).toString(8)).toBe('600');
    } finally {
      await database.close();
    }
  });
});
