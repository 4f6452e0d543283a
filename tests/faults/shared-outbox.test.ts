import { simpleParser } from 'mailparser';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/db/database.js';
import { startOutboxWorker } from '../../src/mail/outbox-worker.js';
import { transportFor } from '../../src/mail/transports.js';
import { multiplyOutbox, queueManyInvites } from '../helpers/bulk-invites.js';
import { type CountingSink, startCountingSink } from '../helpers/counting-sink.js';
import { createTestDatabase, engine, type TestDatabase } from '../helpers/database.js';
import { compareDeliveries, summarize } from '../helpers/deliveries.js';
import { linkIn } from '../helpers/interviews.js';
import {
  type ConveneProcess,
  freePort,
  signInOver,
  startConvene,
  until,
} from '../helpers/process.js';
import { pause } from './workers.js';

const ADMIN = { email: 'admin@example.com', password: 'admin password 1' };
const INTERVIEWS = 100;
const BACKLOG = 600;
type Api = Awaited<ReturnType<typeof signInOver>>;

// SQLite is single-instance by design (one embedded file, one writer process): scale-out is
// PostgreSQL's job, so there is nothing to share on SQLite.
describe.skipIf(engine === 'sqlite')(
  `two server instances on one PostgreSQL share the outbox (${engine})`,
  { timeout: 110_000 },
  () => {
    let sink: CountingSink;
    let testDb: TestDatabase;
    let db: Db;
    const instances: Array<{ url: string; process: ConveneProcess }> = [];
    const interviewIds: string[] = [];

    beforeAll(async () => {
      sink = await startCountingSink();
      testDb = await createTestDatabase();
      db = openDatabase(testDb.url);
      // One after the other: the first start migrates and creates the admin.
      for (let i = 0; i < 2; i += 1) {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        const child = startConvene('server', {
          DATABASE_URL: testDb.url,
          PORT: String(port),
          HOST: '127.0.0.1',
          PUBLIC_URL: 'https://convene.test',
          // The EHLO name tells the sink which instance delivered a message.
          SMTP_URL: `${sink.url}?name=instance-${i}`,
          MAIL_FROM: 'interviews@example.com',
          ADMIN_EMAIL: ADMIN.email,
          ADMIN_PASSWORD: ADMIN.password,
          SESSION_SECRET: 's'.repeat(40),
          RUN_WORKER: 'true',
          OUTBOX_LEASE_SECONDS: '30',
          OUTBOX_RETRY_SECONDS: '0.05',
          // As eager as the extra workers of the backlog test: all claimers race for the same
          // rows, rather than the fastest pollers draining the backlog before a 1 s poll wakes.
          OUTBOX_POLL_SECONDS: '0.01',
        });
        instances.push({ url, process: child });
        await until(
          async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.ok === true,
          () => `instance ${i} to answer: ${child.output()}`,
          60_000,
        );
      }
    });
    afterAll(async () => {
      await Promise.all(instances.map((i) => i.process.kill('SIGKILL')));
      await db?.close();
      await sink?.close();
      await testDb?.drop();
    });

    const unsent = async () =>
      Number(
        (
          await db.db
            .selectFrom('messages')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('state', '!=', 'sent')
            .executeTakeFirstOrThrow()
        ).n,
      );

    /** Interview n is created on one instance and its invites sent through the other. */
    async function createAndSend(apis: Api[], n: number, templates: Record<string, string>) {
      const [create, send] = [apis[n % 2]!, apis[(n + 1) % 2]!];
      const candidate = await create('POST', '/candidates', {
        firstName: 'Cand',
        lastName: `Share ${n}`,
        email: `share.c${n}@example.com`,
      });
      const interviewerIds = [];
      for (const k of [0, 1]) {
        const user = await create('POST', '/users', {
          name: `Panel ${n} ${k}`,
          email: `share.i${n}.${k}@example.com`,
          timeZone: 'UTC',
          role: 'interviewer',
        });
        interviewerIds.push(user.data.id as string);
      }
      const interview = await create('POST', '/interviews', {
        title: `Shared ${n}`,
        candidateId: candidate.data.id,
        interviewerIds,
        startsAt: new Date(Date.UTC(2031, 0, 1) + n * 3_600_000).toISOString(),
        durationMinutes: 45,
        timeZone: 'UTC',
      });
      if (interview.status !== 201) throw new Error(`interview ${n}: ${interview.status}`);
      const sent = await send('POST', `/interviews/${interview.data.id}/invites`, {
        candidate: { templateId: templates.candidate },
        interviewer: { templateId: templates.interviewer },
      });
      if (sent.status !== 200) throw new Error(`Send Invites ${n}: ${sent.status}`);
      return interview.data.id as string;
    }

    it('delivers every message of 300 exactly once while both instances send and deliver', async () => {
      const apis = await Promise.all(
        instances.map((i) => signInOver(i.url, ADMIN.email, ADMIN.password)),
      );
      const listed = await apis[0]!('GET', '/templates?invitable=true');
      const templates = Object.fromEntries(
        (listed.data.items as Array<{ id: string; audience: string }>).map((t) => [
          t.audience,
          t.id,
        ]),
      );
      // Four lanes of requests at a time, alternating between the instances.
      let next = 0;
      const lane = async () => {
        for (let n = next++; n < INTERVIEWS; n = next++) {
          interviewIds[n] = await createAndSend(apis, n, templates);
        }
      };
      await Promise.all([lane(), lane(), lane(), lane()]);

      await until(
        async () => sink.deliveries.length >= INTERVIEWS * 3 && (await unsent()) === 0,
        () => `300 deliveries, got ${sink.deliveries.length}`,
        60_000,
      );
      // Time for a second copy to turn up, if either instance were to send one.
      await pause(1_500);
      const outbox = await db.db
        .selectFrom('messages')
        .select(['message_id', 'to_email'])
        .execute();
      expect(outbox).toHaveLength(INTERVIEWS * 3);
      const report = compareDeliveries(sink.deliveries, outbox);
      const byA = sink.deliveries.filter((d) => d.helo === 'instance-0').length;
      console.log(
        `[faults] two instances (${engine}): ${outbox.length} messages, ${report.received} received, ` +
          `${byA} delivered by instance A and ${report.received - byA} by B`,
      );
      expect(report.missing, summarize(report)).toEqual([]);
      expect(report.unknown, summarize(report)).toEqual([]);
      expect(report.misdirected, summarize(report)).toEqual([]);
      expect(report.sameIdRepeats, summarize(report)).toBe(0);
      expect(report.received).toBe(INTERVIEWS * 3);
      // Both workers took part: the outbox was shared, not drained by one instance alone.
      expect(byA).toBeGreaterThan(0);
      expect(byA).toBeLessThan(report.received);
    });

    it('shares a 600-message backlog that falls due at once among six workers, each message delivered once', async () => {
      // Queued (in-process, through the use cases) ten minutes in the future, then released in
      // one UPDATE: every worker reaches for the same rows at the same moment.
      await queueManyInvites(testDb.url, {
        interviews: 30,
        label: 'backlog',
        now: new Date(Date.now() + 10 * 60_000),
      });
      await multiplyOutbox(testDb.url, BACKLOG, 'backlog');
      const before = sink.deliveries.length;
      // Four more workers (the outbox loop of src/worker.ts, here in the test process) with
      // their own connection pools, polling every 5 ms: six claimers in all, racing for rows.
      const extra = Array.from({ length: 4 }, (_, k) => {
        const database = openDatabase(testDb.url);
        const worker = startOutboxWorker({
          database,
          transport: transportFor(`${sink.url}?name=extra-${k}`),
          from: 'interviews@example.com',
          log: pino({ level: 'silent' }),
          pollMs: 5,
          leaseMs: 30_000,
        });
        return { database, worker };
      });
      try {
        await db.db
          .updateTable('messages')
          .set({ next_attempt_at: new Date().toISOString() })
          .where('state', '=', 'queued')
          .execute();
        await until(
          async () => (await unsent()) === 0,
          () => `the backlog delivered, ${sink.deliveries.length - before} so far`,
          60_000,
        );
        await pause(1_500);
      } finally {
        for (const { database, worker } of extra) {
          await worker.stop();
          await database.close();
        }
      }

      const outbox = await db.db
        .selectFrom('messages')
        .select(['message_id', 'to_email'])
        .execute();
      expect(outbox).toHaveLength(INTERVIEWS * 3 + BACKLOG);
      const report = compareDeliveries(sink.deliveries, outbox);
      const backlog = sink.deliveries.slice(before);
      const by = (name: string) => backlog.filter((d) => d.helo.startsWith(name)).length;
      console.log(
        `[faults] two instances (${engine}): backlog of ${BACKLOG}, delivered ${by('instance-0')} ` +
          `by A, ${by('instance-1')} by B, ${by('extra-')} by the 4 extra workers; ` +
          `${report.received} received in all`,
      );
      expect(report.missing, summarize(report)).toEqual([]);
      expect(report.unknown, summarize(report)).toEqual([]);
      expect(report.misdirected, summarize(report)).toEqual([]);
      expect(report.sameIdRepeats, summarize(report)).toBe(0);
      expect(report.received).toBe(outbox.length);
      expect(by('instance-')).toBeGreaterThan(0);
      expect(by('extra-')).toBeGreaterThan(0);
    });

    it('runs the flow across instances: signed in on A, links confirmed on B, status on A', async () => {
      const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
      const onA = await signInOver(a.url, ADMIN.email, ADMIN.password);
      const mails = sink.deliveries.filter((d) => /^share\.(c0|i0\.\d)@/.test(d.to));
      expect(mails).toHaveLength(3);
      for (const mail of mails) {
        const { token } = linkIn((await simpleParser(mail.raw)).text ?? '');
        const confirmed = await fetch(`${b.url}/api/v1/invitations/${token}/confirm`, {
          method: 'POST',
        });
        expect(confirmed.status).toBe(200);
      }
      const detail = await onA('GET', `/interviews/${interviewIds[0]}`);
      expect(detail.data.status).toBe('scheduled');
      await until(
        () => sink.deliveries.some((d) => d.to === ADMIN.email),
        'the coordinator’s Interview Scheduled notice',
      );
      await pause(1_000);
      expect(sink.deliveries.filter((d) => d.to === ADMIN.email)).toHaveLength(1);
    });
  },
);
