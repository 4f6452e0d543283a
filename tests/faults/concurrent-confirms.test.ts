import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { sendSeededInvites } from '../helpers/interviews.js';
import { devMailboxTokens, settleOutbox } from '../helpers/outbox.js';

const CONFIRMS = 1_000;
const INTERVIEWERS = 5;
// 10 addresses × 100 requests: under the 120 a minute each address may make.
const ADDRESSES = Array.from({ length: 10 }, (_, i) => `10.0.0.${i + 1}`);

describe(`1,000 simultaneous confirmations of one interview (${engine})`, {
  timeout: 110_000,
}, () => {
  let t: TestApp;
  let as: Credentials;
  let interviewId: string;
  let tokens: string[];

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    as = (await t.signedIn('coordinator', { email: 'carla@example.com' })).as;
    const candidate = await t.call({
      method: 'POST',
      url: '/api/v1/candidates',
      as,
      payload: { firstName: 'Kim', lastName: 'Rush', email: 'kim.rush@example.com' },
    });
    const admin = (await t.signedIn('admin')).as;
    const interviewerIds = [];
    for (let k = 0; k < INTERVIEWERS; k += 1) {
      const user = await t.call({
        method: 'POST',
        url: '/api/v1/users',
        as: admin,
        payload: {
          name: `Panel ${k}`,
          email: `panel${k}@example.com`,
          timeZone: 'UTC',
          role: 'interviewer',
        },
      });
      interviewerIds.push(user.data.id);
    }
    const interview = await t.call({
      method: 'POST',
      url: '/api/v1/interviews',
      as,
      payload: {
        title: 'Rush hour',
        candidateId: candidate.data.id,
        interviewerIds,
        startsAt: '2031-02-01T10:00:00Z',
        durationMinutes: 60,
        timeZone: 'UTC',
      },
    });
    interviewId = interview.data.id;
    await sendSeededInvites(t, as, interviewId);
    await settleOutbox(t, interviewId);
    tokens = Object.values(await devMailboxTokens(t, as, interviewId));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('moves to Interview Scheduled exactly once and queues exactly one notice', async () => {
    expect(tokens).toHaveLength(1 + INTERVIEWERS);
    // Every participant's link, each from all ten addresses, through the JSON API and the
    // page's form alike, all in flight at once.
    const requests = Array.from({ length: CONFIRMS }, (_, n) => {
      const token = tokens[n % tokens.length];
      const viaPage = n % 2 === 1;
      return t.app.inject({
        method: 'POST',
        url: viaPage ? `/i/${token}/confirm` : `/api/v1/invitations/${token}/confirm`,
        remoteAddress: ADDRESSES[Math.floor(n / 100)],
      });
    });
    const started = Date.now();
    const responses = await Promise.all(requests);
    const elapsed = Date.now() - started;
    const statuses = new Map<number, number>();
    for (const r of responses) statuses.set(r.statusCode, (statuses.get(r.statusCode) ?? 0) + 1);
    const changed = responses.filter(
      (r) => r.statusCode === 200 && r.json<{ changed: boolean }>().changed,
    ).length;
    const pageConfirmed = responses.filter((r) =>
      String(r.headers.location ?? '').endsWith('notice=confirmed'),
    ).length;
    console.log(
      `[faults] ${CONFIRMS} concurrent confirms (${engine}): ${elapsed} ms, statuses ${JSON.stringify(
        Object.fromEntries(statuses),
      )}`,
    );
    expect(Object.fromEntries(statuses)).toEqual({ 200: CONFIRMS / 2, 303: CONFIRMS / 2 });
    // One answer per participant changed something; the 994 others were "already".
    expect(changed + pageConfirmed).toBe(tokens.length);

    const events = await t.database.db
      .selectFrom('events')
      .select(['type', 'data'])
      .where('interview_id', '=', interviewId)
      .execute();
    const toScheduled = events.filter(
      (e) => e.type === 'status.changed' && JSON.parse(e.data).to === 'scheduled',
    );
    expect(toScheduled).toHaveLength(1);
    expect(events.filter((e) => e.type === 'participant.confirmed')).toHaveLength(tokens.length);

    const notices = await t.database.db
      .selectFrom('messages')
      .select(['to_email', 'subject'])
      .where('interview_id', '=', interviewId)
      .where('kind', '=', 'notice')
      .execute();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ to_email: 'carla@example.com' });
    expect(notices[0]?.subject).toContain('Interview Scheduled');

    const detail = await t.call({ method: 'GET', url: `/api/v1/interviews/${interviewId}`, as });
    expect(detail.data.status).toBe('scheduled');
  });
});
