import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { buildCandidate, buildUser } from '../helpers/factories.js';

// Manage Interviews sorted by status (what needs the coordinator first), paged, with a total.
describe(`Interviews by status, with a total (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  const made: Array<{ id: string; title: string }> = [];
  beforeAll(async () => {
    t = await startTestApp();
    as = (await t.signedIn('coordinator')).as;
    const db = t.database.db;
    const nora = await buildUser(db, { name: 'Nora York' });
    const candidate = await buildCandidate(db, {});
    // Title: its status and its start, which the order must follow.
    const plan = [
      ['scheduled A', 'scheduled', '2030-01-10'],
      ['draft A', 'draft', '2030-01-12'],
      ['needs B', 'needs_attention', '2030-01-20'],
      ['awaiting A', 'awaiting_confirmation', '2030-01-05'],
      ['cancelled A', 'cancelled', '2030-01-01'],
      ['needs A', 'needs_attention', '2030-01-15'],
      ['draft B', 'draft', '2030-01-30'],
    ] as const;
    for (const [title, status, day] of plan) {
      const response = await t.call({
        method: 'POST',
        url: '/api/v1/interviews',
        as,
        payload: {
          title,
          candidateId: candidate.id,
          interviewerIds: [nora.id],
          startsAt: `${day}T09:00:00Z`,
          durationMinutes: 60,
          timeZone: 'UTC',
        },
      });
      if (response.statusCode !== 201) throw new Error(response.body);
      // The status is what this test is about, not how it was reached: written straight in.
      await db
        .updateTable('interviews')
        .set({ status, cancelled_at: status === 'cancelled' ? '2029-12-01T00:00:00.000Z' : null })
        .where('id', '=', response.data.id)
        .execute();
      made.push({ id: response.data.id, title });
    }
  });
  afterAll(() => t.close());

  async function all(query: string): Promise<{ titles: string[]; totals: number[] }> {
    const titles: string[] = [];
    const totals: number[] = [];
    let cursor: string | null = null;
    do {
      const response = await t.call({
        method: 'GET',
        url: `/api/v1/interviews?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        as,
      });
      expect(response.statusCode).toBe(200);
      titles.push(...response.data.items.map((i: { title: string }) => i.title));
      if (response.data.total !== undefined) totals.push(response.data.total);
      cursor = response.data.nextCursor;
    } while (cursor);
    return { titles, totals };
  }

  it('puts what needs attention first, then awaiting, draft, scheduled, cancelled; each by start', async () => {
    const { titles, totals } = await all('sort=status&withTotal=true');
    expect(titles).toEqual([
      'needs A',
      'needs B',
      'awaiting A',
      'draft A',
      'draft B',
      'scheduled A',
      'cancelled A',
    ]);
    // Every page counts all matches, not its own.
    expect(totals).toEqual([7, 7, 7, 7]);
  });

  it('counts what several statuses match, and only when asked', async () => {
    const { titles, totals } = await all(
      'status=needs_attention&status=draft&withTotal=true&sort=startsAt',
    );
    expect(titles).toEqual(['draft A', 'needs A', 'needs B', 'draft B']);
    expect(totals).toEqual([4, 4]);
    expect((await all('status=draft')).totals).toEqual([]);
  });

  it('refuses a cursor from the other order', async () => {
    const first = await t.call({ method: 'GET', url: '/api/v1/interviews?limit=2', as });
    const wrong = await t.call({
      method: 'GET',
      url: `/api/v1/interviews?sort=status&limit=2&cursor=${first.data.nextCursor}`,
      as,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.data.error.details.issues[0].field).toBe('cursor');
  });
});
