import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { linkIn, sendSeededInvites, setUpInterview } from '../helpers/interviews.js';

describe(`Resend Invites to pending participants only (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;

  beforeAll(async () => {
    t = await startTestApp({ MAIL_FROM: 'interviews@example.com' });
    as = (await t.signedIn('coordinator')).as;
  });
  afterAll(async () => {
    await t.close();
  });

  const outbox = (interviewId: string) =>
    t.database.db
      .selectFrom('messages')
      .select(['participant_id', 'to_email', 'raw', 'sequence'])
      .where('interview_id', '=', interviewId)
      .orderBy('created_at')
      .execute();

  it('nudges only those who have not answered, with the same event again', async () => {
    const { interview } = await setUpInterview(t, as);
    const sent = await sendSeededInvites(t, as, interview.id);
    const [candidate, nora, bernd] = sent.participants as Array<{ id: string; email: string }>;
    // The candidate confirms through the link in their invite (the development mailbox keeps it).
    const invite = (await outbox(interview.id)).find((m) => m.participant_id === candidate?.id);
    const { token } = linkIn((await simpleParser(invite?.raw ?? '')).text ?? '');
    const confirm = await t.call({ method: 'POST', url: `/api/v1/invitations/${token}/confirm` });
    expect(confirm.statusCode, confirm.body).toBe(200);

    const nudge = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.id}/invites/resend`,
      as,
      payload: { pendingOnly: true },
    });
    expect(nudge.statusCode, nudge.body).toBe(200);
    const messages = await outbox(interview.id);
    const resent = messages.slice(3);
    expect(resent.map((m) => m.to_email).sort()).toEqual([nora?.email, bernd?.email].sort());
    // Nothing changed: each keeps the SEQUENCE they were sent.
    for (const m of resent) expect(m.sequence).toBe(0);
    expect(nudge.data.participants[0].attendance).toBe('confirmed');

    // With everyone answered, there is no one to nudge: a clear 400, nothing queued.
    for (const person of [nora, bernd]) {
      const mail = messages.find((m) => m.participant_id === person?.id);
      const link = linkIn((await simpleParser(mail?.raw ?? '')).text ?? '');
      await t.call({ method: 'POST', url: `/api/v1/invitations/${link.token}/decline` });
    }
    const queued = (await outbox(interview.id)).length;
    const none = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.id}/invites/resend`,
      as,
      payload: { pendingOnly: true },
    });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('no participant to resend to');
    expect(await outbox(interview.id)).toHaveLength(queued);
  });
});
