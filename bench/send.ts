import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import { MAX_BULK_INTERVIEWS, sendInvitesBulk } from '../src/invites/send-invites-bulk.js';
import { openBenchDatabase } from './lib/database.js';
import { fmt, note, options, report } from './lib/options.js';
import { defaultTemplates, insertAdmin, seedInterviews } from './lib/seed.js';
import type { CountingSink } from './lib/sink.js';

/**
 * Bulk Send Invites: `n` interviews × 3 participants queued by the bulk Send Invites use case
 * (the body of POST /api/v1/invites, 500 interviews per call) in this process, and delivered by
 * `npm run worker`'s entry point in another process (pooled SMTP) to a counting sink in a third:
 * the topology README's "Operating" section recommends for bulk volume. The baseline is raw pooled
 * nodemailer sending the same number of copies of one Convene message to the same sink.
 */
export async function benchSend(sink: CountingSink): Promise<void> {
  const n = options.interviews;
  const expected = n * 3;
  const bench = await openBenchDatabase(undefined, { SMTP_URL: sink.url });
  try {
    const { db } = bench.database;
    const actor = await insertAdmin(db);
    const firstStart = new Date(Date.now() + 30 * 24 * 3_600_000);
    const seeded = await seedInterviews(db, {
      count: n + 1,
      status: 'draft',
      firstStart,
      spacingMinutes: 30,
    });
    const templates = await defaultTemplates(db);
    const settings = {
      from: bench.config.mailFrom,
      companyName: bench.config.companyName,
      publicUrl: bench.config.publicUrl,
    };
    const send = async (interviewIds: string[]) => {
      const result = await sendInvitesBulk({ db, actor, interviewIds, settings, ...templates });
      if (result.failed.length > 0)
        throw new Error(`bulk send refused: ${JSON.stringify(result.failed[0])}`);
    };
    const worker = await startWorkerProcess(bench.url, sink.url);
    try {
      // Warm-up (not timed): one interview through the whole path; its interviewer message is
      // the baseline's payload, so both runs send the same MIME shape and size.
      const [warmId, ...ids] = seeded.interviewIds;
      await send([warmId as string]);
      await sink.waitFor(3, options.timeoutMs);
      const sample = Buffer.from(await sink.sample(), 'utf8');

      await sink.reset();
      const raw = await rawNodemailer(sink, sample, expected);

      await sink.reset();
      const cpuBefore = process.cpuUsage();
      const workerBefore = worker.cpuMicros();
      const started = performance.now();
      for (let i = 0; i < ids.length; i += MAX_BULK_INTERVIEWS) {
        await send(ids.slice(i, i + MAX_BULK_INTERVIEWS));
      }
      const queuedAt = performance.now() - started;
      await sink.waitFor(expected, options.timeoutMs);
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const workerCpu = worker.cpuMicros() - workerBefore;
      const rate = expected / seconds;
      const ratio = rate / raw.rate;
      report(
        'bulk send',
        `${fmt(rate)} emails/s (${fmt(expected)} in ${fmt(seconds, 1)} s; all queued after ${fmt(queuedAt / 1000, 1)} s; ` +
          `CPU per email: server ${fmt((cpu.user + cpu.system) / expected)} µs, worker ${fmt(workerCpu / expected)} µs; ` +
          `raw nodemailer ${fmt(raw.rate)}/s; message ${fmt(sample.length)} bytes)`,
        ratio,
        '≥ 0.60 and ≥ 1,000/s',
        ratio >= 0.6 && rate >= 1000,
      );
      const memory = process.memoryUsage();
      note(
        'memory',
        `server RSS ${fmt(memory.rss / 2 ** 20)} MB after the ${fmt(n)}-interview send (heap used ${fmt(memory.heapUsed / 2 ** 20)} MB; worker and SMTP sink in other processes)`,
      );
    } finally {
      await worker.stop();
    }
  } finally {
    await bench.drop();
  }
}

/** `src/worker.ts` (what `npm run worker` runs) on the bench database, delivering to the sink. */
async function startWorkerProcess(databaseUrl: string, smtpUrl: string) {
  const child = fork(fileURLToPath(new URL('../src/worker.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtpUrl,
      MAIL_FROM: 'interviews@convene.bench',
      SESSION_SECRET: 'b'.repeat(40),
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_SECONDS: '0.05',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    /** CPU time the worker process has used so far, in µs (Linux /proc; 0 elsewhere). */
    cpuMicros: () => processCpuMicros(child.pid),
    stop: async () => {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

function processCpuMicros(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return 0;
  }
}

async function rawNodemailer(sink: CountingSink, raw: Buffer, count: number) {
  const pool = nodemailer.createTransport({
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    pool: true,
    maxConnections: 5,
    maxMessages: 500,
  });
  const envelope = { from: 'interviews@convene.bench', to: ['someone@example.com'] };
  const started = performance.now();
  // A bounded window of sends in flight, like a worker's batches (and memory stays flat).
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next += 1;
      await pool.sendMail({ envelope, raw });
    }
  };
  await Promise.all(Array.from({ length: 125 }, lane));
  await sink.waitFor(count, options.timeoutMs);
  const seconds = (performance.now() - started) / 1000;
  pool.close();
  return { rate: count / seconds, seconds };
}
