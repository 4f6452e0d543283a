import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { calendarOf } from '../helpers/calendar.js';
import { engine } from '../helpers/database.js';
import { seededTemplates, setUpInterview } from '../helpers/interviews.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

describe(`Send Invites for several interviews at once (${engine})`, () => {
  let t: TestApp;
  let sink: SmtpSink;
  let as: Credentials;
  let templates: { candidate: string; interviewer: string };
  const ids: string[] = [];
  let cancelledId: string;
  // Each event's UID and the one address it went to.
  let eventOf = new Map<string, string>();

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      { SMTP_URL: sink.url, MAIL_FROM: 'interviews@example.com' },
      { worker: true },
    );
    as = (await t.signedIn('coordinator')).as;
    templates = await seededTemplates(t, as);
    for (let i = 0; i < 3; i++) ids.push((await setUpInterview(t, as)).interview.id);
    cancelledId = (await setUpInterview(t, as)).interview.id;
    const cancel = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${cancelledId}/cancel`,
      as,
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const bulk = (payload: Record<string, unknown>, who: Credentials = as) =>
    t.call({ method: 'POST', url: '/api/v1/invites', as: who, payload });
  const choice = () => ({
    candidate: { templateId: templates.candidate },
    interviewer: { templateId: templates.interviewer },
  });
  const queued = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('messages')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses bad requests by name and sends nothing', async () => {
    const before = await queued();
    const empty = await bulk({ interviewIds: [], ...choice() });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('interviewIds');
    const tooMany = await bulk({
      interviewIds: Array.from({ length: 501 }, () => randomUUID()),
      ...choice(),
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('interviewIds');
    const notIds = await bulk({ interviewIds: ['../../etc/passwd'], ...choice() });
    expect(notIds.statusCode).toBe(400);
    // The interviewer template offered for candidates: the wording is refused before any send.
    const wrongAudience = await bulk({
      interviewIds: ids,
      candidate: { templateId: templates.interviewer },
      interviewer: { templateId: templates.interviewer },
    });
    expect(wrongAudience.statusCode).toBe(400);
    expect(wrongAudience.data.error.details.issues[0].field).toBe('candidate.templateId');
    const interviewer = (await t.signedIn('interviewer')).as;
    expect((await bulk({ interviewIds: ids, ...choice() }, interviewer)).statusCode).toBe(403);
    expect(await queued()).toBe(before);
    for (const id of ids) {
      const interview = await t.call({ method: 'GET', url: `/api/v1/interviews/${id}`, as });
      expect(interview.data.status).toBe('draft');
    }
  });

  it('sends each open interview as a single Send Invites would, and lists the others as failed', async () => {
    const unknown = randomUUID();
    const result = await bulk({
      interviewIds: [...ids, ids[0], cancelledId, unknown],
      ...choice(),
    });
    expect(result.statusCode, result.body).toBe(200);
    expect(result.data.sent.map((s: { interviewId: string }) => s.interviewId).sort()).toEqual(
      [...ids].sort(),
    );
    for (const sent of result.data.sent) expect(sent.status).toBe('awaiting_confirmation');
    const failed = Object.fromEntries(
      result.data.failed.map((f: { interviewId: string; error: { code: string } }) => [
        f.interviewId,
        f.error.code,
      ]),
    );
    expect(failed).toEqual({ [cancelledId]: 'conflict', [unknown]: 'not_found' });

    await t.worker?.drain();
    const mails = await sink.waitFor(9);
    // One event per participant: nine invites, nine UIDs, each to one address.
    const byUid = new Map<string, string>();
    for (const mail of mails) {
      const { uid, sequence } = calendarOf(mail);
      expect(sequence).toBe(0);
      byUid.set(uid, String(mail.envelopeTo[0]));
    }
    expect(byUid.size).toBe(9);
    eventOf = byUid;
    for (const id of ids) {
      const events = await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/events`, as });
      const types = events.data.items.map((e: { type: string }) => e.type);
      expect(types.filter((type: string) => type === 'invites.sent')).toHaveLength(1);
    }
    const cancelled = await t.call({ method: 'GET', url: `/api/v1/interviews/${cancelledId}`, as });
    expect(cancelled.data.status).toBe('cancelled');
  });

  it('sending again is the same events again, never a duplicate', async () => {
    const again = await bulk({ interviewIds: ids, ...choice() });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.data.sent).toHaveLength(3);
    await t.worker?.drain();
    const resent = (await sink.waitFor(18)).slice(9);
    for (const mail of resent) {
      const { uid, sequence } = calendarOf(mail);
      // Each recipient's own event, unchanged: same UID and SEQUENCE, a newer DTSTAMP.
      expect(eventOf.get(uid)).toBe(mail.envelopeTo[0]);
      expect(sequence).toBe(0);
    }
  });
});
