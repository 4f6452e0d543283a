import type { Credentials, TestApp } from './app.js';
import { buildCandidate, buildUser } from './factories.js';

/** A future interview with a Tokyo candidate and two interviewers (New York and Berlin). */
export async function setUpInterview(
  t: TestApp,
  as: Credentials,
  overrides: Record<string, unknown> = {},
) {
  const suffix = Math.random().toString(36).slice(2, 8);
  // The people are not what these tests are about: written straight to the database.
  const candidate = await buildCandidate(t.database.db, { email: `kenji.${suffix}@example.jp` });
  const interviewers = [
    await buildUser(t.database.db, {
      name: 'Nora York',
      email: `nora.${suffix}@example.com`,
      time_zone: 'America/New_York',
    }),
    await buildUser(t.database.db, {
      name: 'Bernd Berlin',
      email: `bernd.${suffix}@example.com`,
      time_zone: 'Europe/Berlin',
    }),
  ] as const;
  // A fixed winter date: New York 10:00 (EST), Berlin 16:00, Tokyo 00:00 the next day.
  const startsAt = new Date('2030-01-15T15:00:00Z');
  const interview = await t.call({
    method: 'POST',
    url: '/api/v1/interviews',
    as,
    payload: {
      title: 'Technical interview',
      candidateId: candidate.id,
      interviewerIds: interviewers.map((u) => u.id),
      jobTitle: 'Backend Engineer',
      startsAt: startsAt.toISOString(),
      durationMinutes: 90,
      timeZone: 'America/New_York',
      location: 'Room 4; Building B, 2nd floor',
      meetingUrl: 'https://meet.example.com/abc-defg',
      notes: 'Bring ID.',
      ...overrides,
    },
  });
  if (interview.statusCode !== 201) throw new Error(`interview not created: ${interview.body}`);
  return { candidate, interviewers, interview: interview.data };
}

/** The ids of the seeded candidate and interviewer invites. */
export async function seededTemplates(t: TestApp, as: Credentials) {
  const list = await t.call({
    method: 'GET',
    url: '/api/v1/templates',
    as,
    query: { invitable: 'true' },
  });
  const find = (audience: string) =>
    list.data.items.find((x: { audience: string }) => x.audience === audience).id as string;
  return { candidate: find('candidate'), interviewer: find('interviewer') };
}

/** The personal Interview Link in a message's text part. */
export function linkIn(text: string): { url: string; token: string } {
  const match = /https:\/\/convene\.test\/i\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error(`no Interview Link in: ${text}`);
  return { url: match[0], token: match[1] };
}

/** Send Invites with the seeded Candidate and Interviewer Invites; the interview as it answers. */
export async function sendSeededInvites(t: TestApp, as: Credentials, interviewId: string) {
  const templates = await seededTemplates(t, as);
  const sent = await t.call({
    method: 'POST',
    url: `/api/v1/interviews/${interviewId}/invites`,
    as,
    payload: {
      candidate: { templateId: templates.candidate },
      interviewer: { templateId: templates.interviewer },
    },
  });
  if (sent.statusCode !== 200) throw new Error(`Send Invites failed: ${sent.body}`);
  return sent.data;
}
