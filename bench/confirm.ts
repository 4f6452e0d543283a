import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { hashSecret, newSecret } from '../src/crypto/secrets.js';
import type { Db } from '../src/db/database.js';
import { buildApp } from '../src/http/app.js';
import { openBenchDatabase } from './lib/database.js';
import { type LoadResult, runLoad } from './lib/load.js';
import { fmt, median, options, report, spread } from './lib/options.js';
import { seedInterviews } from './lib/seed.js';

/**
 * Confirm on the Interview Details page (`POST /i/:token/confirm`, 64 keep-alive clients), as
 * two rows, each against a bare Fastify route on the same database, alternated in `rounds`
 * rounds and reported as medians with their spread:
 * - first confirmations: every request is a participant's first press (a write transaction),
 *   against a route that runs a one-row UPDATE in a transaction;
 * - repeat presses: every request presses an already confirmed link again (one indexed read),
 *   against a route that reads one row by primary key.
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
    const name = engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    const { participantIds, tokens } = await seedTokens(bench.database, options.rounds);
    console.log(
      `\nconfirm (${name}): ${fmt(tokens.length)} participants with a link each, ${options.rounds} rounds`,
    );
    bare = bareRoutes(bench.database);
    const barePort = await listen(bare);
    app = await buildApp({
      config: { ...bench.config, sessionSecret: 'b'.repeat(40) },
      database: bench.database,
    });
    const port = await listen(app);
    const load = {
      connections: options.connections,
      warmupMs: Number(process.env.BENCH_WARMUP_MS ?? 1000),
      durationMs: options.durationMs,
    };
    const rounds: Round[] = [];
    const perRound = Math.floor(tokens.length / options.rounds);
    for (let r = 0; r < options.rounds; r += 1) {
      const fresh = shuffle(tokens.slice(r * perRound, (r + 1) * perRound));
      const write = await runLoad({
        ...load,
        port: barePort,
        paths: rows('write', participantIds),
      });
      const first = await runLoad({ ...load, port, once: true, paths: confirmPaths(fresh) });
      // The links pressed first in this round are confirmed now: pressing them again is a repeat.
      const again = fresh.slice(0, Math.min(first.used, options.tokens));
      const read = await runLoad({ ...load, port: barePort, paths: rows('read', participantIds) });
      const repeat = await runLoad({ ...load, port, paths: confirmPaths(again) });
      const round = { write, first, read, repeat };
      rounds.push(round);
      printRound(r + 1, round);
    }
    reportRows(name, rounds);
    await checkConfirmed(bench.database, rounds);
  } finally {
    await bare?.close();
    await app?.close();
    await bench.drop();
  }
}

interface Round {
  write: LoadResult;
  first: LoadResult;
  read: LoadResult;
  repeat: LoadResult;
}

/**
 * Interviews awaiting confirmation and a link token for each participant: enough for every
 * round's first confirmations (`BENCH_FIRST_TOKENS` each) to press a link of its own.
 */
async function seedTokens(database: Db, rounds: number) {
  const { db } = database;
  const { participants } = await seedInterviews(db, {
    count: Math.ceil((options.firstTokens * rounds) / 3),
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
  return { participantIds: participants.map((p) => p.id), tokens };
}

/** The baselines: a one-row UPDATE in a transaction, and a one-row read by primary key. */
function bareRoutes(database: Db): FastifyInstance {
  const { db } = database;
  const bare = Fastify({ logger: false });
  bare.post<{ Params: { id: string } }>('/bare/write/:id', async (request) => {
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
  bare.post<{ Params: { id: string } }>('/bare/read/:id', async (request) => {
    const row = await db
      .selectFrom('participants')
      .select(['id', 'attendance'])
      .where('id', '=', request.params.id)
      .executeTakeFirst();
    return { attendance: row?.attendance ?? null };
  });
  return bare;
}

const rows = (kind: 'write' | 'read', ids: string[]) => ids.map((id) => `/bare/${kind}/${id}`);
const confirmPaths = (tokens: string[]) => tokens.map((t) => `/i/${t}/confirm`);

// Participants of one interview answer at different moments, not side by side: the links are
// pressed in random order, as they would be.
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function printRound(n: number, { write, first, read, repeat }: Round): void {
  const line = (label: string, r: LoadResult) =>
    `${label} ${fmt(r.rps)} req/s p50 ${fmt(r.p50, 1)} p99 ${fmt(r.p99, 1)} ms`;
  console.log(
    `  round ${n}: ${line('first', first)} | ${line('bare write', write)}` +
      `${first.ranOut ? ` (ran out of links after ${fmt(first.seconds, 1)} s)` : ''}`,
  );
  console.log(`           ${line('repeat', repeat)} | ${line('bare read', read)}`);
}

/** The two result lines, each a median of the rounds with its spread, and the targets. */
function reportRows(name: string, rounds: Round[]): void {
  const rows = [
    {
      label: 'first confirmations only',
      real: 'first',
      base: 'write',
      baseName: 'bare one-row UPDATE transaction route',
      minRatio: 0.35,
    },
    {
      label: 'repeat presses',
      real: 'repeat',
      base: 'read',
      baseName: 'bare one-row read route',
      minRatio: 0.5,
    },
  ] as const;
  for (const row of rows) {
    const real = rounds.map((r) => r[row.real]);
    const base = rounds.map((r) => r[row.base]);
    const ratios = rounds.map((r) => r[row.real].rps / r[row.base].rps);
    const p99Ratios = rounds.map((r) => r[row.real].p99 / r[row.base].p99);
    const failed = real.flatMap((r) =>
      Object.entries(r.statuses).filter(([status]) => status !== '303'),
    );
    const ranOut = real.some((r) => r.ranOut);
    const ratio = median(ratios);
    const p99Ratio = median(p99Ratios);
    report(
      `confirm ${row.label} (${name}, ${options.connections} connections, median of ${rounds.length})`,
      `${spread(real.map((r) => r.rps))} req/s, p99 ${spread(
        real.map((r) => r.p99),
        1,
      )} ms` +
        `${failed.length ? `, non-303: ${JSON.stringify(failed)}` : ''}` +
        `${ranOut ? ', RAN OUT OF LINKS: raise BENCH_FIRST_TOKENS' : ''}; ` +
        `${row.baseName} ${spread(base.map((r) => r.rps))} req/s, p99 ${spread(
          base.map((r) => r.p99),
          1,
        )} ms; ` +
        `p99 ÷ bare p99 ${spread(p99Ratios, 2)};`,
      ratio,
      `≥ ${row.minRatio} of the bare rate, p99 ≤ 2 × the bare p99`,
      ratio >= row.minRatio && p99Ratio <= 2 && failed.length === 0 && !ranOut,
      spread(ratios, 2),
    );
  }
}

/** Every first press answered by a change: as many confirmed participants as links pressed. */
async function checkConfirmed(database: Db, rounds: Round[]): Promise<void> {
  const confirmed = await database.db
    .selectFrom('participants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('attendance', '=', 'confirmed')
    .executeTakeFirstOrThrow();
  const pressed = rounds.reduce((sum, r) => sum + r.first.used, 0);
  const measured = rounds.reduce((sum, r) => sum + r.first.requests, 0);
  console.log(
    `  (${fmt(measured)} first confirmations measured; ${fmt(Number(confirmed.n))} participants ` +
      `confirmed of ${fmt(pressed)} links pressed once each)`,
  );
}

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return (app.server.address() as AddressInfo).port;
}
