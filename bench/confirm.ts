import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { hashSecret, newSecret } from '../src/auth/secrets.js';
import { buildApp } from '../src/http/app.js';
import { openBenchDatabase } from './lib/database.js';
import { runLoad } from './lib/load.js';
import { fmt, options, report } from './lib/options.js';
import { seedInterviews } from './lib/seed.js';

/**
 * Confirm under load: `connections` keep-alive clients POST /api/v1/invitations/:token/confirm
 * over a rotating set of tokens (the first hit confirms, later ones answer "already done"),
 * against a bare Fastify route doing one single-row UPDATE in a transaction on the same database.
 */
export async function benchConfirm(engine: 'sqlite' | 'postgres'): Promise<void> {
  const postgresUrl = engine === 'postgres' ? options.postgresUrl : undefined;
  if (engine === 'postgres' && !postgresUrl) {
    console.log('confirm (PostgreSQL): skipped, TEST_DATABASE_URL is not set');
    return;
  }
  const bench = await openBenchDatabase(postgresUrl, { TRUST_PROXY: 'true' });
  let app: FastifyInstance | undefined;
  let bare: FastifyInstance | undefined;
  try {
    const { db } = bench.database;
    const { participants } = await seedInterviews(db, {
      count: Math.ceil(options.tokens / 3),
      status: 'awaiting_confirmation',
      firstStart: new Date(Date.now() + 30 * 24 * 3_600_000),
      spacingMinutes: 30,
    });
    const tokens = participants.map(() => newSecret());
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < tokens.length; i += 1000) {
        const rows = tokens.slice(i, i + 1000).map((token, k) => ({
          token_hash: hashSecret(token),
          participant_id: (participants[i + k] as (typeof participants)[number]).id,
          created_at: new Date().toISOString(),
        }));
        await trx.insertInto('participant_tokens').values(rows).execute();
      }
    });

    bare = Fastify({ logger: false });
    bare.post<{ Params: { id: string } }>('/bare/:id', async (request) => {
      await db
        .transaction()
        .execute((trx) =>
          trx
            .updateTable('participants')
            .set({ last_opened_at: new Date().toISOString() })
            .where('id', '=', request.params.id)
            .execute(),
        );
      return { changed: true };
    });
    const barePort = await listen(bare);
    const load = {
      connections: options.connections,
      warmupMs: Number(process.env.BENCH_WARMUP_MS ?? 1000),
      durationMs: options.durationMs,
    };
    const base = await runLoad({
      ...load,
      port: barePort,
      paths: participants.map((p) => `/bare/${p.id}`),
    });
    await bare.close();
    bare = undefined;

    app = await buildApp({
      config: { ...bench.config, sessionSecret: 'b'.repeat(40) },
      database: bench.database,
    });
    const port = await listen(app);
    const real = await runLoad({
      ...load,
      port,
      paths: tokens.map((t) => `/i/${t}/confirm`),
    });
    const name = engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    const ratio = real.rps / base.rps;
    const failed = Object.entries(real.statuses).filter(([status]) => status !== '303');
    report(
      `confirm (${name}, ${options.connections} connections, ${fmt(tokens.length)} tokens)`,
      `${fmt(real.rps)} req/s p50 ${fmt(real.p50, 1)} ms p99 ${fmt(real.p99, 1)} ms` +
        `${failed.length ? ` non-200: ${JSON.stringify(Object.fromEntries(failed))}` : ''} ` +
        `(bare UPDATE route ${fmt(base.rps)} req/s p99 ${fmt(base.p99, 1)} ms)`,
      ratio,
      '≥ 0.50 and p99 < 25 ms',
      ratio >= 0.5 && real.p99 < 25 && failed.length === 0,
    );
    const confirmed = await db
      .selectFrom('participants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('attendance', '=', 'confirmed')
      .executeTakeFirstOrThrow();
    console.log(
      `  (${fmt(real.requests)} requests measured; ${fmt(Number(confirmed.n))} of ${fmt(tokens.length)} participants now confirmed)`,
    );
  } finally {
    await bare?.close();
    await app?.close();
    await bench.drop();
  }
}

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return (app.server.address() as AddressInfo).port;
}
