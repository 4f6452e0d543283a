import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { linkIn, seededTemplates, setUpInterview } from '../helpers/interviews.js';

type Table = 'interviews' | 'participants' | 'participant_tokens' | 'messages' | 'events';
type Issue = { field: string; message: string; token?: string };

/** How many rows a table holds: a refused request must leave these unchanged. */
async function countRows(t: TestApp, table: Table): Promise<number> {
  const row = await t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Row counts of every table an interview request could write to. */
async function snapshot(t: TestApp): Promise<Record<Table, number>> {
  const tables: Table[] = [
    'interviews',
    'participants',
    'participant_tokens',
    'messages',
    'events',
  ];
  const counts = await Promise.all(tables.map((table) => countRows(t, table)));
  return Object.fromEntries(tables.map((table, i) => [table, counts[i]])) as Record<Table, number>;
}

function fieldsOf(response: { data: { error: { details: { issues: Issue[] } } } }): string[] {
  return response.data.error.details.issues.map((i) => i.field);
}

/** Moves an interview into the past behind the API's back, the way time passing would. */
async function moveIntoPast(t: TestApp, id: string): Promise<void> {
  const now = Date.now();
  await t.database.db
    .updateTable('interviews')
    .set({
      starts_at: new Date(now - 2 * 3_600_000).toISOString(),
      ends_at: new Date(now - 3_600_000).toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/** Delivers what is due to the dev mailbox and returns each recipient's newest personal token. */
async function tokensFromDevMailbox(
  t: TestApp,
  as: Credentials,
  interviewId: string,
): Promise<Record<string, string>> {
  await t.worker?.drain();
  const list = await t.call({
    method: 'GET',
    url: '/api/v1/dev-mailbox',
    as,
    query: { limit: '100' },
  });
  expect(list.statusCode, list.body).toBe(200);
  const tokens: Record<string, string> = {};
  for (const item of list.data.items) {
    if (item.interviewId !== interviewId || item.kind === 'notice' || tokens[item.to]) continue;
    const message = await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${item.id}`, as });
    tokens[item.to] = linkIn(message.data.text).token;
  }
  return tokens;
}

async function addCandidate(
  t: TestApp,
  as: Credentials,
  firstName: string,
  lastName: string,
  email: string,
) {
  const response = await t.call({
    method: 'POST',
    url: '/api/v1/candidates',
    as,
    payload: { firstName, lastName, email, timeZone: 'Asia/Tokyo' },
  });
  if (response.statusCode !== 201) throw new Error(`candidate not created: ${response.body}`);
  return response.data as { id: string; email: string };
}

describe(`Interviews API: create (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let candidate: { id: string; email: string };
  let nora: { id: string; email: string; name: string };
  let bernd: { id: string; email: string; name: string };

  beforeAll(async () => {
    t = await startTestApp();
    as = (await t.signedIn('coordinator')).as;
    candidate = await addCandidate(t, as, 'Kenji', 'Sato', 'kenji.sato@example.jp');
    nora = (await t.signedIn('interviewer', { name: 'Nora York', timeZone: 'America/New_York' }))
      .user;
    bernd = (await t.signedIn('interviewer', { name: 'Bernd Berlin' })).user;
  });
  afterAll(() => t.close());

  const payload = (overrides: Record<string, unknown> = {}) => ({
    title: 'Technical interview',
    candidateId: candidate.id,
    interviewerIds: [bernd.id, nora.id],
    startsAt: '2030-03-10T09:30:00+01:00',
    durationMinutes: 45,
    timeZone: 'Europe/Berlin',
    meetingUrl: 'https://meet.example.com/abc-defg',
    ...overrides,
  });
  const create = (overrides: Record<string, unknown> = {}, who: Credentials = as) =>
    t.call({ method: 'POST', url: '/api/v1/interviews', as: who, payload: payload(overrides) });

  it('creates a draft at version 1 with the candidate first and the interviewers in the order given, all pending', async () => {
    const before = await snapshot(t);
    const created = await create();
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data).toMatchObject({
      title: 'Technical interview',
      candidateId: candidate.id,
      interviewerIds: [bernd.id, nora.id],
      startsAt: '2030-03-10T08:30:00.000Z',
      endsAt: '2030-03-10T09:15:00.000Z',
      durationMinutes: 45,
      timeZone: 'Europe/Berlin',
      status: 'draft',
      version: 1,
      invitesSentAt: null,
      cancelledAt: null,
    });
    expect(Date.parse(created.data.endsAt) - Date.parse(created.data.startsAt)).toBe(45 * 60_000);
    expect(
      created.data.participants.map((p: Record<string, unknown>) => [
        p.role,
        p.name,
        p.email,
        p.attendance,
      ]),
    ).toEqual([
      ['candidate', 'Kenji Sato', candidate.email, 'pending'],
      ['interviewer', 'Bernd Berlin', bernd.email, 'pending'],
      ['interviewer', 'Nora York', nora.email, 'pending'],
    ]);
    const read = await t.call({ method: 'GET', url: `/api/v1/interviews/${created.data.id}`, as });
    expect(read.statusCode).toBe(200);
    expect(read.data).toEqual(created.data);
    const after = await snapshot(t);
    expect(after.interviews).toBe(before.interviews + 1);
    expect(after.participants).toBe(before.participants + 3);
    expect(after.messages).toBe(before.messages);
  });

  const refusals: Array<[string, string, () => Record<string, unknown>]> = [
    [
      'a start in the past',
      'startsAt',
      () => ({ startsAt: new Date(Date.now() - 3_600_000).toISOString() }),
    ],
    ['a start without an offset', 'startsAt', () => ({ startsAt: '2030-01-15T10:00' })],
    [
      'a start on a day that does not exist',
      'startsAt',
      () => ({ startsAt: '2030-02-30T10:00:00Z' }),
    ],
    ['an unknown time zone', 'timeZone', () => ({ timeZone: 'Mars/Olympus_Mons' })],
    ['a duration of 3 minutes', 'durationMinutes', () => ({ durationMinutes: 3 })],
    ['a duration of 2000 minutes', 'durationMinutes', () => ({ durationMinutes: 2000 })],
    ['a javascript: meeting URL', 'meetingUrl', () => ({ meetingUrl: 'javascript:alert(1)' })],
    ['a title with CR/LF', 'title', () => ({ title: 'Technical\r\nBcc: everyone@example.com' })],
    [
      'an unknown candidate',
      'candidateId',
      () => ({ candidateId: '00000000-0000-4000-8000-000000000000' }),
    ],
    [
      'an unknown interviewer',
      'interviewerIds',
      () => ({ interviewerIds: [nora.id, '00000000-0000-4000-8000-000000000001'] }),
    ],
    [
      'the same interviewer twice',
      'interviewerIds',
      () => ({ interviewerIds: [nora.id, nora.id] }),
    ],
    ['no interviewers', 'interviewerIds', () => ({ interviewerIds: [] })],
  ];

  it.each(refusals)(
    'refuses %s with 400 naming %s, and writes nothing',
    async (_case, field, bad) => {
      const before = await snapshot(t);
      const response = await create(bad());
      expect(response.statusCode, response.body).toBe(400);
      expect(response.data.error.code).toBe('validation_error');
      expect(fieldsOf(response)).toEqual([field]);
      expect(await snapshot(t)).toEqual(before);
    },
  );

  it('does not let an interviewer create an interview (403), and writes nothing', async () => {
    const interviewer = await t.signedIn('interviewer');
    const before = await snapshot(t);
    const response = await create({ interviewerIds: [interviewer.user.id] }, interviewer.as);
    expect(response.statusCode).toBe(403);
    expect(response.data.error.code).toBe('forbidden');
    expect(await snapshot(t)).toEqual(before);
  });
});

describe(`Manage Interviews: list, filter and page (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let noraAs: Credentials;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    as = (await t.signedIn('coordinator')).as;
    const nora = await t.signedIn('interviewer', { name: 'Nora York' });
    noraAs = nora.as;
    const bernd = (await t.signedIn('interviewer', { name: 'Bernd Berlin' })).user;
    const kenji = await addCandidate(t, as, 'Kenji', 'Sato', 'kenji.sato@example.jp');
    const maria = await addCandidate(t, as, 'Maria', 'Lopez', 'm.lopez@example.com');
    const ada = await addCandidate(t, as, 'Ada', 'Byron', 'ada@example.org');
    // Created out of start order, so the list's order is its own doing.
    const plan: Array<[string, string, string, string[]]> = [
      ['System design', ada.id, '2030-02-01T12:00:00Z', [nora.user.id, bernd.id]],
      ['Technical interview', kenji.id, '2030-01-15T15:00:00Z', [nora.user.id]],
      ['Final round', ada.id, '2030-01-20T08:00:00Z', [bernd.id]],
      ['Culture chat', maria.id, '2030-01-10T09:00:00Z', [bernd.id]],
      ['Past chat', maria.id, '2030-03-01T09:00:00Z', [bernd.id]],
    ];
    for (const [title, candidateId, startsAt, interviewerIds] of plan) {
      const created = await t.call({
        method: 'POST',
        url: '/api/v1/interviews',
        as,
        payload: {
          title,
          candidateId,
          interviewerIds,
          startsAt,
          durationMinutes: 60,
          timeZone: 'Europe/Berlin',
        },
      });
      if (created.statusCode !== 201) throw new Error(created.body);
      ids[title] = created.data.id;
    }
    const cancelled = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${ids['System design']}/cancel`,
      as,
    });
    if (cancelled.statusCode !== 200) throw new Error(cancelled.body);
    const templates = await seededTemplates(t, as);
    const sent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${ids['Final round']}/invites`,
      as,
      payload: {
        candidate: { templateId: templates.candidate },
        interviewer: { templateId: templates.interviewer },
      },
    });
    if (sent.statusCode !== 200) throw new Error(sent.body);
    await moveIntoPast(t, ids['Past chat'] as string);
  });
  afterAll(() => t.close());

  const list = (query: string, who: Credentials = as) =>
    t.call({ method: 'GET', url: `/api/v1/interviews${query}`, as: who });
  const titles = (response: { data: { items: Array<{ title: string }> } }) =>
    response.data.items.map((i) => i.title);

  it('lists interviews by start time, earliest first', async () => {
    const response = await list('');
    expect(response.statusCode).toBe(200);
    expect(titles(response)).toEqual([
      'Past chat',
      'Culture chat',
      'Technical interview',
      'Final round',
      'System design',
    ]);
    expect(response.data.nextCursor).toBeNull();
  });

  it('filters by one status', async () => {
    expect(titles(await list('?status=draft'))).toEqual(['Culture chat', 'Technical interview']);
    expect(titles(await list('?status=awaiting_confirmation'))).toEqual(['Final round']);
    expect(titles(await list('?status=cancelled'))).toEqual(['System design']);
  });

  it('filters by two statuses at once', async () => {
    const response = await list('?status=draft&status=cancelled');
    expect(response.statusCode).toBe(200);
    expect(titles(response)).toEqual(['Culture chat', 'Technical interview', 'System design']);
  });

  it('shows an interview whose end has passed as completed, in the list filter and on its own', async () => {
    expect(titles(await list('?status=completed'))).toEqual(['Past chat']);
    const read = await t.call({ method: 'GET', url: `/api/v1/interviews/${ids['Past chat']}`, as });
    expect(read.data.status).toBe('completed');
    expect(titles(await list('?status=draft'))).not.toContain('Past chat');
  });

  it('filters by a start range: from is inclusive, to is exclusive', async () => {
    const exact = await list(
      `?from=${encodeURIComponent('2030-01-15T15:00:00Z')}&to=${encodeURIComponent('2030-01-20T08:00:00Z')}`,
    );
    expect(titles(exact)).toEqual(['Technical interview']);
    expect(titles(await list('?from=2030-01-16'))).toEqual(['Final round', 'System design']);
    expect(titles(await list('?to=2030-01-15'))).toEqual(['Past chat', 'Culture chat']);
  });

  it('refuses a range bound that is not a date with 400 naming it', async () => {
    const response = await list('?from=next-tuesday');
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual(['from']);
  });

  it('finds interviews by title, by the candidate’s full name and by their email', async () => {
    expect(titles(await list('?q=technical'))).toEqual(['Technical interview']);
    expect(titles(await list(`?q=${encodeURIComponent('Kenji Sato')}`))).toEqual([
      'Technical interview',
    ]);
    expect(titles(await list('?q=kenji.sato%40example.jp'))).toEqual(['Technical interview']);
    expect(titles(await list('?q=M.LOPEZ%40'))).toEqual(['Past chat', 'Culture chat']);
    expect(titles(await list('?q=Byron&status=draft'))).toEqual([]);
    expect(titles(await list('?q=%25'))).toEqual([]);
  });

  it('pages with limit=2: the pages join without gaps or repeats', async () => {
    const all = (await list('')).data.items.map((i: { id: string }) => i.id);
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const page = await list(query);
      expect(page.statusCode).toBe(200);
      sizes.push(page.data.items.length);
      seen.push(...page.data.items.map((i: { id: string }) => i.id));
      cursor = page.data.nextCursor;
    } while (cursor && sizes.length < 10);
    expect(sizes).toEqual([2, 2, 1]);
    expect(seen).toEqual(all);
  });

  it('refuses a cursor it did not issue with 400 naming cursor', async () => {
    const response = await list('?cursor=not-a-cursor');
    expect(response.statusCode).toBe(400);
    expect(response.data.error.code).toBe('validation_error');
    expect(fieldsOf(response)).toEqual(['cursor']);
  });

  it('shows an interviewer only the interviews they are on', async () => {
    expect(titles(await list('', noraAs))).toEqual(['Technical interview', 'System design']);
    const own = await t.call({
      method: 'GET',
      url: `/api/v1/interviews/${ids['Technical interview']}`,
      as: noraAs,
    });
    expect(own.statusCode).toBe(200);
    for (const path of ['', '/messages', '/events']) {
      const other = await t.call({
        method: 'GET',
        url: `/api/v1/interviews/${ids['Culture chat']}${path}`,
        as: noraAs,
      });
      expect(other.statusCode, path).toBe(404);
      expect(other.data.error.code).toBe('not_found');
    }
  });

  it('does not let an interviewer edit an interview they are on (403)', async () => {
    const response = await t.call({
      method: 'PATCH',
      url: `/api/v1/interviews/${ids['Technical interview']}`,
      as: noraAs,
      payload: { version: 1, title: 'Renamed' },
    });
    expect(response.statusCode).toBe(403);
    const read = await t.call({
      method: 'GET',
      url: `/api/v1/interviews/${ids['Technical interview']}`,
      as,
    });
    expect(read.data).toMatchObject({ title: 'Technical interview', version: 1 });
  });
});

describe(`Edit an interview (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let templates: { candidate: string; interviewer: string };

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    as = (await t.signedIn('coordinator')).as;
    templates = await seededTemplates(t, as);
  });
  afterAll(() => t.close());

  const patch = (id: string, payload: Record<string, unknown>) =>
    t.call({ method: 'PATCH', url: `/api/v1/interviews/${id}`, as, payload });
  const get = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}`, as })).data;
  const send = (id: string) =>
    t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id}/invites`,
      as,
      payload: {
        candidate: { templateId: templates.candidate },
        interviewer: { templateId: templates.interviewer },
      },
    });

  it('refuses an edit made from a stale version with 409 and the current version, changing nothing', async () => {
    const { interview } = await setUpInterview(t, as);
    const first = await patch(interview.id, { version: 1, title: 'Pairing session' });
    expect(first.statusCode).toBe(200);
    expect(first.data).toMatchObject({ title: 'Pairing session', version: 2 });
    const before = await snapshot(t);
    const stale = await patch(interview.id, { version: 1, title: 'Something else' });
    expect(stale.statusCode).toBe(409);
    expect(stale.data.error.code).toBe('conflict');
    expect(stale.data.error.details.currentVersion).toBe(2);
    expect(await get(interview.id)).toMatchObject({ title: 'Pairing session', version: 2 });
    expect(await snapshot(t)).toEqual(before);
  });

  it('before invites, new interviewerIds replace the panel', async () => {
    const { interview, interviewers, candidate } = await setUpInterview(t, as);
    const [nora, bernd] = interviewers;
    const changed = await patch(interview.id, { version: 1, interviewerIds: [bernd.id] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.data.interviewerIds).toEqual([bernd.id]);
    expect(changed.data.version).toBe(2);
    expect(changed.data.status).toBe('draft');
    expect(
      changed.data.participants.map((p: Record<string, unknown>) => [
        p.role,
        p.email,
        p.attendance,
      ]),
    ).toEqual([
      ['candidate', candidate.email, 'pending'],
      ['interviewer', bernd.email, 'pending'],
    ]);
    const rows = await t.database.db
      .selectFrom('participants')
      .select('user_id')
      .where('interview_id', '=', interview.id)
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.user_id)).not.toContain(nora.id);
  });

  // The panel may change after invites (tests/integration/panel-changes.test.ts); the candidate
  // may not: their invite, link and answer belong to that person.
  it('after invites, the candidate cannot change: 409, and nothing changes', async () => {
    const { interview, interviewers } = await setUpInterview(t, as);
    const other = await setUpInterview(t, as);
    expect((await send(interview.id)).statusCode).toBe(200);
    const before = await snapshot(t);
    const response = await patch(interview.id, {
      version: 1,
      candidateId: other.candidate.id,
    });
    expect(response.statusCode).toBe(409);
    expect(response.data.error.code).toBe('conflict');
    const after = await get(interview.id);
    expect(after.candidateId).toBe(interview.candidateId);
    expect(after.interviewerIds).toEqual(interviewers.map((u) => u.id));
    expect(after.version).toBe(1);
    expect(await snapshot(t)).toEqual(before);
  });

  it('a title-only change after invites keeps confirmations and sends everyone an update', async () => {
    const { interview, candidate } = await setUpInterview(t, as);
    expect((await send(interview.id)).statusCode).toBe(200);
    const tokens = await tokensFromDevMailbox(t, as, interview.id);
    const confirmed = await t.call({
      method: 'POST',
      url: `/api/v1/invitations/${tokens[candidate.email]}/confirm`,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const renamed = await patch(interview.id, { version: 1, title: 'Technical interview (final)' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.data).toMatchObject({
      title: 'Technical interview (final)',
      status: 'awaiting_confirmation',
      version: 2,
      startsAt: interview.startsAt,
    });
    expect(renamed.data.participants.map((p: { attendance: string }) => p.attendance)).toEqual([
      'confirmed',
      'pending',
      'pending',
    ]);
    expect(renamed.data.participants[0].respondedAt).not.toBeNull();

    const messages = await t.call({
      method: 'GET',
      url: `/api/v1/interviews/${interview.id}/messages`,
      as,
    });
    const updates = messages.data.items.filter((m: { kind: string }) => m.kind === 'update');
    expect(updates).toHaveLength(3);
    for (const update of updates) {
      expect(update.subject).toMatch(/^Updated: /);
      expect(update.sequence).toBe(1);
    }
    await t.worker?.drain();
    const mailbox = await t.call({ method: 'GET', url: '/api/v1/dev-mailbox', as });
    const delivered = mailbox.data.items.filter(
      (m: { interviewId: string; kind: string }) =>
        m.interviewId === interview.id && m.kind === 'update',
    );
    expect(delivered).toHaveLength(3);
    const one = await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${delivered[0].id}`, as });
    const [recipient] = await t.database.db
      .selectFrom('participants')
      .select('calendar_uid')
      .where('email', '=', delivered[0].to)
      .where('interview_id', '=', interview.id)
      .execute();
    expect(one.data.calendar).toMatchObject({
      method: 'REQUEST',
      sequence: 1,
      summary: 'Technical interview (final)',
      uid: recipient?.calendar_uid,
    });
  });

  it('refuses to edit a cancelled interview with 409', async () => {
    const { interview } = await setUpInterview(t, as);
    const cancelled = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.id}/cancel`,
      as,
    });
    expect(cancelled.statusCode).toBe(200);
    const before = await snapshot(t);
    const response = await patch(interview.id, {
      version: cancelled.data.version,
      title: 'Back from the dead',
    });
    expect(response.statusCode).toBe(409);
    expect(response.data.error.code).toBe('conflict');
    expect(await get(interview.id)).toMatchObject({
      title: 'Technical interview',
      status: 'cancelled',
      version: cancelled.data.version,
    });
    expect(await snapshot(t)).toEqual(before);
  });

  it('refuses to move an interview into the past with 400 naming startsAt', async () => {
    const { interview } = await setUpInterview(t, as);
    const response = await patch(interview.id, {
      version: 1,
      startsAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual(['startsAt']);
    expect((await get(interview.id)).startsAt).toBe(interview.startsAt);
  });
});

describe(`Send Invites: validation (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let setup: Awaited<ReturnType<typeof setUpInterview>>;
  let seeded: { candidate: string; interviewer: string };
  const custom: Record<string, string> = {};
  const LINK = '<p><a href="{{ interview.link }}">Interview Link</a></p>';

  beforeAll(async () => {
    t = await startTestApp();
    as = (await t.signedIn('coordinator')).as;
    setup = await setUpInterview(t, as);
    seeded = await seededTemplates(t, as);
    const make = async (name: string, audience: string, body: string) => {
      const created = await t.call({
        method: 'POST',
        url: '/api/v1/templates',
        as,
        payload: { name, audience, subject: 'Interview: {{ interview.title }}', body },
      });
      if (created.statusCode !== 201) throw new Error(created.body);
      custom[name] = created.data.id;
      return created.data.id as string;
    };
    await make('No link', 'candidate', '<p>Hello {{ recipient.first_name }}</p>');
    const archived = await make('Old invite', 'candidate', LINK);
    const archiving = await t.call({
      method: 'PATCH',
      url: `/api/v1/templates/${archived}`,
      as,
      payload: { archived: true },
    });
    if (archiving.statusCode !== 200) throw new Error(archiving.body);
    await make('Panel invite', 'interviewer', LINK);
    await make('Candidate invite 2', 'candidate', LINK);
  });
  afterAll(() => t.close());

  const id = () => setup.interview.id as string;
  const sendTo = (interviewId: string, payload: Record<string, unknown>) =>
    t.call({ method: 'POST', url: `/api/v1/interviews/${interviewId}/invites`, as, payload });

  const refusals: Array<
    [string, string, () => Record<string, Record<string, string>>, string | undefined]
  > = [
    [
      'a template without the Interview Link',
      'candidate.templateId',
      () => ({
        candidate: { templateId: custom['No link'] as string },
        interviewer: { templateId: seeded.interviewer },
      }),
      undefined,
    ],
    [
      'an interviewer template in the candidate slot',
      'candidate.templateId',
      () => ({
        candidate: { templateId: seeded.interviewer },
        interviewer: { templateId: seeded.interviewer },
      }),
      undefined,
    ],
    [
      'a candidate template in the interviewer slot',
      'interviewer.templateId',
      () => ({
        candidate: { templateId: seeded.candidate },
        interviewer: { templateId: seeded.candidate },
      }),
      undefined,
    ],
    [
      'an archived template',
      'candidate.templateId',
      () => ({
        candidate: { templateId: custom['Old invite'] as string },
        interviewer: { templateId: seeded.interviewer },
      }),
      undefined,
    ],
    [
      'a template that does not exist',
      'candidate.templateId',
      () => ({
        candidate: { templateId: '00000000-0000-4000-8000-000000000000' },
        interviewer: { templateId: seeded.interviewer },
      }),
      undefined,
    ],
    [
      'an edited candidate body that drops the Interview Link',
      'candidate.body',
      () => ({
        candidate: {
          templateId: seeded.candidate,
          body: '<p>Hello {{ recipient.first_name }}, see you soon.</p>',
        },
        interviewer: { templateId: seeded.interviewer },
      }),
      undefined,
    ],
    [
      'an edit with an unknown token',
      'candidate.body',
      () => ({
        candidate: {
          templateId: seeded.candidate,
          body: `${LINK}<p>Hello {{ candidate.nickname }}</p>`,
        },
        interviewer: { templateId: seeded.interviewer },
      }),
      'candidate.nickname',
    ],
    [
      'an edited interviewer subject with an unknown token',
      'interviewer.subject',
      () => ({
        candidate: { templateId: seeded.candidate },
        interviewer: { templateId: seeded.interviewer, subject: 'Panel for {{ interview.titel }}' },
      }),
      'interview.titel',
    ],
  ];

  it.each(refusals)(
    'refuses %s with 400 naming %s; nothing is queued and the interview stays Created',
    async (_case, field, payload, token) => {
      const before = await snapshot(t);
      const response = await sendTo(id(), payload());
      expect(response.statusCode, response.body).toBe(400);
      expect(response.data.error.code).toBe('validation_error');
      expect(fieldsOf(response)).toEqual([field]);
      if (token) {
        expect(response.data.error.details.issues[0].token).toBe(token);
        expect(response.data.error.message).toContain(token);
      }
      expect(await snapshot(t)).toEqual(before);
      const interview = await t.call({ method: 'GET', url: `/api/v1/interviews/${id()}`, as });
      expect(interview.data).toMatchObject({ status: 'draft', invitesSentAt: null, sequence: 0 });
    },
  );

  it('answers 404 for an interview that does not exist', async () => {
    const before = await snapshot(t);
    const response = await sendTo('00000000-0000-4000-8000-000000000000', {
      candidate: { templateId: seeded.candidate },
      interviewer: { templateId: seeded.interviewer },
    });
    expect(response.statusCode).toBe(404);
    expect(response.data.error.code).toBe('not_found');
    expect(await snapshot(t)).toEqual(before);
  });

  it('refuses to invite to a cancelled interview with 409, queueing nothing', async () => {
    const other = await setUpInterview(t, as);
    const cancelled = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${other.interview.id}/cancel`,
      as,
    });
    expect(cancelled.statusCode).toBe(200);
    const before = await snapshot(t);
    const response = await sendTo(other.interview.id, {
      candidate: { templateId: seeded.candidate },
      interviewer: { templateId: seeded.interviewer },
    });
    expect(response.statusCode).toBe(409);
    expect(response.data.error.code).toBe('conflict');
    expect(await snapshot(t)).toEqual(before);
    const read = await t.call({
      method: 'GET',
      url: `/api/v1/interviews/${other.interview.id}`,
      as,
    });
    expect(read.data).toMatchObject({ status: 'cancelled', invitesSentAt: null });
  });

  it('refuses a resend before any invites were sent with 409', async () => {
    const before = await snapshot(t);
    const response = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id()}/invites/resend`,
      as,
    });
    expect(response.statusCode).toBe(409);
    expect(response.data.error.code).toBe('conflict');
    expect(await snapshot(t)).toEqual(before);
  });

  it('sends with valid templates; a resend naming another interview’s participant is refused with 400', async () => {
    const sent = await sendTo(id(), {
      candidate: { templateId: custom['Candidate invite 2'] as string },
      interviewer: { templateId: custom['Panel invite'] as string },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.data.status).toBe('awaiting_confirmation');
    expect(await countRows(t, 'messages')).toBe(3);

    const other = await setUpInterview(t, as);
    const stranger = other.interview.participants[0].id as string;
    const before = await snapshot(t);
    const response = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id()}/invites/resend`,
      as,
      payload: { participantIds: [stranger] },
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual(['participantIds']);
    expect(await snapshot(t)).toEqual(before);
  });

  it('keeps templates used for invites: deleting one archives it (200) instead', async () => {
    for (const name of ['Candidate invite 2', 'Panel invite']) {
      const response = await t.call({
        method: 'DELETE',
        url: `/api/v1/templates/${custom[name]}`,
        as,
      });
      expect(response.statusCode, name).toBe(200);
      expect(response.data).toMatchObject({ id: custom[name], archived: true });
      const read = await t.call({ method: 'GET', url: `/api/v1/templates/${custom[name]}`, as });
      expect(read.statusCode).toBe(200);
    }
    const unused = await t.call({
      method: 'DELETE',
      url: `/api/v1/templates/${custom['No link']}`,
      as,
    });
    expect(unused.statusCode).toBe(204);
  });
});

describe(`A completed interview (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let setup: Awaited<ReturnType<typeof setUpInterview>>;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    as = (await t.signedIn('coordinator')).as;
    setup = await setUpInterview(t, as);
    const templates = await seededTemplates(t, as);
    const sent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${setup.interview.id}/invites`,
      as,
      payload: {
        candidate: { templateId: templates.candidate },
        interviewer: { templateId: templates.interviewer },
      },
    });
    if (sent.statusCode !== 200) throw new Error(sent.body);
    token = (await tokensFromDevMailbox(t, as, setup.interview.id))[
      setup.candidate.email
    ] as string;
    await moveIntoPast(t, setup.interview.id);
  });
  afterAll(() => t.close());

  it('shows as completed once its end has passed', async () => {
    const read = await t.call({
      method: 'GET',
      url: `/api/v1/interviews/${setup.interview.id}`,
      as,
    });
    expect(read.data.status).toBe('completed');
  });

  it('refuses a Confirm through the personal link with 409 and keeps attendance', async () => {
    const before = await snapshot(t);
    const response = await t.call({ method: 'POST', url: `/api/v1/invitations/${token}/confirm` });
    expect(response.statusCode).toBe(409);
    expect(response.data.error.code).toBe('conflict');
    expect(await snapshot(t)).toEqual(before);
    const read = await t.call({
      method: 'GET',
      url: `/api/v1/interviews/${setup.interview.id}`,
      as,
    });
    expect(read.data.participants[0].attendance).toBe('pending');
  });

  it('tells the recipient on their page that replies are closed, with no reply form', async () => {
    const page = await t.call({ method: 'GET', url: `/i/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('This interview has already taken place, so replies are closed.');
    expect(page.body).not.toContain('action="/i/');
    const json = await t.call({ method: 'GET', url: `/api/v1/invitations/${token}` });
    expect(json.data).toMatchObject({ interviewStatus: 'completed', canRespond: false });
  });

  it('can no longer be edited or re-invited (409)', async () => {
    const before = await snapshot(t);
    const edit = await t.call({
      method: 'PATCH',
      url: `/api/v1/interviews/${setup.interview.id}`,
      as,
      payload: { version: 1, title: 'Renamed afterwards' },
    });
    expect(edit.statusCode).toBe(409);
    const resend = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${setup.interview.id}/invites/resend`,
      as,
    });
    expect(resend.statusCode).toBe(409);
    expect(await snapshot(t)).toEqual(before);
  });
});
