import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/http/app.js';
import { createUser } from '../src/people/create-user.js';
import { openBenchDatabase } from './lib/database.js';
import { fmt, options, percentile, report } from './lib/options.js';
import { defaultTemplates, seedInterviews } from './lib/seed.js';
import type { BulkRequest, StallResult, StallTarget } from './lib/stall-load.js';

const ROUNDS = 3;
const TARGET_MS = 200;

/**
 * Issue 13's "one request stalls everyone": the p99 of GET /healthz probes sent every 20 ms
 * while a 500-interview bulk Send Invites (21 participants each, as in the issue) and two
 * clients' hostile 1 MB bodies are processed, beside the p99 of the same probes on the same
 * server idle (the baseline). The server runs in this process with no outbox worker; every
 * client in another (bench/lib/stall-process.ts). After a warm-up, three rounds, each idle
 * probing and then the load on 500 fresh interviews; the figures are the medians, with their
 * spread.
 */
export async function benchStall(engine: 'sqlite' | 'postgres'): Promise<void> {
  const postgresUrl = engine === 'postgres' ? options.postgresUrl : undefined;
  const name = engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  if (engine === 'postgres' && !postgresUrl) {
    console.log('responsiveness (PostgreSQL): skipped, TEST_DATABASE_URL is not set');
    return;
  }
  const bench = await openBenchDatabase(postgresUrl);
  let app: FastifyInstance | undefined;
  const clients = await startClients();
  try {
    const { db } = bench.database;
    const count = options.stallInterviews;
    const { interviewIds } = await seedInterviews(db, {
      count: count * ROUNDS + 1,
      status: 'draft',
      firstStart: new Date(Date.now() + 30 * 86_400_000),
      spacingMinutes: 30,
      interviewers: options.stallPanel,
    });
    const templates = await defaultTemplates(db);
    app = await buildApp({
      config: { ...bench.config, sessionSecret: 'b'.repeat(40) },
      database: bench.database,
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const target = { baseUrl, auth: await signIn(db, baseUrl) };

    // Warm-up, not measured: the first requests of each kind compile their code paths.
    const warm = interviewIds.slice(-1);
    await clients.run({ type: 'idle', baseUrl, ms: 1_000 });
    await clients.run({ type: 'load', target, request: { interviewIds: warm, ...templates } });

    const idle: StallResult[] = [];
    const loaded: StallResult[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      idle.push(await clients.run({ type: 'idle', baseUrl, ms: options.stallIdleMs }));
      const ids = interviewIds.slice(round * count, (round + 1) * count);
      loaded.push(
        await clients.run({ type: 'load', target, request: { interviewIds: ids, ...templates } }),
      );
    }
    const p99 = summary(loaded.map((r) => percentile(r.latencies, 99)));
    const idleP99 = summary(idle.map((r) => percentile(r.latencies, 99)));
    const p50 = summary(loaded.map((r) => percentile(r.latencies, 50)));
    const bulk = summary(loaded.map((r) => r.bulk.ms / 1000));
    const problems = loaded.flatMap((r) => [
      ...(r.failedProbes > 0 ? [`${r.failedProbes} probes unanswered`] : []),
      ...(r.bulk.status !== 200 || r.bulk.sent !== count
        ? [`bulk answered ${r.bulk.status}, ${r.bulk.sent} sent`]
        : []),
    ]);
    const hostile = loaded.reduce(
      (n, r) => n + Object.values(r.hostile).reduce((a, b) => a + b, 0),
      0,
    );
    report(
      `/healthz p99 while a ${fmt(count)}-interview bulk send (${options.stallPanel + 1} participants each) and hostile 1 MB bodies are processed (${name})`,
      `p99 ${fmt(p99.median, 1)} ms (runs ${p99.runs}), p50 ${fmt(p50.median, 1)} ms; ` +
        `bulk send ${fmt(bulk.median, 1)} s (runs ${bulk.runs}); ${fmt(hostile / ROUNDS)} hostile requests a round` +
        `${problems.length ? `; ${problems.join(', ')}` : ''} ` +
        `(idle server: p99 ${fmt(idleP99.median, 1)} ms, runs ${idleP99.runs})`,
      p99.median / idleP99.median,
      `p99 < ${TARGET_MS} ms`,
      p99.median < TARGET_MS && problems.length === 0,
    );
  } finally {
    clients.stop();
    await app?.close();
    await bench.drop();
  }
}

/** The median of three figures and all three, "a / b / c" in run order. */
function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] as number,
    runs: values.map((v) => fmt(v, v < 10 ? 1 : 0)).join(' / '),
  };
}

/** A coordinator with a password, signed in over HTTP: their cookie and CSRF token. */
async function signIn(db: Parameters<typeof createUser>[0]['db'], baseUrl: string) {
  const password = 'bench password 123';
  await createUser({
    db,
    actor: undefined,
    name: 'Bench Coordinator',
    email: 'coordinator@convene.bench',
    timeZone: 'Europe/Berlin',
    role: 'coordinator',
    password,
  });
  const response = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@convene.bench', password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, 'x-csrf-token': csrfToken };
}

type Job =
  | { type: 'idle'; baseUrl: string; ms: number }
  | { type: 'load'; target: StallTarget; request: BulkRequest };

/** The client process: runs one job at a time and returns its figures. */
async function startClients() {
  const child = fork(fileURLToPath(new URL('./lib/stall-process.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve) => child.once('message', () => resolve()));
  return {
    run: (job: Job) =>
      new Promise<StallResult>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('stall clients did not finish')),
          options.timeoutMs,
        );
        child.once('message', (message: StallResult) => {
          clearTimeout(timer);
          resolve(message);
        });
        child.send(job);
      }),
    stop: () => child.kill(),
  };
}
