import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multiplyOutbox, queueManyInvites } from '../helpers/bulk-invites.js';
import { type CountingSink, startCountingSink } from '../helpers/counting-sink.js';
import { createTestDatabase, engine, type TestDatabase } from '../helpers/database.js';
import { compareDeliveries, type OutboxRow, summarize } from '../helpers/deliveries.js';
import { type ConveneProcess, until } from '../helpers/process.js';
import { pause, startWorker, workerEnv } from './workers.js';

const MESSAGES = 501;

/**
 * Restarts the machine's PostgreSQL (CI.md: the cluster on 127.0.0.1:5432) with a fast
 * shutdown, which cuts every open connection, and resolves once it accepts connections again.
 * Asynchronous, so the test's SMTP sink keeps answering the worker meanwhile.
 */
async function restartPostgres(): Promise<number> {
  const version = readdirSync('/etc/postgresql')[0];
  if (!version) throw new Error('no PostgreSQL cluster in /etc/postgresql');
  const started = Date.now();
  await promisify(execFile)('pg_ctlcluster', [
    '--skip-systemctl-redirect',
    version,
    'main',
    'restart',
  ]);
  return Date.now() - started;
}

/**
 * A query on a connection of its own: the test's connections must not outlive the restart (an
 * idle pooled client cut by the server would surface as an uncaught error in the test process).
 * Undefined while the server is down.
 */
async function query<T>(url: string, text: string): Promise<T[] | undefined> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.query(text)).rows as T[];
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The start of what a crashed process printed after its last log line: the error itself. */
function crashOf(output: string): string {
  const lines = output.split('\n');
  const lastLog = lines.findLastIndex((line) => line.startsWith('{'));
  return lines
    .slice(lastLog + 1)
    .join('\n')
    .slice(0, 1500);
}

// PostgreSQL only: SQLite is a file inside the worker's process, with no server to restart.
// This file restarts the shared PostgreSQL server: it must run alone, after every other test
// that uses it (the faults project runs last, one file at a time).
describe.skipIf(engine === 'sqlite')(
  `PostgreSQL restarted mid-send (${engine})`,
  { timeout: 110_000 },
  () => {
    let sink: CountingSink;
    let testDb: TestDatabase;
    const started: ConveneProcess[] = [];

    beforeAll(async () => {
      sink = await startCountingSink();
      testDb = await createTestDatabase();
      await queueManyInvites(testDb.url, { interviews: 30, label: 'pgrestart' });
      await multiplyOutbox(testDb.url, MESSAGES, 'pgrestart');
    });
    afterAll(async () => {
      await Promise.all(started.map((p) => p.kill('SIGKILL')));
      await sink?.close();
      await testDb?.drop();
    });

    const unsent = async () =>
      (
        await query<{ n: string }>(
          testDb.url,
          "select count(*) as n from messages where state <> 'sent'",
        )
      )?.map((r) => Number(r.n))[0];

    it('keeps the worker running through the restart and delivers every message, none with two Message-IDs', async () => {
      const outbox = await query<OutboxRow>(
        testDb.url,
        'select message_id, to_email from messages',
      );
      expect(outbox).toHaveLength(MESSAGES);
      const worker = await startWorker(workerEnv(testDb.url, sink.url), started);
      await until(() => sink.deliveries.length >= 40, 'the send to be under way', 30_000);

      const before = sink.deliveries.length;
      const restartMs = await restartPostgres();
      const duringRestart = sink.deliveries.length;
      await until(
        async () => worker.child.exitCode !== null || (await unsent()) === 0,
        () =>
          `every message sent; ${sink.deliveries.length} received; worker said: ${worker.output()}`,
        60_000,
      );
      await pause(500);

      const report = compareDeliveries(sink.deliveries, outbox ?? []);
      console.log(
        `[faults] PostgreSQL restart (${engine}): restart took ${restartMs} ms, begun after ` +
          `${before} of ${MESSAGES} deliveries (${duringRestart} when it was back), worker ` +
          `${worker.child.exitCode === null ? 'alive' : `exited with ${worker.child.exitCode}`}, ` +
          `${report.received} received, ${report.sameIdRepeats} same-Message-ID repeats`,
      );
      // The restart must have hit the send in the middle, or this test proves nothing.
      expect(before).toBeLessThan(MESSAGES);
      expect(
        worker.child.exitCode,
        `the worker died on the restart:\n${crashOf(worker.output())}`,
      ).toBeNull();
      expect(report.missing, summarize(report)).toEqual([]);
      expect(report.unknown, summarize(report)).toEqual([]);
      expect(report.misdirected, summarize(report)).toEqual([]);
      expect(report.recipientsWithTwoIds, summarize(report)).toEqual([]);
      expect(report.distinct).toBe(MESSAGES);
    });
  },
);
