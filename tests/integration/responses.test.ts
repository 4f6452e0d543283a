import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import { devMailboxTokens, settleOutbox } from '../helpers/outbox.js';

type Event = { type: string; actor: { id: string | null }; data: Record<string, unknown> };
type Participant = {
  id: string;
  role: string;
  email: string;
  attendance: string;
  declineReason: string | null;
};

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** A token of the right shape that no participant holds. */
function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

describe(`Answering an invitation (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let coordinator: { id: string; name: string; email: string };

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    const signedIn = await t.signedIn('coordinator', { name: 'Carla Coordinator' });
    as = signedIn.as;
    coordinator = signedIn.user;
  });
  afterAll(() => t.close());

  /** Sends the seeded invites, delivers them to the dev mailbox and returns each link token. */
  async function invite(interviewId: string): Promise<Record<string, string>> {
    await sendSeededInvites(t, as, interviewId);
    await settleOutbox(t, interviewId);
    return devMailboxTokens(t, as, interviewId);
  }

  const interviewOf = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}`, as })).data;
  const eventsOf = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/events`, as })).data
      .items as Event[];
  const messagesOf = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/messages`, as })).data
      .items as Array<{ id: string; kind: string; to: string; subject: string }>;

  describe('one candidate and two interviewers', () => {
    let setup: Awaited<ReturnType<typeof setUpInterview>>;
    let tokens: Record<string, string>;
    const id = () => setup.interview.id as string;

    beforeAll(async () => {
      setup = await setUpInterview(t, as);
      tokens = await invite(id());
    });

    it('changes nothing when the page is opened, and logs the open at most once in ten minutes', async () => {
      const token = tokens[setup.candidate.email] as string;
      const before = await interviewOf(id());
      expect(before.status).toBe('awaiting_confirmation');
      for (let i = 0; i < 5; i += 1) {
        const page = await t.call({ method: 'GET', url: `/i/${token}` });
        expect(page.statusCode).toBe(200);
      }
      const after = await interviewOf(id());
      expect(after.status).toBe('awaiting_confirmation');
      expect(after.version).toBe(before.version);
      expect(after.participants.map((p: Participant) => p.attendance)).toEqual([
        'pending',
        'pending',
        'pending',
      ]);
      const candidate = after.participants.find((p: Participant) => p.role === 'candidate');
      const opened = (await eventsOf(id())).filter((e) => e.type === 'invitation.opened');
      expect(opened).toHaveLength(1);
      expect(opened[0]?.actor.id).toBe(candidate.id);
    });

    it('serves the JSON twin without a session, with times in the recipient’s zone', async () => {
      const token = tokens[setup.candidate.email] as string;
      const response = await t.call({ method: 'GET', url: `/api/v1/invitations/${token}` });
      expect(response.statusCode).toBe(200);
      expect(response.data).toMatchObject({
        title: 'Technical interview',
        jobTitle: 'Backend Engineer',
        recipient: { name: 'Kenji Sato', role: 'candidate' },
        when: {
          startsAt: '2030-01-15T15:00:00.000Z',
          endsAt: '2030-01-15T16:30:00.000Z',
          text: 'Wednesday, 16 January 2030, 00:00 – 01:30 (Asia/Tokyo)',
          timeZone: 'Asia/Tokyo',
        },
        organizer: { name: 'Carla Coordinator', email: coordinator.email },
        attendance: 'pending',
        interviewStatus: 'awaiting_confirmation',
        canRespond: true,
      });
      const nora = tokens[setup.interviewers[0].email] as string;
      const forNora = await t.call({ method: 'GET', url: `/api/v1/invitations/${nora}` });
      expect(forNora.data.when.text).toBe(
        'Tuesday, 15 January 2030, 10:00 – 11:30 (America/New_York)',
      );
    });

    it('answers an unknown token with 404 in the error format', async () => {
      for (const token of [randomToken(), 'not-a-token']) {
        const response = await t.call({ method: 'GET', url: `/api/v1/invitations/${token}` });
        expect(response.statusCode).toBe(404);
        expect(response.data).toEqual({
          error: { code: 'not_found', message: 'This link is not valid.' },
        });
      }
    });

    it('declines through the page form with a reason and tells the coordinator, escaped', async () => {
      const nora = setup.interviewers[0];
      const token = tokens[nora.email] as string;
      const reason = '<b>busy</b> & away';
      const declined = await t.call({
        method: 'POST',
        url: `/i/${token}/decline`,
        headers: FORM,
        payload: `reason=${encodeURIComponent(reason)}`,
      });
      expect(declined.statusCode).toBe(303);
      expect(declined.headers.location).toBe(`/i/${token}?notice=declined`);

      const interview = await interviewOf(id());
      expect(interview.status).toBe('needs_attention');
      const participant = interview.participants.find((p: Participant) => p.email === nora.email);
      expect(participant).toMatchObject({ attendance: 'declined', declineReason: reason });
      const events = await eventsOf(id());
      expect(events.filter((e) => e.type === 'participant.declined')).toHaveLength(1);
      expect(
        events.filter((e) => e.type === 'status.changed' && e.data.to === 'needs_attention'),
      ).toHaveLength(1);

      await settleOutbox(t, id());
      const notices = (await messagesOf(id())).filter((m) => m.kind === 'notice');
      expect(notices).toHaveLength(1);
      const notice = notices[0] as { id: string; to: string; subject: string };
      expect(notice.to).toBe(coordinator.email);
      // The date in the coordinator's own zone (Europe/Berlin here) and a link to the interview's page.
      expect(notice.subject).toBe(
        'Needs attention: Nora York declined Technical interview, Tuesday, 15 January 2030',
      );
      const mail = await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${notice.id}`, as });
      expect(mail.data.text.replace(/\s+/g, ' ')).toContain(
        'When: Tuesday, 15 January 2030, 16:00 (Europe/Berlin), 1 hour 30 minutes',
      );
      expect(mail.data.html).toContain(`href="https://convene.test/interviews/${id()}"`);
      expect(mail.data.html).toContain('Reason: &lt;b&gt;busy&lt;/b&gt; &amp; away');
      expect(mail.data.html).not.toContain('<b>busy</b>');
      expect(mail.data.text).toContain(`Reason: ${reason}`);
      expect(mail.data.calendar).toBeNull();

      const page = await t.call({ method: 'GET', url: `/i/${token}?notice=declined` });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('&lt;b&gt;busy&lt;/b&gt; &amp; away');
      expect(page.body).not.toContain('<b>busy</b>');
    });

    it('lets a decliner confirm from the same link, which clears the reason', async () => {
      const nora = setup.interviewers[0];
      const token = tokens[nora.email] as string;
      const confirmed = await t.call({
        method: 'POST',
        url: `/i/${token}/confirm`,
        headers: FORM,
        payload: '',
      });
      expect(confirmed.statusCode).toBe(303);
      expect(confirmed.headers.location).toBe(`/i/${token}?notice=confirmed`);
      const interview = await interviewOf(id());
      // The candidate and Bernd have not answered yet.
      expect(interview.status).toBe('awaiting_confirmation');
      const participant = interview.participants.find((p: Participant) => p.email === nora.email);
      expect(participant).toMatchObject({ attendance: 'confirmed', declineReason: null });
      const twin = await t.call({ method: 'GET', url: `/api/v1/invitations/${token}` });
      expect(twin.data).toMatchObject({ attendance: 'confirmed', declineReason: null });

      await settleOutbox(t, id());
      // Leaving needs_attention is not something to tell the coordinator about.
      expect((await messagesOf(id())).filter((m) => m.kind === 'notice')).toHaveLength(1);
    });
  });

  describe('a panel of five', () => {
    it('schedules exactly once when all six confirm at once, 50 confirmations in all', async () => {
      const suffix = Math.random().toString(36).slice(2, 8);
      const admin = (await t.signedIn('admin')).as;
      const candidate = await t.call({
        method: 'POST',
        url: '/api/v1/candidates',
        as,
        payload: {
          firstName: 'Ada',
          lastName: 'Lovelace',
          email: `ada.${suffix}@example.com`,
          timeZone: 'Europe/London',
        },
      });
      const interviewerIds: string[] = [];
      for (let i = 1; i <= 5; i += 1) {
        const user = await t.call({
          method: 'POST',
          url: '/api/v1/users',
          as: admin,
          payload: {
            name: `Panelist ${i}`,
            email: `panelist${i}.${suffix}@example.com`,
            timeZone: 'Europe/Berlin',
            role: 'interviewer',
          },
        });
        interviewerIds.push(user.data.id);
      }
      const created = await t.call({
        method: 'POST',
        url: '/api/v1/interviews',
        as,
        payload: {
          title: 'Panel interview',
          candidateId: candidate.data.id,
          interviewerIds,
          startsAt: '2030-02-01T10:00:00.000Z',
          durationMinutes: 60,
          timeZone: 'Europe/London',
          meetingUrl: 'https://meet.example.com/panel',
        },
      });
      expect(created.statusCode).toBe(201);
      const id = created.data.id as string;
      const tokens = Object.values(await invite(id));
      expect(tokens).toHaveLength(6);

      const burst = Array.from({ length: 50 }, (_, i) => tokens[i % tokens.length] as string);
      const answers = await Promise.all(
        burst.map((token) =>
          t.call({
            method: 'POST',
            url: `/api/v1/invitations/${token}/confirm`,
            remoteAddress: '192.0.2.50',
          }),
        ),
      );
      expect(answers.map((a) => a.statusCode)).toEqual(Array(50).fill(200));
      expect(answers.filter((a) => a.data.changed === true)).toHaveLength(6);
      for (const answer of answers) expect(answer.data.invitation.attendance).toBe('confirmed');

      const interview = await interviewOf(id);
      expect(interview.status).toBe('scheduled');
      expect(interview.participants.map((p: Participant) => p.attendance)).toEqual(
        Array(6).fill('confirmed'),
      );
      const events = await eventsOf(id);
      expect(events.filter((e) => e.type === 'participant.confirmed')).toHaveLength(6);
      expect(
        events.filter((e) => e.type === 'status.changed' && e.data.to === 'scheduled'),
      ).toHaveLength(1);

      await settleOutbox(t, id);
      const notices = (await messagesOf(id)).filter((m) => m.kind === 'notice');
      expect(notices.map((m) => [m.to, m.subject])).toEqual([
        [
          coordinator.email,
          'Interview Scheduled: Panel interview with Ada Lovelace, Friday, 1 February 2030',
        ],
      ]);
    });

    it('schedules exactly once when the last participant confirms 50 times at once', async () => {
      const { interview } = await setUpInterview(t, as);
      const tokens = await invite(interview.id);
      const [last, ...others] = Object.values(tokens) as [string, ...string[]];
      for (const token of others) {
        await t.call({
          method: 'POST',
          url: `/api/v1/invitations/${token}/confirm`,
          remoteAddress: '192.0.2.51',
        });
      }
      expect((await interviewOf(interview.id)).status).toBe('awaiting_confirmation');
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          t.call({
            method: 'POST',
            url: `/api/v1/invitations/${last}/confirm`,
            remoteAddress: '192.0.2.52',
          }),
        ),
      );
      expect(answers.map((a) => a.statusCode)).toEqual(Array(50).fill(200));
      expect(answers.filter((a) => a.data.changed === true)).toHaveLength(1);
      expect((await interviewOf(interview.id)).status).toBe('scheduled');
      const events = await eventsOf(interview.id);
      expect(
        events.filter((e) => e.type === 'status.changed' && e.data.to === 'scheduled'),
      ).toHaveLength(1);
      await settleOutbox(t, interview.id);
      expect((await messagesOf(interview.id)).filter((m) => m.kind === 'notice')).toHaveLength(1);
    });
  });

  describe('the recipient page', () => {
    let pages: string[];

    beforeAll(async () => {
      const suffix = Math.random().toString(36).slice(2, 8);
      const hostile = await t.call({
        method: 'POST',
        url: '/api/v1/candidates',
        as,
        payload: {
          firstName: '<script>alert(1)</script>',
          lastName: 'Doe',
          email: `hostile.${suffix}@example.com`,
          timeZone: 'Asia/Tokyo',
        },
      });
      if (hostile.statusCode !== 201) throw new Error(`candidate: ${hostile.body}`);
      const interviewer = await t.call({
        method: 'POST',
        url: '/api/v1/users',
        as: (await t.signedIn('admin')).as,
        payload: {
          name: 'Ivy Interviewer',
          email: `ivy.${suffix}@example.com`,
          timeZone: 'Europe/Berlin',
          role: 'interviewer',
        },
      });
      const created = await t.call({
        method: 'POST',
        url: '/api/v1/interviews',
        as,
        payload: {
          title: 'Screening',
          candidateId: hostile.data.id,
          interviewerIds: [interviewer.data.id],
          startsAt: '2030-03-01T09:00:00.000Z',
          durationMinutes: 30,
          timeZone: 'Europe/Berlin',
          location: 'Room 1',
        },
      });
      if (created.statusCode !== 201) throw new Error(`interview: ${created.body}`);
      const tokens = await invite(created.data.id);
      // The candidate's own page and the interviewer's, which lists the candidate.
      pages = [tokens[hostile.data.email] as string, tokens[interviewer.data.email] as string];
    });

    it('allows only its own style and script, through a per-response nonce in the CSP', async () => {
      for (const token of pages) {
        const page = await t.call({ method: 'GET', url: `/i/${token}` });
        expect(page.statusCode).toBe(200);
        const csp = String(page.headers['content-security-policy']);
        expect(csp).toMatch(/^default-src 'none';/);
        const style = /style-src 'nonce-([^']+)'/.exec(csp)?.[1];
        const script = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
        expect(style).toMatch(/^[A-Za-z0-9+/]{22}==$/);
        expect(script).toBe(style);
        expect(page.body.match(/<style[^>]*>/g)).toEqual([`<style nonce="${style}">`]);
        expect(page.body.match(/<script[^>]*>/g)).toEqual([`<script nonce="${style}">`]);
        expect(page.body.match(/nonce="[^"]*"/g)).toEqual([`nonce="${style}"`, `nonce="${style}"`]);
      }
      const first = await t.call({ method: 'GET', url: `/i/${pages[0]}` });
      const second = await t.call({ method: 'GET', url: `/i/${pages[0]}` });
      expect(second.headers['content-security-policy']).not.toBe(
        first.headers['content-security-policy'],
      );
    });

    it('is never cached and never leaks its URL as a referrer', async () => {
      for (const token of pages) {
        const page = await t.call({ method: 'GET', url: `/i/${token}` });
        expect(page.headers['cache-control']).toBe('no-store');
        expect(page.headers['referrer-policy']).toBe('no-referrer');
      }
    });

    it('shows a hostile candidate name as text, never as a tag', async () => {
      for (const token of pages) {
        const page = await t.call({ method: 'GET', url: `/i/${token}` });
        expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Doe');
        expect(page.body).not.toContain('<script>alert(1)');
      }
    });

    it('rate-limits guessing tokens: past 120 a minute from one address the answer is 429', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 125; i += 1) {
        const response = await t.app.inject({
          method: 'GET',
          url: `/i/${randomToken()}`,
          remoteAddress: '198.51.100.9',
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 120)).toEqual(Array(120).fill(404));
      expect(statuses.slice(120)).toEqual(Array(5).fill(429));
      const limited = await t.app.inject({
        method: 'GET',
        url: `/i/${randomToken()}`,
        remoteAddress: '198.51.100.9',
      });
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
      // Another address is not affected.
      const other = await t.app.inject({
        method: 'GET',
        url: `/i/${randomToken()}`,
        remoteAddress: '198.51.100.10',
      });
      expect(other.statusCode).toBe(404);
    });
  });
});
