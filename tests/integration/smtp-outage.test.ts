import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { type TestClock, testClock } from '../helpers/clock.js';
import { engine } from '../helpers/database.js';
import { seededTemplates, setUpInterview } from '../helpers/interviews.js';
import { freePort } from '../helpers/process.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

describe(`SMTP server down, then back (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let port: number;
  let sink: SmtpSink | undefined;
  let clock: TestClock;

  beforeAll(async () => {
    // Nothing listens on this port until the test starts the SMTP server there.
    port = await freePort();
    clock = testClock();
    // A real backoff (30 s, doubling): the test moves the worker's clock past it.
    t = await startTestApp(
      { SMTP_URL: `smtp://127.0.0.1:${port}` },
      { worker: true, retryBaseMs: 30_000, now: clock.now },
    );
    as = (await t.signedIn('coordinator')).as;
  });
  afterAll(async () => {
    await t.close();
    await sink?.close();
  });

  it('keeps messages queued with the error shown while SMTP is unreachable, and delivers them when it returns', async () => {
    const { interview } = await setUpInterview(t, as);
    const templates = await seededTemplates(t, as);
    const sent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.id}/invites`,
      as,
      payload: {
        candidate: { templateId: templates.candidate },
        interviewer: { templateId: templates.interviewer },
      },
    });
    expect(sent.statusCode).toBe(200);

    await t.worker?.drain();
    const waiting = (
      await t.call({ method: 'GET', url: `/api/v1/interviews/${interview.id}/messages`, as })
    ).data.items;
    expect(waiting).toHaveLength(3);
    for (const message of waiting) {
      expect(message).toMatchObject({ state: 'queued', attempts: 1, sentAt: null });
      expect(message.lastError).toMatch(/ECONNREFUSED|connect/i);
    }
    const detail = (await t.call({ method: 'GET', url: `/api/v1/interviews/${interview.id}`, as }))
      .data;
    expect(
      detail.participants.map((p: { delivery: { state: string } }) => p.delivery.state),
    ).toEqual(['queued', 'queued', 'queued']);

    sink = await startSmtpSink(port);
    // Not due again before the backoff has passed, then delivered.
    await t.worker?.drain();
    expect(sink.received).toHaveLength(0);
    clock.advance(60_000);
    await t.worker?.drain();
    expect(sink.received).toHaveLength(3);
    expect(new Set(sink.received.map((m) => m.parsed.messageId)).size).toBe(3);
    const after = (
      await t.call({ method: 'GET', url: `/api/v1/interviews/${interview.id}/messages`, as })
    ).data.items;
    for (const message of after) {
      expect(message.state).toBe('sent');
      expect(message.attempts).toBeGreaterThanOrEqual(2);
      expect(message.lastError).toBeNull();
    }
  });
});
