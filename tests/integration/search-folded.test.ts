import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { buildCandidate, buildUser } from '../helpers/factories.js';

// Search that finds (issue 15, item 4): by candidate, interviewer, job and title, with accents
// and case not counting, the same on both engines.
describe(`Searching interviews and people, accents and case aside (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    as = (await t.signedIn('coordinator')).as;
    const db = t.database.db;
    const jose = await buildUser(db, { name: 'José Álvarez', email: 'jose@example.es' });
    const nora = await buildUser(db, { name: 'Nora York', email: 'nora@example.com' });
    const muller = await buildCandidate(db, {
      first_name: 'Jürgen',
      last_name: 'MÜLLER',
      email: 'juergen@example.de',
    });
    const nguyen = await buildCandidate(db, {
      first_name: 'Thảo',
      last_name: 'Nguyễn',
      email: 'thao@example.vn',
    });
    const create = async (name: string, payload: Record<string, unknown>) => {
      const response = await t.call({
        method: 'POST',
        url: '/api/v1/interviews',
        as,
        payload: {
          startsAt: '2030-01-15T15:00:00Z',
          durationMinutes: 60,
          timeZone: 'Europe/Berlin',
          ...payload,
        },
      });
      if (response.statusCode !== 201) throw new Error(response.body);
      ids[name] = response.data.id;
    };
    await create('muller', {
      title: 'Technical interview',
      candidateId: muller.id,
      interviewerIds: [nora.id],
      jobTitle: 'Ingénieur logiciel',
    });
    await create('nguyen', {
      title: 'Entretien 50% remote',
      candidateId: nguyen.id,
      interviewerIds: [jose.id],
    });
  });
  afterAll(() => t.close());

  const search = async (q: string) => {
    const response = await t.call({
      method: 'GET',
      url: `/api/v1/interviews?q=${encodeURIComponent(q)}`,
      as,
    });
    expect(response.statusCode).toBe(200);
    return response.data.items.map((i: { id: string }) => i.id).sort();
  };

  it.each([
    ['muller', 'muller'],
    ['Müller', 'muller'],
    ['JURGEN', 'muller'],
    ['ingenieur', 'muller'],
    ['nguyen', 'nguyen'],
    ['THAO', 'nguyen'],
    ['jose alvarez', 'nguyen'],
    ['Álvarez', 'nguyen'],
    ['50%', 'nguyen'],
  ])('finds %j', async (q, name) => {
    expect(await search(q)).toEqual([ids[name]]);
  });

  it('finds nothing where nothing matches, and treats LIKE wildcards as text', async () => {
    expect(await search('smith')).toEqual([]);
    expect(await search('5_%')).toEqual([]);
  });

  it('finds candidates and users the same way', async () => {
    const candidates = await t.call({ method: 'GET', url: '/api/v1/candidates?q=muller', as });
    expect(candidates.data.items.map((c: { lastName: string }) => c.lastName)).toEqual(['MÜLLER']);
    const admin = (await t.signedIn('admin')).as;
    const users = await t.call({ method: 'GET', url: '/api/v1/users?q=alvarez', as: admin });
    expect(users.data.items.map((u: { name: string }) => u.name)).toEqual(['José Álvarez']);
  });
});
