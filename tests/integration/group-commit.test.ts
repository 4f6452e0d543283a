import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase, type Queryable } from '../../src/db/database.js';
import { sharedTransaction } from '../../src/db/group-commit.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createTestDatabase, engine, type TestDatabase } from '../helpers/database.js';

// sharedTransaction is what SQLite's first answers run in (invites/answer-statements.ts); it
// holds the same promises on either engine, so both run it.
describe(`sharedTransaction (${engine})`, () => {
  let testDb: TestDatabase;
  let database: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = openDatabase(testDb.url);
    await migrateToLatest(database.db, database.engine);
  });

  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  const addWebhook = (trx: Queryable, id: string) => {
    const now = new Date().toISOString();
    return trx
      .insertInto('webhooks')
      .values({
        id,
        url: `https://ats.example.com/${id}`,
        description: null,
        event_types: '[]',
        secret_box: 'sealed',
        created_by: null,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
  };
  const stored = async (prefix: string) =>
    (
      await database.db
        .selectFrom('webhooks')
        .select('id')
        .where('id', 'like', `${prefix}%`)
        .orderBy('id')
        .execute()
    ).map((row) => row.id);

  it('commits work queued together once, and a failing piece rolls back only its own writes', async () => {
    const results = await Promise.allSettled([
      sharedTransaction(database.db, async (trx) => {
        await addWebhook(trx, 'g1_a');
        return 'a';
      }),
      sharedTransaction(database.db, async (trx) => {
        await addWebhook(trx, 'g1_b');
        throw new Error('b refuses');
      }),
      // A statement that fails in the database (the same primary key again).
      sharedTransaction(database.db, async (trx) => {
        await addWebhook(trx, 'g1_c');
        await addWebhook(trx, 'g1_a');
      }),
      sharedTransaction(database.db, async (trx) => {
        await addWebhook(trx, 'g1_d');
        return 'd';
      }),
    ]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: 'a' });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { message: 'b refuses' } });
    expect(results[2]?.status).toBe('rejected');
    expect(results[3]).toEqual({ status: 'fulfilled', value: 'd' });
    expect(await stored('g1_')).toEqual(['g1_a', 'g1_d']);
  });

  it('settles nothing as done before the commit', async () => {
    let settledEarly = false;
    const done = sharedTransaction(database.db, async (trx) => {
      await addWebhook(trx, 'g2_a');
    }).then(() => {
      settledEarly = true;
    });
    const second = sharedTransaction(database.db, async (trx) => {
      await addWebhook(trx, 'g2_b');
      // Visible inside the shared transaction, not outside it yet.
      expect(settledEarly).toBe(false);
    });
    await Promise.all([done, second]);
    expect(await stored('g2_')).toEqual(['g2_a', 'g2_b']);
  });

  it('runs work queued while a transaction runs in the next one', async () => {
    const order: string[] = [];
    let later: Promise<void> | undefined;
    const first = sharedTransaction(database.db, async (trx) => {
      await addWebhook(trx, 'g3_a');
      // Queued from inside the running transaction: it cannot join it any more.
      later = sharedTransaction(database.db, async (next) => {
        order.push('later');
        await addWebhook(next, 'g3_b');
      });
      order.push('first');
    });
    await first;
    await later;
    expect(order).toEqual(['first', 'later']);
    expect(await stored('g3_')).toEqual(['g3_a', 'g3_b']);
  });
});
