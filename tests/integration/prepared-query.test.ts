import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase, type Queryable } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { preparedQuery } from '../../src/db/prepared.js';
import { createTestDatabase, engine, type TestDatabase } from '../helpers/database.js';

const webhookNamed = preparedQuery((db: Queryable, url: string) =>
  db.selectFrom('webhooks').select(['id', 'url', 'active']).where('url', '=', url),
);
const activeWebhooksNamed = preparedQuery((db: Queryable, url: string) =>
  db.selectFrom('webhooks').select('id').where('active', '=', 1).where('url', '=', url),
);
const renameWebhook = preparedQuery((db: Queryable, id: string, url: string) =>
  db.updateTable('webhooks').set({ url }).where('id', '=', id),
);

describe(`preparedQuery (${engine})`, () => {
  let testDb: TestDatabase;
  let database: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = openDatabase(testDb.url);
    await migrateToLatest(database.db, database.engine);
    const now = new Date().toISOString();
    await database.db
      .insertInto('webhooks')
      .values(
        ['a', 'b'].map((name, i) => ({
          id: `wh_${name}`,
          url: `https://ats.example.com/${name}`,
          description: null,
          event_types: '[]',
          secret_box: 'sealed',
          created_by: null,
          active: i === 0 ? 1 : 0,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  });

  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  it('runs one compiled query with each call’s values', async () => {
    expect(await webhookNamed(database.db, 'https://ats.example.com/a')).toEqual([
      { id: 'wh_a', url: 'https://ats.example.com/a', active: 1 },
    ]);
    expect(await webhookNamed(database.db, 'https://ats.example.com/b')).toEqual([
      { id: 'wh_b', url: 'https://ats.example.com/b', active: 0 },
    ]);
    expect(await webhookNamed(database.db, 'https://nowhere.example.com')).toEqual([]);
  });

  it('keeps the values written into the query as they were', async () => {
    expect(await activeWebhooksNamed(database.db, 'https://ats.example.com/a')).toEqual([
      { id: 'wh_a' },
    ]);
    expect(await activeWebhooksNamed(database.db, 'https://ats.example.com/b')).toEqual([]);
  });

  it('runs inside a transaction, and a rollback undoes it', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await renameWebhook(trx, 'wh_a', 'https://ats.example.com/renamed');
        expect(await webhookNamed(trx, 'https://ats.example.com/renamed')).toHaveLength(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await webhookNamed(database.db, 'https://ats.example.com/renamed')).toEqual([]);
    expect(await webhookNamed(database.db, 'https://ats.example.com/a')).toHaveLength(1);
  });

  it('refuses a query that does not pass an argument on as a parameter', async () => {
    const inlined = preparedQuery((db: Queryable, url: string) =>
      db.selectFrom('webhooks').select('id').where(sql.ref('url'), '=', sql.lit(url)),
    );
    await expect(inlined(database.db, 'https://ats.example.com/a')).rejects.toThrow(
      'argument 0 must appear once as a parameter',
    );
  });
});
