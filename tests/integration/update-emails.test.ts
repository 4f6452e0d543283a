import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import { devMailboxTokens, settleOutbox } from '../helpers/outbox.js';

type Message = { id: string; kind: string; to: string; subject: string };

// Emails that say what happened (issue 15, item 10): an update names what changed and whether a
// new answer is needed; the default invites read well without a role or notes.
describe(`What update and invite emails say (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    as = (await t.signedIn('coordinator', { name: 'Carla Coordinator' })).as;
  });
  afterAll(() => t.close());

  const messagesOf = async (id: string, kind: string) =>
    (
      (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/messages`, as })).data
        .items as Message[]
    ).filter((m) => m.kind === kind);
  const textOf = async (message: Message) =>
    (
      (await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${message.id}`, as })).data
        .text as string
    ).replace(/\s+/g, ' ');
  const patch = async (id: string, changes: Record<string, unknown>) => {
    const current = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}`, as })).data;
    const response = await t.call({
      method: 'PATCH',
      url: `/api/v1/interviews/${id}`,
      as,
      payload: { version: current.version, ...changes },
    });
    expect(response.statusCode).toBe(200);
    await settleOutbox(t, id);
    return response.data;
  };

  // Invites sent and delivered; the first interviewer has confirmed.
  const invitedWithNoraConfirmed = async () => {
    const { interview, interviewers } = await setUpInterview(t, as);
    await sendSeededInvites(t, as, interview.id);
    await settleOutbox(t, interview.id);
    const tokens = await devMailboxTokens(t, as, interview.id);
    const nora = interviewers[0];
    await t.call({ method: 'POST', url: `/api/v1/invitations/${tokens[nora.email]}/confirm` });
    return { interview, nora };
  };

  it('a new place: the update shows the old and the new one, and asks everyone to confirm again', async () => {
    const { interview } = await invitedWithNoraConfirmed();

    const moved = await patch(interview.id, { location: 'Room 7 <east wing>' });
    expect(moved.participants.map((p: { attendance: string }) => p.attendance)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    const updates = await messagesOf(interview.id, 'update');
    expect(updates).toHaveLength(3);
    for (const update of updates) {
      const text = await textOf(update);
      expect(text).toContain(
        'This interview has changed. * Where: Room 4; Building B, 2nd floor → Room 7 <east wing>',
      );
      expect(text).not.toContain('When:  ');
      expect(text).toContain('Please confirm again');
    }
    // Values are escaped in the HTML like any other: the place cannot add markup.
    const html = (await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${updates[0]?.id}`, as }))
      .data.html as string;
    expect(html).toContain('Room 7 &lt;east wing&gt;');
    expect(html).not.toContain('<east wing>');
  });

  it('a new title only: the update says the details changed and that answers still stand', async () => {
    const { interview, nora } = await invitedWithNoraConfirmed();

    const renamed = await patch(interview.id, { title: 'Systems design interview' });
    const noraNow = renamed.participants.find((p: { email: string }) => p.email === nora.email);
    expect(noraNow.attendance).toBe('confirmed');
    const updates = await messagesOf(interview.id, 'update');
    expect(updates).toHaveLength(3);
    const text = await textOf(updates[0] as Message);
    expect(text).toContain('This interview has changed. Its details were updated.');
    expect(text).toContain('Your earlier answer still stands.');
    expect(text).not.toContain('Please confirm again');
  });

  it('the default invites leave out the role and notes when there are none, with no gaps', async () => {
    const { interview } = await setUpInterview(t, as, { jobTitle: null, notes: null });
    await sendSeededInvites(t, as, interview.id);
    await settleOutbox(t, interview.id);
    const invites = await messagesOf(interview.id, 'invite');
    expect(invites).toHaveLength(3);
    for (const invite of invites) {
      const text = await textOf(invite);
      expect(text).not.toMatch(/Role:|Notes:|\(\s*\)|the\s+role/);
      expect(text).toContain('When:');
    }
    const withRole = await setUpInterview(t, as);
    await sendSeededInvites(t, as, withRole.interview.id);
    await settleOutbox(t, withRole.interview.id);
    const texts = await Promise.all(
      (await messagesOf(withRole.interview.id, 'invite')).map(textOf),
    );
    for (const text of texts) expect(text).toContain('Role: Backend Engineer');
    expect(texts.filter((text) => text.includes('Notes: Bring ID.'))).toHaveLength(2);
  });
});
