import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/db/database.js';
import { createTestDatabase, engine, type TestDatabase } from '../helpers/database.js';
import {
  type ConveneProcess,
  freePort,
  signInOver,
  startConvene,
  until,
} from '../helpers/process.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

const ADMIN = { email: 'admin@example.com', password: 'admin password 1' };

// Real processes start slowly on a loaded 2-core machine: each test may take up to 90 s.
describe(`delivery survives crashes of real processes (${engine})`, { timeout: 90_000 }, () => {
  let sink: SmtpSink;
  let testDb: TestDatabase;
  let db: Db;
  let env: Record<string, string>;
  let baseUrl: string;
  const started: ConveneProcess[] = [];
  const start = (entry: 'server' | 'worker') => {
    const child = startConvene(entry, env);
    started.push(child);
    return child;
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    testDb = await createTestDatabase();
    db = openDatabase(testDb.url);
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    env = {
      DATABASE_URL: testDb.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: 'https://convene.test',
      SMTP_URL: sink.url,
      MAIL_FROM: 'interviews@example.com',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SESSION_SECRET: 's'.repeat(40),
      RUN_WORKER: 'false',
      OUTBOX_LEASE_SECONDS: '1',
      OUTBOX_RETRY_SECONDS: '0.05',
    };
  });
  afterAll(async () => {
    await Promise.all(started.map((p) => p.kill('SIGKILL')));
    await db?.close();
    await sink.close();
    await testDb.drop();
  });

  /** Runs a server process long enough to create an interview and Send Invites. */
  async function sendInvitesThroughServer(label: string, stop: 'SIGKILL' | 'SIGTERM') {
    const server = start('server');
    await until(
      async () => (await fetch(`${baseUrl}/healthz`).catch(() => undefined))?.ok === true,
      () => `server ${server.output()}`,
      60_000,
    );
    const call = await signInOver(baseUrl, ADMIN.email, ADMIN.password);
    const candidate = await call('POST', '/candidates', {
      firstName: 'Kim',
      lastName: label,
      email: `kim.${label}@example.com`,
    });
    const interviewers = [];
    for (const name of ['ann', 'bob']) {
      const user = await call('POST', '/users', {
        name: `${name} ${label}`,
        email: `${name}.${label}@example.com`,
        timeZone: 'UTC',
        role: 'interviewer',
      });
      interviewers.push(user.data.id);
    }
    const interview = await call('POST', '/interviews', {
      title: `Interview ${label}`,
      candidateId: candidate.data.id,
      interviewerIds: interviewers,
      startsAt: '2030-03-01T10:00:00Z',
      durationMinutes: 45,
      timeZone: 'UTC',
    });
    const templates = (await call('GET', '/templates?invitable=true')).data.items as Array<{
      id: string;
      audience: string;
    }>;
    const pick = (audience: string) => ({
      templateId: templates.find((x) => x.audience === audience)?.id,
    });
    const sent = await call('POST', `/interviews/${interview.data.id}/invites`, {
      candidate: pick('candidate'),
      interviewer: pick('interviewer'),
    });
    expect(sent.status).toBe(200);
    await server.kill(stop);
    return interview.data.id as string;
  }

  const allSent = async (interviewId: string) => {
    const rows = await db.db
      .selectFrom('messages')
      .select('state')
      .where('interview_id', '=', interviewId)
      .execute();
    return rows.length === 3 && rows.every((r) => r.state === 'sent');
  };
  const receivedFor = (label: string) =>
    sink.received.filter((m) => m.envelopeTo[0]?.includes(`.${label}@`));

  it('delivers every message once when the server is killed right after accepting Send Invites', async () => {
    const id = await sendInvitesThroughServer('one', 'SIGKILL');
    const queued = await db.db
      .selectFrom('messages')
      .select('state')
      .where('interview_id', '=', id)
      .execute();
    expect(queued.map((m) => m.state)).toEqual(['queued', 'queued', 'queued']);
    expect(receivedFor('one')).toHaveLength(0);

    const worker = start('worker');
    await until(
      () => receivedFor('one').length >= 3,
      () => `3 deliveries; worker said: ${worker.output()}`,
    );
    await until(() => allSent(id), 'all three messages recorded as sent');
    await worker.kill('SIGTERM');
    const mails = receivedFor('one');
    expect(mails).toHaveLength(3);
    expect(new Set(mails.map((m) => m.parsed.messageId)).size).toBe(3);
    expect(new Set(mails.map((m) => m.envelopeTo[0])).size).toBe(3);
  });

  it('re-sends a message whose worker was killed mid-delivery; a repeat carries the same Message-ID', async () => {
    const id = await sendInvitesThroughServer('two', 'SIGTERM');
    sink.holdNext(1);
    const first = start('worker');
    await until(
      () => sink.held() >= 1,
      () => `a delivery in flight; worker said: ${first.output()}`,
    );
    await first.kill('SIGKILL');

    const second = start('worker');
    await until(
      () => receivedFor('two').length >= 3,
      () => `3 deliveries after the restart; worker said: ${second.output()}`,
    );
    await until(() => allSent(id), 'all three messages recorded as sent');
    // Give a duplicate the chance to show up before counting.
    await new Promise((r) => setTimeout(r, 1500));
    await second.kill('SIGTERM');
    const mails = receivedFor('two');
    // Delivery is at least once: the kill can land after the SMTP server accepted a message and
    // before the worker recorded it. Such a repeat must be the same message (same Message-ID),
    // which mail clients show once: never a second, different email to anyone.
    const idsByRecipient = new Map<string, Set<string>>();
    for (const mail of mails) {
      const to = mail.envelopeTo[0] as string;
      idsByRecipient.set(
        to,
        (idsByRecipient.get(to) ?? new Set()).add(mail.parsed.messageId ?? ''),
      );
    }
    expect([...idsByRecipient.keys()].sort()).toEqual([
      'ann.two@example.com',
      'bob.two@example.com',
      'kim.two@example.com',
    ]);
    for (const ids of idsByRecipient.values()) expect(ids.size).toBe(1);
    expect(new Set(mails.map((m) => m.parsed.messageId)).size).toBe(3);
  });
});
