import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { invitesInOutbox } from '../helpers/calendar.js';
import { engine } from '../helpers/database.js';
import { buildUser } from '../helpers/factories.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import { devMailboxTokens, settleOutbox } from '../helpers/outbox.js';

type Participant = { id: string; name: string; email: string; role: string; attendance: string };
type Message = { id: string; kind: string; to: string; subject: string; participantId?: string };

// Change the panel (issue 15, item 2): once invites are out, a new interviewer gets an invite, a
// removed one a CANCEL of their own event, and the others keep their answers when the time and
// place stay; the status follows.
describe(`Changing the interviewers of an invited interview (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    as = (await t.signedIn('coordinator', { name: 'Carla Coordinator' })).as;
  });
  afterAll(() => t.close());

  const get = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}`, as })).data;
  const patch = (id: string, version: number, changes: Record<string, unknown>) =>
    t.call({
      method: 'PATCH',
      url: `/api/v1/interviews/${id}`,
      as,
      payload: { version, ...changes },
    });
  const messages = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/messages`, as })).data
      .items as Message[];
  // The messages an interview gained since an earlier listing of them.
  const newSince = async (id: string, earlier: Message[]) => {
    const seen = new Set(earlier.map((m) => m.id));
    return (await messages(id)).filter((m) => !seen.has(m.id));
  };
  const textOf = async (message: Message) =>
    (
      (await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${message.id}`, as })).data
        .text as string
    ).replace(/\s+/g, ' ');
  const answer = (token: string | undefined, verb: 'confirm' | 'decline') =>
    t.call({ method: 'POST', url: `/api/v1/invitations/${token}/${verb}`, payload: {} });
  const newInterviewer = (name: string, time_zone = 'Asia/Tokyo') =>
    buildUser(t.database.db, {
      name,
      email: `${name.split(' ')[0]?.toLowerCase()}.${Math.random().toString(36).slice(2, 8)}@example.com`,
      time_zone,
    });

  // Invites out; the candidate and Nora confirmed, Bernd declined: the interview needs attention.
  const declinedByBernd = async () => {
    const { interview, interviewers, candidate } = await setUpInterview(t, as);
    await sendSeededInvites(t, as, interview.id);
    await settleOutbox(t, interview.id);
    const tokens = await devMailboxTokens(t, as, interview.id);
    const [nora, bernd] = interviewers;
    expect((await answer(tokens[candidate.email], 'confirm')).statusCode).toBe(200);
    expect((await answer(tokens[nora.email], 'confirm')).statusCode).toBe(200);
    expect((await answer(tokens[bernd.email], 'decline')).statusCode).toBe(200);
    await settleOutbox(t, interview.id);
    const before = await get(interview.id);
    expect(before.status).toBe('needs_attention');
    return { interview: before, nora, bernd, candidate, tokens };
  };

  it('replaces a declined interviewer: a CANCEL for them, an invite for the newcomer, the others keep their answers', async () => {
    const { interview, nora, bernd, candidate, tokens } = await declinedByBernd();
    const before = await invitesInOutbox(t, interview.id);
    const sentBefore = await messages(interview.id);
    const ana = await newInterviewer('Ana Tanaka');

    const changed = await patch(interview.id, interview.version, {
      interviewerIds: [nora.id, ana.id],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.data.interviewerIds).toEqual([nora.id, ana.id]);
    expect(
      changed.data.participants.map((p: Participant) => [p.name, p.role, p.attendance]),
    ).toEqual([
      [expect.any(String), 'candidate', 'confirmed'],
      ['Nora York', 'interviewer', 'confirmed'],
      ['Ana Tanaka', 'interviewer', 'pending'],
    ]);
    // Nobody declines any more; Ana has not answered yet.
    expect(changed.data.status).toBe('awaiting_confirmation');
    expect(changed.data.version).toBe(interview.version + 1);
    await settleOutbox(t, interview.id);

    // Exactly two new messages: Bernd's cancellation and Ana's invite.
    const fresh = await newSince(interview.id, sentBefore);
    expect(fresh.map((m) => [m.kind, m.to]).sort()).toEqual(
      [
        ['cancel', bernd.email],
        ['invite', ana.email],
      ].sort(),
    );
    const after = await invitesInOutbox(t, interview.id);
    const bernds = after.get(bernd.email.toLowerCase());
    expect(bernds).toMatchObject({
      method: 'CANCEL',
      uid: before.get(bernd.email.toLowerCase())?.uid,
      sequence: (before.get(bernd.email.toLowerCase())?.sequence ?? -1) + 1,
      status: 'CANCELLED',
    });
    const anas = after.get(ana.email.toLowerCase());
    expect(anas?.method).toBe('REQUEST');
    expect(anas?.sequence).toBe(0);
    // Her own event (no one else's UID), listing the new panel and never the candidate.
    expect([...before.values()].map((c) => c.uid)).not.toContain(anas?.uid);
    expect(anas?.attendees.sort()).toEqual(
      [`mailto:${nora.email}`, `mailto:${ana.email}`].map((a) => a.toLowerCase()).sort(),
    );
    // Nora's and the candidate's calendars hold what they held.
    expect(after.get(nora.email.toLowerCase())).toEqual(before.get(nora.email.toLowerCase()));
    expect(after.get(candidate.email.toLowerCase())).toEqual(
      before.get(candidate.email.toLowerCase()),
    );
    const cancelText = await textOf(fresh.find((m) => m.kind === 'cancel') as Message);
    expect(cancelText).toContain('You are no longer on the panel for Technical interview');

    // Bernd's link is no longer his way in; Ana confirms and the interview is scheduled.
    expect((await answer(tokens[bernd.email], 'confirm')).statusCode).toBe(404);
    const anaToken = (await devMailboxTokens(t, as, interview.id))[ana.email];
    expect((await answer(anaToken, 'confirm')).statusCode).toBe(200);
    expect((await get(interview.id)).status).toBe('scheduled');

    const events = (
      await t.call({ method: 'GET', url: `/api/v1/interviews/${interview.id}/events`, as })
    ).data.items as Array<{ type: string; data: Record<string, unknown> }>;
    expect(events.find((e) => e.type === 'interview.panel_changed')?.data).toEqual({
      added: [{ name: 'Ana Tanaka', email: ana.email }],
      removed: [{ name: 'Bernd Berlin', email: bernd.email, attendance: 'declined' }],
    });
  });

  it('adds an interviewer to a scheduled interview: only they are invited, and it waits for them', async () => {
    const { interview, interviewers, candidate } = await setUpInterview(t, as);
    await sendSeededInvites(t, as, interview.id);
    await settleOutbox(t, interview.id);
    const tokens = await devMailboxTokens(t, as, interview.id);
    for (const email of [candidate.email, ...interviewers.map((u) => u.email)]) {
      expect((await answer(tokens[email], 'confirm')).statusCode).toBe(200);
    }
    const scheduled = await get(interview.id);
    expect(scheduled.status).toBe('scheduled');
    const sentBefore = await messages(interview.id);
    const kai = await newInterviewer('Kai Kobayashi');

    // The newcomer goes first: the order given is the panel's order.
    const changed = await patch(interview.id, scheduled.version, {
      interviewerIds: [kai.id, ...interviewers.map((u) => u.id)],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.data.interviewerIds).toEqual([kai.id, ...interviewers.map((u) => u.id)]);
    expect(changed.data.status).toBe('awaiting_confirmation');
    expect(
      changed.data.participants.filter((p: Participant) => p.attendance === 'confirmed'),
    ).toHaveLength(3);
    expect((await newSince(interview.id, sentBefore)).map((m) => [m.kind, m.to])).toEqual([
      ['invite', kai.email],
    ]);
  });

  it('a new panel and a new time at once: stayers get the update, the newcomer the new time, the removed the old event cancelled', async () => {
    const { interview, nora, bernd } = await declinedByBernd();
    const before = await invitesInOutbox(t, interview.id);
    const ana = await newInterviewer('Ana Tanaka');
    const later = '2030-01-16T15:00:00.000Z';

    const changed = await patch(interview.id, interview.version, {
      interviewerIds: [nora.id, ana.id],
      startsAt: later,
    });
    expect(changed.statusCode).toBe(200);
    // A new time asks everyone again.
    expect(changed.data.participants.map((p: Participant) => p.attendance)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    await settleOutbox(t, interview.id);
    const after = await invitesInOutbox(t, interview.id);
    expect(after.get(bernd.email.toLowerCase())).toMatchObject({
      method: 'CANCEL',
      start: interview.startsAt,
    });
    expect(after.get(nora.email.toLowerCase())).toMatchObject({
      method: 'REQUEST',
      start: later,
      sequence: (before.get(nora.email.toLowerCase())?.sequence ?? -1) + 1,
    });
    expect(after.get(ana.email.toLowerCase())).toMatchObject({
      method: 'REQUEST',
      start: later,
      sequence: 0,
    });
    const kinds = (await messages(interview.id)).map((m) => `${m.kind}:${m.to}`);
    expect(kinds.filter((k) => k === `update:${ana.email}`)).toEqual([]);
    expect(kinds.filter((k) => k === `update:${bernd.email}`)).toEqual([]);
  });

  it('refuses what it cannot do and changes nothing', async () => {
    const { interview, nora, bernd } = await declinedByBernd();
    const sentBefore = (await messages(interview.id)).length;
    const gone = await newInterviewer('Gus Gone');
    await t.database.db
      .updateTable('users')
      .set({ deactivated_at: new Date().toISOString() })
      .where('id', '=', gone.id)
      .execute();

    const deactivated = await patch(interview.id, interview.version, {
      interviewerIds: [nora.id, gone.id],
    });
    expect(deactivated.statusCode).toBe(400);
    expect(JSON.stringify(deactivated.data.error)).toContain('Gus Gone');
    const empty = await patch(interview.id, interview.version, { interviewerIds: [] });
    expect(empty.statusCode).toBe(400);
    const stale = await patch(interview.id, interview.version + 1, { interviewerIds: [nora.id] });
    expect(stale.statusCode).toBe(409);
    const other = await setUpInterview(t, as);
    const candidate = await patch(interview.id, interview.version, {
      candidateId: other.candidate.id,
    });
    expect(candidate.statusCode).toBe(409);
    expect(candidate.data.error.message).toContain('candidate cannot change');

    const now = await get(interview.id);
    expect(now.version).toBe(interview.version);
    expect(now.interviewerIds).toEqual([nora.id, bernd.id]);
    expect((await messages(interview.id)).length).toBe(sentBefore);

    await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.id}/cancel`,
      as,
      payload: {},
    });
    const cancelled = await get(interview.id);
    const late = await patch(interview.id, cancelled.version, { interviewerIds: [nora.id] });
    expect(late.statusCode).toBe(409);
  });
});
