import { generateKeyPairSync } from 'node:crypto';
import { connect } from 'node:net';
import { dkimSign } from 'mailauth';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import {
  bareReply,
  type CalendarFacts,
  latestInvites,
  mailWithCalendars,
} from '../helpers/calendar.js';
import { reply } from '../helpers/calendar-replies.js';
import { engine } from '../helpers/database.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import { dnsZone, type ReplyListener, startReplyListener } from '../helpers/reply-listener.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

interface Participant {
  id: string;
  role: string;
  name: string;
  email: string;
  attendance: string;
}
interface TimelineEvent {
  type: string;
  data: Record<string, unknown>;
}

describe(`Calendar replies prove which invite they answer (${engine})`, () => {
  let t: TestApp;
  let sink: SmtpSink;
  let listener: ReplyListener;
  let as: Credentials;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      { SMTP_URL: sink.url, MAIL_FROM: 'interviews@example.com' },
      { worker: true },
    );
    as = (await t.signedIn('coordinator')).as;
    listener = await startReplyListener(t);
  });
  afterAll(async () => {
    await listener.stop();
    await t.close();
    await sink.close();
  });
  const deliver = (raw: string, from: string) => listener.deliver(raw, from);

  /** An interview whose invites went out; each participant with the invite they received. */
  async function invitedInterview() {
    const { interview } = await setUpInterview(t, as);
    await sendSeededInvites(t, as, interview.id);
    return { id: interview.id as string, ...(await holdings(interview.id)) };
  }

  async function holdings(id: string) {
    await t.worker?.drain();
    const { participants } = (await state(id)).interview as { participants: Participant[] };
    const invites = latestInvites(sink.received);
    const held = participants.map((p) => ({
      ...p,
      invite: invites.get(p.email.toLowerCase()) as CalendarFacts,
    }));
    for (const p of held) expect(p.invite, `${p.name} got an invite`).toBeDefined();
    return { participants: held };
  }

  async function state(id: string) {
    const interview = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}`, as })).data;
    const events = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/events`, as }))
      .data.items as TimelineEvent[];
    const attendance = Object.fromEntries(
      (interview.participants as Participant[]).map((p) => [p.id, p.attendance]),
    );
    return { status: interview.status as string, attendance, events, interview };
  }

  const ignoredReasons = (events: TimelineEvent[]) =>
    events.filter((e) => e.type === 'reply.ignored').map((e) => String(e.data.reason));

  it('gives each participant an event of their own: an unguessable UID, in no one else’s invite', async () => {
    const { id, participants } = await invitedInterview();
    const uids = participants.map((p) => p.invite.uid);
    expect(new Set(uids).size).toBe(3);
    for (const uid of uids) {
      expect(uid).toMatch(/^[0-9a-f]{40}@convene\.test$/);
      expect(uid).not.toContain(id);
      // Nobody's invite carries another participant's UID.
      for (const other of participants) {
        if (other.invite.uid !== uid) expect(other.invite.text).not.toContain(uid);
      }
    }
  });

  it('lets nothing the holder of one participant’s invite mails change another participant', async () => {
    const { id, participants } = await invitedInterview();
    for (const holder of participants) {
      for (const target of participants.filter((p) => p.id !== holder.id)) {
        const own = holder.invite.uid;
        const forgeries = [
          // The holder's own UID, naming the target: the observed attack.
          reply('google-declined-with-comment', { uid: own, attendee: target.email }),
          reply('exchange-accepted', { uid: own, attendee: target.email }),
          mailWithCalendars(target.email, [
            bareReply({ uid: own, attendee: target.email, partstat: 'ACCEPTED', sequence: 99999 }),
          ]),
          // The interview's own UID (what every invite carried before), or a made-up one.
          reply('google-accepted', { uid: `${id}@convene.test`, attendee: target.email }),
          reply('apple-accepted', {
            uid: `${'0'.repeat(40)}@convene.test`,
            attendee: target.email,
          }),
          // Three calendars in one mail, the target's address in each.
          mailWithCalendars(target.email, [
            bareReply({ uid: own, attendee: target.email, partstat: 'DECLINED' }),
            bareReply({ uid: `${id}@convene.test`, attendee: target.email, partstat: 'DECLINED' }),
            bareReply({ uid: own, attendee: target.email, partstat: 'ACCEPTED' }),
          ]),
        ];
        for (const forged of forgeries) await deliver(forged, target.email);
        const after = await state(id);
        expect(after.attendance[target.id], `${holder.name} → ${target.name}`).toBe('pending');
        expect(after.status).toBe('awaiting_confirmation');
      }
    }
    const { events, attendance } = await state(id);
    expect(Object.values(attendance)).toEqual(['pending', 'pending', 'pending']);
    expect(events.some((e) => e.type.startsWith('participant.'))).toBe(false);
    // The coordinator sees why: a reply to one person's invite naming someone else.
    const reasons = ignoredReasons(events);
    expect(reasons.some((r) => /^names .*, but this invite was sent to /.test(r))).toBe(true);

    // The holders themselves are still heard, through their own invites.
    for (const p of participants) {
      await deliver(reply('google-accepted', { uid: p.invite.uid, attendee: p.email }), p.email);
    }
    expect((await state(id)).status).toBe('scheduled');
  });

  it('reads one answer per message, and notes a repeated Maybe once', async () => {
    const { id, participants } = await invitedInterview();
    const [candidate] = participants as [(typeof participants)[number]];
    const uid = candidate.invite.uid;
    await deliver(
      mailWithCalendars(candidate.email, [
        bareReply({ uid, attendee: candidate.email, partstat: 'TENTATIVE' }),
        bareReply({ uid, attendee: candidate.email, partstat: 'DECLINED', comment: 'no' }),
        bareReply({ uid, attendee: candidate.email, partstat: 'ACCEPTED' }),
      ]),
      candidate.email,
    );
    let after = await state(id);
    expect(after.attendance[candidate.id]).toBe('pending');
    expect(after.events.filter((e) => e.type === 'participant.tentative')).toHaveLength(1);

    // 400 Maybes (each a little different) in one 140 KB mail are one answer, one line.
    const many = Array.from({ length: 400 }, (_, i) =>
      bareReply({ uid, attendee: candidate.email, partstat: 'TENTATIVE', comment: `maybe ${i}` }),
    );
    const big = mailWithCalendars(candidate.email, many);
    expect(big.length).toBeGreaterThan(100_000);
    await deliver(big, candidate.email);
    after = await state(id);
    expect(after.events.filter((e) => e.type === 'participant.tentative')).toHaveLength(2);

    // The same Maybe again, from the calendar that sent it: no new line.
    for (let i = 0; i < 3; i += 1) {
      await deliver(
        reply('thunderbird-tentative', { uid, attendee: candidate.email }),
        candidate.email,
      );
    }
    after = await state(id);
    expect(after.events.filter((e) => e.type === 'participant.tentative')).toHaveLength(3);
  });

  it('judges a reply against what that participant was last sent, and shows every ignored reply with its reason', async () => {
    const { id, participants } = await invitedInterview();
    const [candidate, nora, bernd] = participants as [
      (typeof participants)[number],
      (typeof participants)[number],
      (typeof participants)[number],
    ];
    // A resend to the candidate only: nothing changed, so no one's SEQUENCE moves.
    const resent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id}/invites/resend`,
      as,
      payload: { participantIds: [candidate.id] },
    });
    expect(resent.statusCode, resent.body).toBe(200);
    const again = await holdings(id);
    expect(again.participants[0]?.invite).toMatchObject({ uid: candidate.invite.uid, sequence: 0 });

    // Nora was not in that resend; her Accept of the invite she holds counts.
    await deliver(
      reply('google-accepted', { uid: nora.invite.uid, attendee: nora.email }),
      nora.email,
    );
    expect((await state(id)).attendance[nora.id]).toBe('confirmed');

    // A SEQUENCE no one was sent is not an answer to anything.
    await deliver(
      mailWithCalendars(bernd.email, [
        bareReply({
          uid: bernd.invite.uid,
          attendee: bernd.email,
          partstat: 'DECLINED',
          sequence: 99999,
        }),
      ]),
      bernd.email,
    );
    let after = await state(id);
    expect(after.attendance[bernd.id]).toBe('pending');
    expect(ignoredReasons(after.events)).toContain(
      'answers SEQUENCE 99999, which was never sent (last sent 0)',
    );

    // A new time: everyone's event moves to SEQUENCE 1; an answer to the old time is stale.
    const current = after.interview;
    const moved = await t.call({
      method: 'PATCH',
      url: `/api/v1/interviews/${id}`,
      as,
      payload: {
        version: current.version,
        startsAt: new Date(Date.parse(current.startsAt) + 86_400_000).toISOString(),
      },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const updated = await holdings(id);
    for (const p of updated.participants) expect(p.invite.sequence).toBe(1);
    await deliver(
      reply('apple-accepted', { uid: bernd.invite.uid, attendee: bernd.email, sequence: 0 }),
      bernd.email,
    );
    after = await state(id);
    expect(after.attendance[bernd.id]).toBe('pending');
    expect(ignoredReasons(after.events)).toContain(
      'answers SEQUENCE 0, but SEQUENCE 1 was sent since (the invite changed)',
    );
    // The same stale reply again adds no second line.
    const lines = ignoredReasons(after.events).length;
    await deliver(
      reply('apple-accepted', { uid: bernd.invite.uid, attendee: bernd.email, sequence: 0 }),
      bernd.email,
    );
    expect(ignoredReasons((await state(id)).events)).toHaveLength(lines);

    await deliver(
      reply('apple-accepted', { uid: bernd.invite.uid, attendee: bernd.email, sequence: 1 }),
      bernd.email,
    );
    expect((await state(id)).attendance[bernd.id]).toBe('confirmed');
  });

  it('keeps the candidate’s address out of the interviewers’ invites, and the panel out of the candidate’s', async () => {
    const { participants } = await invitedInterview();
    const [candidate, ...panel] = participants as [
      (typeof participants)[number],
      ...(typeof participants)[number][],
    ];
    expect(candidate.invite.attendees).toEqual([`mailto:${candidate.email.toLowerCase()}`]);
    for (const interviewer of panel) {
      expect(interviewer.invite.attendees.sort()).toEqual(
        panel.map((p) => `mailto:${p.email.toLowerCase()}`).sort(),
      );
      expect(interviewer.invite.text.toLowerCase()).not.toContain(candidate.email.toLowerCase());
      // The candidate is still named, in the text.
      expect(interviewer.invite.text.replace(/\r\n[ \t]/g, '')).toContain(candidate.name);
    }
  });
});

describe(`Calendar replies: who sent them (${engine})`, () => {
  let t: TestApp;
  let sink: SmtpSink;
  let listener: ReplyListener;
  let as: Credentials;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      { SMTP_URL: sink.url, MAIL_FROM: 'interviews@example.com' },
      { worker: true },
    );
    as = (await t.signedIn('coordinator')).as;
    // The candidates' domain signs its mail, lets no one else send for it, and asks receivers
    // to reject what fails; the interviewers' domain publishes nothing.
    const resolver = dnsZone({
      'TXT s1._domainkey.example.jp': [
        `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`,
      ],
      'TXT _dmarc.example.jp': ['v=DMARC1; p=reject'],
      'TXT example.jp': ['v=spf1 -all'],
    });
    listener = await startReplyListener(t, { resolver });
  });
  afterAll(async () => {
    await listener.stop();
    await t.close();
    await sink.close();
  });
  const deliver = (raw: string, from: string) => listener.deliver(raw, from);

  // Signed as the candidate's mail server would, over the CRLF lines SMTP carries.
  async function signed(text: string): Promise<string> {
    const raw = text.replace(/\r?\n/g, '\r\n');
    // mailauth reads `signatureData` (its type declarations name the fields at the top level).
    const options = {
      signatureData: [{ signingDomain: 'example.jp', selector: 's1', privateKey: key }],
    };
    const { signatures } = await dkimSign(
      raw,
      options as unknown as Parameters<typeof dkimSign>[1],
    );
    if (!signatures) throw new Error('the test message was not signed');
    return signatures + raw;
  }

  async function invited() {
    const { interview } = await setUpInterview(t, as);
    await sendSeededInvites(t, as, interview.id);
    await t.worker?.drain();
    const data = (await t.call({ method: 'GET', url: `/api/v1/interviews/${interview.id}`, as }))
      .data;
    const invites = latestInvites(sink.received);
    const people = (data.participants as Participant[]).map((p) => ({
      ...p,
      uid: (invites.get(p.email.toLowerCase()) as CalendarFacts).uid,
    }));
    return { id: interview.id as string, people };
  }

  const events = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/events`, as })).data
      .items as TimelineEvent[];

  it('records the DKIM, SPF and DMARC results with the answer, and refuses what the domain disowns', async () => {
    const { id, people } = await invited();
    const [candidate] = people as [(typeof people)[number]];
    // Unsigned, and example.jp allows no sending address: DMARC fails, and p=reject says refuse.
    await deliver(
      reply('google-accepted', { uid: candidate.uid, attendee: candidate.email }),
      candidate.email,
    );
    let timeline = await events(id);
    expect(timeline.some((e) => e.type === 'participant.confirmed')).toBe(false);
    const refused = timeline.find((e) => e.type === 'reply.ignored');
    expect(refused?.data.reason).toBe(
      "the sender's domain example.jp does not vouch for it (DMARC fail, p=reject)",
    );

    await deliver(
      await signed(reply('google-accepted', { uid: candidate.uid, attendee: candidate.email })),
      candidate.email,
    );
    timeline = await events(id);
    const confirmed = timeline.find((e) => e.type === 'participant.confirmed');
    expect(confirmed?.data.sender).toEqual({
      by: 'convene',
      from: candidate.email.toLowerCase(),
      dkim: 'pass',
      spf: 'fail',
      dmarc: 'pass',
    });
  });

  it('takes a reply to an invite the whole panel shared only from its proven sender', async () => {
    const { id, people } = await invited();
    const [candidate, nora] = people as [(typeof people)[number], (typeof people)[number]];
    // As the upgrade leaves an interview whose invites went out before: one UID for everyone.
    const shared = `${id}@convene.test`;
    await t.database.db
      .updateTable('participants')
      .set({ calendar_uid: shared })
      .where('interview_id', '=', id)
      .execute();
    await t.database.db
      .updateTable('interviews')
      .set({ calendar_uid: shared })
      .where('id', '=', id)
      .execute();

    // Nora's domain proves nothing, so anyone could have written her reply.
    await deliver(reply('exchange-accepted', { uid: shared, attendee: nora.email }), nora.email);
    // Signed by the candidate's domain, but From says the candidate while ATTENDEE says Nora.
    await deliver(
      await signed(
        reply('google-accepted', { uid: shared, attendee: nora.email }).replace(
          `From: Kenji Sato <${nora.email}>`,
          `From: Kenji Sato <${candidate.email}>`,
        ),
      ),
      candidate.email,
    );
    let timeline = await events(id);
    expect(timeline.some((e) => e.type === 'participant.confirmed')).toBe(false);
    const reasons = timeline.filter((e) => e.type === 'reply.ignored').map((e) => e.data.reason);
    expect(reasons).toContain(
      `answers an invite sent before each participant had their own event, and its sender is not proven to be ${nora.email.toLowerCase()} (DMARC none)`,
    );

    // The candidate's own reply, signed by their domain, proves who sent it.
    await deliver(
      await signed(reply('google-accepted', { uid: shared, attendee: candidate.email })),
      candidate.email,
    );
    timeline = await events(id);
    expect(timeline.filter((e) => e.type === 'participant.confirmed')).toHaveLength(1);
  });
});

describe(`The reply listener cannot be held by a few clients (${engine})`, () => {
  let t: TestApp;
  let listener: ReplyListener;
  let as: Credentials;

  beforeAll(async () => {
    t = await startTestApp({ MAIL_FROM: 'interviews@example.com' });
    as = (await t.signedIn('coordinator')).as;
    listener = await startReplyListener(t, {
      limits: { perAddressConnections: 5, perSenderMessagesPerHour: 3, maxClients: 40 },
    });
  });
  afterAll(async () => {
    await listener.stop();
    await t.close();
  });

  /** Opens a connection from `from` that says nothing; resolves with the server's greeting. */
  function idle(from: string): Promise<{ greeting: string; close(): void }> {
    return new Promise((resolve, reject) => {
      const socket = connect({
        host: '127.0.0.1',
        port: listener.port,
        localAddress: from,
      });
      socket.once('error', reject);
      socket.once('data', (data) =>
        resolve({ greeting: data.toString('utf8'), close: () => socket.destroy() }),
      );
    });
  }

  it('serves a new client while 50 idle connections from one address wait', async () => {
    const idlers = await Promise.all(Array.from({ length: 50 }, () => idle('127.0.0.2')));
    try {
      const greeted = idlers.filter((c) => c.greeting.startsWith('220')).length;
      expect(greeted).toBe(5);
      expect(idlers.filter((c) => c.greeting.startsWith('421'))).toHaveLength(45);

      const { interview } = await setUpInterview(t, as);
      const sent = await sendSeededInvites(t, as, interview.id);
      const candidate = (sent.participants as Participant[])[0] as Participant;
      const row = await t.database.db
        .selectFrom('participants')
        .select('calendar_uid')
        .where('id', '=', candidate.id)
        .executeTakeFirstOrThrow();
      await listener.deliver(
        reply('google-accepted', { uid: row.calendar_uid, attendee: candidate.email }),
        candidate.email,
        { localAddress: '127.0.0.3' },
      );
      const after = (await t.call({ method: 'GET', url: `/api/v1/interviews/${interview.id}`, as }))
        .data;
      expect(after.participants[0].attendance).toBe('confirmed');
    } finally {
      for (const c of idlers) c.close();
    }
  });

  it('asks a sender that mails too often to try again later', async () => {
    const client = nodemailer.createTransport({
      host: '127.0.0.1',
      port: listener.port,
      localAddress: '127.0.0.4',
    });
    const send = () =>
      client.sendMail({
        envelope: { from: 'chatty@example.org', to: ['interviews@example.com'] },
        raw: 'From: chatty@example.org\r\nSubject: hi\r\n\r\nhello\r\n',
      });
    for (let i = 0; i < 3; i += 1) await send();
    await expect(send()).rejects.toMatchObject({ responseCode: 451 });
    client.close();
  });
});
