import nodemailer from 'nodemailer';
import pino from 'pino';
import { sendInvites } from '../src/invites/send-invites.js';
import { outboxTiming, startOutboxWorker } from '../src/mail/outbox-worker.js';
import { smtpTransport } from '../src/mail/transports.js';
import { openBenchDatabase } from './lib/database.js';
import { fmt, note, options, report } from './lib/options.js';
import { defaultTemplates, insertAdmin, seedInterviews } from './lib/seed.js';
import type { CountingSink } from './lib/sink.js';

/**
 * Bulk Send Invites: `n` interviews × 3 participants queued by sendInvites and delivered by the
 * outbox worker (pooled SMTP) to a counting sink in another process, against raw pooled
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
    const worker = startOutboxWorker({
      database: bench.database,
      transport: smtpTransport(sink.url),
      from: bench.config.mailFrom,
      log: pino({ level: 'silent' }),
      ...outboxTiming(bench.config),
    });
    const send = (interviewId: string) =>
      sendInvites({ db, actor, interviewId, settings, ...templates });

    // Warm-up (not timed): one interview through the whole path; its interviewer message is the
    // baseline's payload, so both runs send the same MIME shape and size.
    const [warmId, ...ids] = seeded.interviewIds;
    await send(warmId as string);
    worker.wake();
    await sink.waitFor(3, options.timeoutMs);
    const sample = Buffer.from(await sink.sample(), 'utf8');

    await sink.reset();
    const raw = await rawNodemailer(sink, sample, expected);

    await sink.reset();
    const started = performance.now();
    let queuedAt = 0;
    for (const id of ids) {
      await send(id);
      worker.wake();
    }
    queuedAt = performance.now() - started;
    await sink.waitFor(expected, options.timeoutMs);
    const seconds = (performance.now() - started) / 1000;
    await worker.stop();
    const rate = expected / seconds;
    const ratio = rate / raw.rate;
    report(
      'bulk send',
      `${fmt(rate)} emails/s (${fmt(expected)} in ${fmt(seconds, 1)} s; all queued after ${fmt(queuedAt / 1000, 1)} s; ` +
        `raw nodemailer ${fmt(raw.rate)}/s; message ${fmt(sample.length)} bytes)`,
      ratio,
      '≥ 0.60 and ≥ 1,000/s',
      ratio >= 0.6 && rate >= 1000,
    );
    const memory = process.memoryUsage();
    note(
      'memory',
      `server RSS ${fmt(memory.rss / 2 ** 20)} MB after the ${fmt(n)}-interview send (heap used ${fmt(memory.heapUsed / 2 ** 20)} MB; SMTP sink in another process)`,
    );
  } finally {
    await bench.drop();
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
