import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/db/database.js';
import { multiplyOutbox, queueManyInvites } from '../helpers/bulk-invites.js';
import { type CountingSink, startCountingSink } from '../helpers/counting-sink.js';
import { createTestDatabase, engine, type TestDatabase } from '../helpers/database.js';
import { compareDeliveries, summarize } from '../helpers/deliveries.js';
import { type ConveneProcess, until } from '../helpers/process.js';
import { pause, startWorker, workerEnv } from './workers.js';

const MESSAGES = 2_001;
// Kill -9 for this long (or until everything is sent); then one last worker finishes the job.
const KILL_PHASE_MS = 50_000;

describe(`kill -9 of the worker during a 2,000-message send (${engine})`, {
  timeout: 115_000,
}, () => {
  let sink: CountingSink;
  let testDb: TestDatabase;
  let db: Db;
  const started: ConveneProcess[] = [];

  beforeAll(async () => {
    // A real server's few milliseconds per message: the send then lasts long enough (seconds,
    // not one burst) for several kills at random points, however fast the worker gets.
    sink = await startCountingSink({ answerDelayMs: 10 });
    testDb = await createTestDatabase();
    // 30 real Send Invites (90 messages), copied up to 2,001 outbox messages.
    await queueManyInvites(testDb.url, { interviews: 30, label: 'kill' });
    await multiplyOutbox(testDb.url, MESSAGES, 'kill');
    db = openDatabase(testDb.url);
  });
  afterAll(async () => {
    await Promise.all(started.map((p) => p.kill('SIGKILL')));
    await db?.close();
    await sink?.close();
    await testDb?.drop();
  });

  const unsent = async () => {
    const row = await db.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('state', '!=', 'sent')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it('delivers every message after repeated kills, a repeat only ever with the same Message-ID', async () => {
    const outbox = await db.db.selectFrom('messages').select(['message_id', 'to_email']).execute();
    expect(outbox).toHaveLength(MESSAGES);
    const env = workerEnv(testDb.url, sink.url);
    const runs: number[] = [];
    const killUntil = Date.now() + KILL_PHASE_MS;
    while ((await unsent()) > 0 && Date.now() < killUntil) {
      const worker = await startWorker(env, started);
      // A random point of the send: mid-claim, mid-SMTP, between acceptance and the commit.
      const runMs = 200 + Math.floor(Math.random() * 1300);
      runs.push(runMs);
      await pause(runMs);
      if (worker.child.exitCode !== null) {
        throw new Error(`the worker exited on its own before the kill: ${worker.output()}`);
      }
      await worker.kill('SIGKILL');
    }
    const leftAfterKills = await unsent();
    if (leftAfterKills > 0) {
      const last = await startWorker(env, started);
      await until(async () => (await unsent()) === 0, 'every message sent', 45_000);
      await last.kill('SIGTERM');
    }
    // A message whose DATA the kill cut may still be arriving.
    await pause(300);

    const report = compareDeliveries(sink.deliveries, outbox);
    console.log(
      `[faults] worker kill -9 (${engine}): ${MESSAGES} messages, ${runs.length} kills ` +
        `(${leftAfterKills} left for the last worker), ${report.received} received, ` +
        `${report.sameIdRepeats} same-Message-ID repeats`,
    );
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(report.missing, summarize(report)).toEqual([]);
    expect(report.unknown, summarize(report)).toEqual([]);
    expect(report.misdirected, summarize(report)).toEqual([]);
    expect(report.recipientsWithTwoIds, summarize(report)).toEqual([]);
    expect(report.distinct).toBe(MESSAGES);
  });
});
