import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_EVENTS_CONDITION } from '../../src/db/answer-events.js';
import { recordEvents } from '../../src/db/events.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { buildUser } from '../helpers/factories.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import { devMailboxTokens, settleOutbox } from '../helpers/outbox.js';

type Answer = {
  id: string;
  at: string;
  interviewId: string;
  interviewTitle: string;
  participant: { id: string | null; name: string | null; role: string | null };
  answer: string;
  comment: string | null;
  via: string | null;
};

// The inbox: participants' answers across interviews, newest first, as each caller may see them.
describe(`The answers inbox (${engine})`, () => {
  let t: TestApp;
  let coordinator: Credentials;
  let interviewer: Credentials;
  let mine: string;
  let others: string;

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    coordinator = (await t.signedIn('coordinator')).as;
    const ivy = await t.signedIn('interviewer', { name: 'Ivy Interviewer' });
    interviewer = ivy.as;
    const db = t.database.db;
    const nora = await buildUser(db, { name: 'Nora York' });
    mine = (
      await setUpInterview(t, coordinator, {
        title: 'With Ivy',
        interviewerIds: [ivy.user.id, nora.id],
      })
    ).interview.id;
    others = (await setUpInterview(t, coordinator, { title: 'Without Ivy' })).interview.id;
    // Answers at known times (what this test is about is the listing, not answering),
    // among other events the inbox must leave out.
    const participant = (name: string) => ({ type: 'participant' as const, id: null, name });
    await db.transaction().execute((trx) =>
      recordEvents(trx, [
        ...[1, 2, 3, 4, 5].map((minute) => ({
          interviewId: minute % 2 ? mine : others,
          type: minute === 3 ? 'participant.declined' : 'participant.confirmed',
          actor: participant(`Person ${minute}`),
          data: { role: 'interviewer', reason: minute === 3 ? 'On leave' : null, via: 'link' },
          at: new Date(`2025-06-01T10:0${minute}:00Z`),
        })),
        {
          interviewId: others,
          type: 'participant.tentative',
          actor: participant('Person 6'),
          data: { role: 'candidate', comment: 'Maybe later?', via: 'calendar' },
          at: new Date('2025-06-01T10:06:00Z'),
        },
        {
          interviewId: mine,
          type: 'message.sent',
          actor: { type: 'system', name: 'Convene' },
          data: {},
          at: new Date('2025-06-01T10:07:00Z'),
        },
      ]),
    );
  });
  afterAll(() => t.close());

  async function pages(as: Credentials, query: string, limit = 2) {
    const items: Answer[] = [];
    let cursor: string | null = null;
    let calls = 0;
    do {
      const response = await t.call({
        method: 'GET',
        url: `/api/v1/answers?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
        as,
      });
      expect(response.statusCode).toBe(200);
      items.push(...response.data.items);
      cursor = response.data.nextCursor;
      calls += 1;
    } while (cursor);
    return { items, calls };
  }
  const names = (items: Answer[]) => items.map((a) => a.participant.name);

  it('lists every answer newest first to a coordinator, page by page, and nothing else', async () => {
    const { items, calls } = await pages(coordinator, 'withTotal=true');
    expect(names(items)).toEqual([
      'Person 6',
      'Person 5',
      'Person 4',
      'Person 3',
      'Person 2',
      'Person 1',
    ]);
    expect(calls).toBe(3);
    expect(items[0]).toMatchObject({
      interviewId: others,
      interviewTitle: 'Without Ivy',
      answer: 'tentative',
      comment: 'Maybe later?',
      via: 'calendar',
      participant: { role: 'candidate' },
    });
    expect(items[3]).toMatchObject({ answer: 'declined', comment: 'On leave', via: 'link' });
    expect(items[4]).toMatchObject({ answer: 'confirmed', comment: null });
  });

  it("shows an interviewer only their own interviews' answers", async () => {
    const { items } = await pages(interviewer, 'x=1');
    expect(names(items)).toEqual(['Person 5', 'Person 3', 'Person 1']);
    expect(new Set(items.map((a) => a.interviewId))).toEqual(new Set([mine]));
  });

  it('filters to declines, and to answers after a time, with their count', async () => {
    expect(names((await pages(coordinator, 'answer=declined')).items)).toEqual(['Person 3']);
    const since = await t.call({
      method: 'GET',
      url: '/api/v1/answers?since=2025-06-01T10:04:00Z&withTotal=true&limit=1',
      as: coordinator,
    });
    expect(since.statusCode).toBe(200);
    expect(since.data.total).toBe(2);
    expect(names(since.data.items)).toEqual(['Person 6']);
    const theirs = await t.call({
      method: 'GET',
      url: '/api/v1/answers?since=2025-06-01T10:00:00Z&withTotal=true&limit=1',
      as: interviewer,
    });
    expect(theirs.data.total).toBe(3);
  });

  it('refuses a cursor it did not give, a since that is not a time and an unknown answer', async () => {
    for (const [query, field] of [
      ['cursor=not-a-cursor', 'cursor'],
      ['since=yesterday', 'since'],
      ['answer=maybe', 'answer'],
    ]) {
      const response = await t.call({
        method: 'GET',
        url: `/api/v1/answers?${query}`,
        as: coordinator,
      });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.code).toBe('validation_error');
      expect(response.data.error.details.issues.map((i: { field: string }) => i.field)).toContain(
        field,
      );
    }
  });

  it('needs a signed-in caller', async () => {
    const response = await t.call({ method: 'GET', url: '/api/v1/answers' });
    expect(response.statusCode).toBe(401);
  });

  it("lists a participant's real answers through their Interview Link, a decline's reason with it", async () => {
    const { interview, interviewers } = await setUpInterview(t, coordinator, { title: 'Live' });
    await sendSeededInvites(t, coordinator, interview.id);
    await settleOutbox(t, interview.id);
    const tokens = await devMailboxTokens(t, coordinator, interview.id);
    const declined = await t.call({
      method: 'POST',
      url: `/api/v1/invitations/${tokens[interviewers[0].email]}/decline`,
      payload: { reason: 'I am travelling' },
    });
    expect(declined.statusCode).toBe(200);
    const { items } = await pages(coordinator, 'answer=declined', 10);
    const participant = interview.participants.find(
      (p: { email: string }) => p.email === interviewers[0].email,
    );
    expect(items[0]).toMatchObject({
      interviewId: interview.id,
      interviewTitle: 'Live',
      startsAt: interview.startsAt,
      participant: { id: participant.id, name: 'Nora York', role: 'interviewer' },
      answer: 'declined',
      comment: 'I am travelling',
      via: 'link',
    });
  });

  it.runIf(engine === 'sqlite')('reads answers through their partial index', async () => {
    // The condition the inbox states must be the index's own, or the index is not used.
    const plan = await sql<{ detail: string }>`explain query plan
      select id from events where ${ANSWER_EVENTS_CONDITION} and created_at > ${'2025-01-01'}
      order by created_at desc, id desc limit 10`.execute(t.database.db);
    expect(plan.rows.map((r) => r.detail).join('\n')).toContain('events_answers_idx');
  });
});
