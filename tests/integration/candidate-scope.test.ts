import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

describe(`which candidates an interviewer sees (${engine})`, () => {
  let t: TestApp;
  let coordinator: Credentials;
  let interviewer: Credentials;
  const ids: Record<'mine' | 'other' | 'cancelled', string> = {
    mine: '',
    other: '',
    cancelled: '',
  };

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = (await t.signedIn('coordinator')).as;
    const signedIn = await t.signedIn('interviewer');
    interviewer = signedIn.as;
    const addCandidate = async (firstName: string) => {
      const answer = await t.call({
        method: 'POST',
        url: '/api/v1/candidates',
        as: coordinator,
        payload: {
          firstName,
          lastName: 'Scope',
          email: `${firstName.toLowerCase()}@scope.example`,
        },
      });
      return answer.data.id as string;
    };
    const interviewFor = async (candidateId: string) => {
      const answer = await t.call({
        method: 'POST',
        url: '/api/v1/interviews',
        as: coordinator,
        payload: {
          title: 'Scoped interview',
          candidateId,
          interviewerIds: [signedIn.user.id],
          startsAt: '2031-05-06T09:00:00Z',
          durationMinutes: 45,
          timeZone: 'Europe/Berlin',
        },
      });
      if (answer.statusCode !== 201) throw new Error(answer.body);
      return answer.data.id as string;
    };
    ids.mine = await addCandidate('Mina');
    ids.other = await addCandidate('Otto');
    ids.cancelled = await addCandidate('Cleo');
    await interviewFor(ids.mine);
    const cancelled = await interviewFor(ids.cancelled);
    await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${cancelled}/cancel`,
      as: coordinator,
      payload: {},
    });
  });
  afterAll(() => t.close());

  const listed = async (as: Credentials, query: Record<string, string> = {}) => {
    const answer = await t.call({ method: 'GET', url: '/api/v1/candidates', as, query });
    expect(answer.statusCode).toBe(200);
    return answer.data.items.map((c: { id: string }) => c.id).sort();
  };

  it('lists to an interviewer only the candidates of interviews they are on', async () => {
    expect(await listed(interviewer)).toEqual([ids.mine, ids.cancelled].sort());
    expect(await listed(interviewer, { q: 'otto' })).toEqual([]);
  });

  it('answers 404 when an interviewer asks for a candidate of an interview they are not on', async () => {
    const mine = await t.call({
      method: 'GET',
      url: `/api/v1/candidates/${ids.mine}`,
      as: interviewer,
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.data.firstName).toBe('Mina');
    const other = await t.call({
      method: 'GET',
      url: `/api/v1/candidates/${ids.other}`,
      as: interviewer,
    });
    expect(other.statusCode).toBe(404);
    expect(other.data.error.code).toBe('not_found');
  });

  it('still lists every candidate to coordinators', async () => {
    expect(await listed(coordinator)).toEqual([ids.mine, ids.other, ids.cancelled].sort());
  });

  it('pages an interviewer’s candidates without showing others across pages', async () => {
    const first = await t.call({
      method: 'GET',
      url: '/api/v1/candidates',
      as: interviewer,
      query: { limit: '1' },
    });
    expect(first.data.items).toHaveLength(1);
    const second = await t.call({
      method: 'GET',
      url: '/api/v1/candidates',
      as: interviewer,
      query: { limit: '1', cursor: first.data.nextCursor },
    });
    expect(second.data.items).toHaveLength(1);
    expect(second.data.nextCursor).toBeNull();
    const seen = [...first.data.items, ...second.data.items].map((c: { id: string }) => c.id);
    expect(seen).not.toContain(ids.other);
  });
});
