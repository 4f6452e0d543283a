import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import { devMailboxTokens, settleOutbox } from '../helpers/outbox.js';

// "Not then" from the Interview Link (DESIGN §6): a participant proposes up to three other
// times on a page of their own (or through the JSON twin); the coordinator sees them.
describe(`Proposing other times from the Interview Link (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    as = (await t.signedIn('coordinator')).as;
  });
  afterAll(() => t.close());

  /** An interview on Tuesday 15 January 2030, 15:00Z, with invites out; everyone's link. */
  async function invited() {
    const { interview, interviewers, candidate } = await setUpInterview(t, as);
    await sendSeededInvites(t, as, interview.id);
    await settleOutbox(t, interview.id);
    const tokens = await devMailboxTokens(t, as, interview.id);
    return { id: interview.id as string, candidate, nora: interviewers[0], tokens };
  }
  const form = (token: string, fields: Record<string, string>) =>
    t.call({
      method: 'POST',
      url: `/i/${token}/propose`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });
  const proposals = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/proposals`, as })).data
      .items as Array<{
      participantId: string;
      startsAt: string;
      endsAt: string;
      via: string;
      state: string;
    }>;

  it('takes up to three times typed in the participant’s zone: a decline with them, Needs attention', async () => {
    const { id, candidate, tokens } = await invited();
    const token = tokens[candidate.email] as string;
    const page = await t.call({ method: 'GET', url: `/i/${token}/propose` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Propose other times</h1>');
    const zone = /name="tz" value="([^"]+)"/.exec(page.body)?.[1] as string;
    expect(zone).toBeTruthy();
    // The link's page offers it under "Can’t make it?".
    const details = await t.call({ method: 'GET', url: `/i/${token}` });
    expect(details.body).toContain(`href="/i/${token}/propose">Propose other times instead</a>`);

    const sent = await form(token, {
      time1: '2030-01-17T10:00',
      time3: '2030-01-18T14:30',
      tz: zone,
      reason: 'Thursday or Friday would be better',
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/i/${token}?notice=proposed`);
    const after = await t.call({ method: 'GET', url: sent.headers.location as string });
    expect(after.body).toContain('The organizer has your proposed times');

    const list = await proposals(id);
    const offset = (iso: string) => {
      // The same wall time in the participant's zone, as an instant.
      const local = new Date(`${iso}Z`);
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        timeZoneName: 'longOffset',
      }).formatToParts(local);
      const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
      const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
      const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
      return new Date(local.getTime() - minutes * 60_000).toISOString();
    };
    expect(list.map((p) => [p.startsAt, p.via, p.state]).sort()).toEqual(
      [
        [offset('2030-01-17T10:00:00'), 'page', 'open'],
        [offset('2030-01-18T14:30:00'), 'page', 'open'],
      ].sort(),
    );
    // Each as long as the interview (90 minutes).
    for (const p of list) expect(Date.parse(p.endsAt) - Date.parse(p.startsAt)).toBe(90 * 60_000);
    const interview = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}`, as })).data;
    expect(interview.status).toBe('needs_attention');
    const me = interview.participants.find((p: { email: string }) => p.email === candidate.email);
    expect(me).toMatchObject({
      attendance: 'declined',
      declineReason: 'Thursday or Friday would be better',
    });
  });

  it('shows the form again with what was wrong beside each time, saving nothing', async () => {
    const { id, nora, tokens } = await invited();
    const token = tokens[nora.email] as string;
    const refused = await form(token, {
      time1: '2030-01-17T10:00',
      time2: '2020-01-17T10:00',
      time3: 'soon',
      tz: 'UTC',
      reason: '<script>x</script>',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toMatch(/id="time-3-error" class="error">This is not a date and time\.</);
    expect(refused.body).toContain('value="2030-01-17T10:00"');
    expect(refused.body).not.toContain('<script>x');
    const past = await form(token, {
      time1: '2030-01-17T10:00',
      time2: '2020-01-17T10:00',
      tz: 'UTC',
    });
    expect(past.statusCode).toBe(400);
    expect(past.body).toMatch(/id="time-2-error" class="error">This time is in the past\.</);
    const none = await form(token, { tz: 'UTC' });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('role="alert">Please choose at least one time.</p>');
    expect(await proposals(id)).toEqual([]);
    const unknown = await t.call({ method: 'GET', url: `/i/${'x'.repeat(43)}/propose` });
    expect(unknown.statusCode).toBe(404);
  });

  it('has a JSON twin taking ISO times; the same times again change nothing', async () => {
    const { id, nora, tokens } = await invited();
    const token = tokens[nora.email] as string;
    const body = { times: ['2030-01-16T09:00:00Z'], comment: 'Wednesday morning?' };
    const first = await t.call({
      method: 'POST',
      url: `/api/v1/invitations/${token}/propose`,
      payload: body,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.data).toEqual({ changed: true });
    const again = await t.call({
      method: 'POST',
      url: `/api/v1/invitations/${token}/propose`,
      payload: body,
    });
    expect(again.data).toEqual({ changed: false });
    expect((await proposals(id)).map((p) => p.startsAt)).toEqual(['2030-01-16T09:00:00.000Z']);
    const four = await t.call({
      method: 'POST',
      url: `/api/v1/invitations/${token}/propose`,
      payload: {
        times: [
          '2030-01-16T09:00:00Z',
          '2030-01-16T10:00:00Z',
          '2030-01-16T11:00:00Z',
          '2030-01-16T12:00:00Z',
        ],
      },
    });
    expect(four.statusCode).toBe(400);
    const bad = await t.call({
      method: 'POST',
      url: `/api/v1/invitations/${token}/propose`,
      payload: { times: ['next week'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.data.error.details.issues).toEqual([
      { field: 'times.0', message: 'is not a date and time' },
    ]);
  });
});
