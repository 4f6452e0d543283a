import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { buildCandidate, buildUser } from '../helpers/factories.js';

// Creating a candidate and an interview is one write (issue 15, item 7): a refused interview
// leaves no stray candidate, and an existing candidate's email is offered, never merged.
describe(`Create interview with a new candidate (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let interviewerId: string;
  beforeAll(async () => {
    t = await startTestApp();
    as = (await t.signedIn('coordinator')).as;
    interviewerId = (await buildUser(t.database.db, { name: 'Nora York' })).id;
  });
  afterAll(() => t.close());

  const interview = (extra: Record<string, unknown>) => ({
    title: 'Technical interview',
    interviewerIds: [interviewerId],
    startsAt: '2030-01-15T15:00:00Z',
    durationMinutes: 60,
    timeZone: 'Europe/Berlin',
    ...extra,
  });
  const create = (payload: Record<string, unknown>) =>
    t.call({ method: 'POST', url: '/api/v1/interviews', as, payload });
  const candidatesWith = async (email: string) =>
    t.database.db.selectFrom('candidates').selectAll().where('email', '=', email).execute();
  const interviewCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('interviews')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('adds the candidate and the interview together', async () => {
    const response = await create(
      interview({
        candidate: {
          firstName: 'Priya',
          lastName: 'Raman',
          email: 'Priya@Example.in',
          timeZone: 'Asia/Calcutta',
        },
      }),
    );
    expect(response.statusCode).toBe(201);
    const [saved] = await candidatesWith('priya@example.in');
    expect(saved).toMatchObject({ first_name: 'Priya', time_zone: 'Asia/Kolkata' });
    expect(response.data.candidateId).toBe(saved?.id);
    expect(response.data.participants[0]).toMatchObject({ role: 'candidate', name: 'Priya Raman' });
  });

  it('offers an existing candidate with that email instead of using them: 409, nothing written', async () => {
    const existing = await buildCandidate(t.database.db, {
      first_name: 'Kenji',
      last_name: 'Sato',
      email: 'kenji@example.jp',
    });
    const before = await interviewCount();
    const response = await create(
      interview({ candidate: { firstName: 'Ken', lastName: 'Other', email: 'KENJI@example.jp' } }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.data.error.details).toEqual({
      field: 'candidate.email',
      existingId: existing.id,
      existingName: 'Kenji Sato',
    });
    expect(await interviewCount()).toBe(before);
    const [kept] = await candidatesWith('kenji@example.jp');
    expect(kept).toMatchObject({ id: existing.id, first_name: 'Kenji', last_name: 'Sato' });
  });

  it('leaves no candidate behind when the interview is refused', async () => {
    const before = await interviewCount();
    const response = await create(
      interview({
        interviewerIds: [randomUUID()],
        candidate: { firstName: 'Stray', lastName: 'Person', email: 'stray@example.com' },
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.data.error.details.issues).toEqual([
      { field: 'interviewerIds', message: expect.stringMatching(/^no user with id/) },
    ]);
    expect(await candidatesWith('stray@example.com')).toEqual([]);
    expect(await interviewCount()).toBe(before);
  });

  it('names every bad field at once, the candidate’s and the interview’s', async () => {
    const response = await create(
      interview({
        meetingUrl: 'ftp://meet.example.com/x',
        candidate: { firstName: ' ', lastName: 'Sato', email: 'kenji-at-example.jp' },
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.data.error.details.issues.map((i: { field: string }) => i.field)).toEqual([
      'candidate.firstName',
      'candidate.email',
      'meetingUrl',
    ]);
  });

  it('wants exactly one of candidateId and candidate', async () => {
    const known = await buildCandidate(t.database.db, { email: 'ada@example.com' });
    for (const payload of [
      interview({}),
      interview({
        candidateId: known.id,
        candidate: { firstName: 'A', lastName: 'B', email: 'ab@example.com' },
      }),
    ]) {
      const response = await create(payload);
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details.issues[0].field).toBe('candidateId');
    }
    expect(await candidatesWith('ab@example.com')).toEqual([]);
  });
});
