import type { Credentials, TestApp } from './app.js';

/** A future interview with a Tokyo candidate and two interviewers (New York and Berlin). */
export async function setUpInterview(
  t: TestApp,
  as: Credentials,
  overrides: Record<string, unknown> = {},
) {
  const suffix = Math.random().toString(36).slice(2, 8);
  const candidate = await t.call({
    method: 'POST',
    url: '/api/v1/candidates',
    as,
    payload: {
      firstName: 'Kenji',
      lastName: 'Sato',
      email: `kenji.${suffix}@example.jp`,
      timeZone: 'Asia/Tokyo',
    },
  });
  const interviewers = [];
  for (const [name, zone] of [
    ['Nora York', 'America/New_York'],
    ['Bernd Berlin', 'Europe/Berlin'],
  ]) {
    const user = await t.call({
      method: 'POST',
      url: '/api/v1/users',
      as: (await t.signedIn('admin')).as,
      payload: {
        name,
        email: `${String(name).split(' ')[0]?.toLowerCase()}.${suffix}@example.com`,
        timeZone: zone,
        role: 'interviewer',
      },
    });
    interviewers.push(user.data);
  }
  // A fixed winter date: New York 10:00 (EST), Berlin 16:00, Tokyo 00:00 the next day.
  const startsAt = new Date('2030-01-15T15:00:00Z');
  const interview = await t.call({
    method: 'POST',
    url: '/api/v1/interviews',
    as,
    payload: {
      title: 'Technical interview',
      candidateId: candidate.data.id,
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
  return { candidate: candidate.data, interviewers, interview: interview.data };
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
