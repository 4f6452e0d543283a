import { ImapFlow } from 'imapflow';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplyIntake } from '../../src/invites/start-reply-intake.js';
import type { ImapPoller } from '../../src/mail/imap-poller.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { invitesInOutbox } from '../helpers/calendar.js';
import { reply } from '../helpers/calendar-replies.js';
import { engine } from '../helpers/database.js';
import { hasDovecot, type ImapServer, startImapServer } from '../helpers/imap-server.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';

// The IMAP path needs Debian's Dovecot (`apt-get install dovecot-imapd`, as .ci/run does);
// without it this file says so and is left out, like the browser tests without Chromium.
if (!hasDovecot)
  console.warn('Calendar replies over IMAP left out: no Dovecot at /usr/sbin/dovecot');

interface Participant {
  id: string;
  name: string;
  email: string;
  attendance: string;
}

// The mailbox provider's name in its Authentication-Results (IMAP_AUTHSERV_ID).
const PROVIDER = 'mx.provider.test';

describe.runIf(hasDovecot)(`Calendar replies read from an IMAP mailbox (${engine})`, () => {
  let t: TestApp;
  let imap: ImapServer;
  let poller: ImapPoller;
  let stop: () => Promise<void>;
  let as: Credentials;

  beforeAll(async () => {
    imap = await startImapServer();
    t = await startTestApp({ MAIL_FROM: 'interviews@example.com' });
    as = (await t.signedIn('coordinator')).as;
    // As server.ts starts it when IMAP_URL and IMAP_AUTHSERV_ID are set.
    const intake = await startReplyIntake({
      database: t.database,
      settings: t.app.mailSettings,
      imap: { url: imap.url, pollMs: 3_600_000, authservId: PROVIDER },
      log: pino({ level: 'silent' }),
    });
    poller = intake.imap as ImapPoller;
    stop = intake.stop;
  });
  afterAll(async () => {
    await stop?.();
    await t?.close();
    await imap?.close();
  });

  /** Works on the test mailbox as its own IMAP client (not Convene's poller). */
  async function inMailbox<T>(work: (client: ImapFlow) => Promise<T>): Promise<T> {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: imap.port,
      secure: false,
      auth: { user: imap.user, pass: imap.password },
      logger: false,
    });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout();
    }
  }

  /** Puts messages in the mailbox as mail delivery would, unread. */
  const arrive = (...messages: string[]) =>
    inMailbox(async (client) => {
      for (const message of messages) await client.append('INBOX', message, []);
    });

  const unread = () =>
    inMailbox(async (client) => {
      const status = await client.status('INBOX', { unseen: true });
      if (!status) throw new Error('no INBOX status');
      return status.unseen ?? -1;
    });

  /** An interview whose invites are out, with each participant's own event UID. */
  async function invited() {
    const { interview } = await setUpInterview(t, as);
    const sent = await sendSeededInvites(t, as, interview.id);
    const invites = await invitesInOutbox(t, interview.id);
    const people = (sent.participants as Participant[]).map((p) => ({
      ...p,
      uid: invites.get(p.email.toLowerCase())?.uid as string,
    }));
    return { id: interview.id as string, people };
  }

  const read = async (id: string) => {
    const interview = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}`, as })).data;
    const events = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/events`, as }))
      .data.items as Array<{ type: string; data: Record<string, unknown> }>;
    return { interview, events };
  };

  // What the provider writes above a message it received.
  const verdict = (result: 'pass' | 'fail', domain: string) =>
    `Authentication-Results: ${PROVIDER};\r\n dkim=${result} header.i=@${domain};\r\n spf=${result} smtp.mailfrom=${domain};\r\n dmarc=${result} (p=REJECT sp=REJECT dis=NONE) header.from=${domain}\r\n`;

  it('applies each reply once, and leaves mail that is not a reply unread for a person', async () => {
    const { id, people } = await invited();
    const [candidate, nora, bernd] = people as [
      (typeof people)[number],
      (typeof people)[number],
      (typeof people)[number],
    ];
    await arrive(
      reply('google-accepted', { uid: candidate.uid, attendee: candidate.email }),
      reply('exchange-declined-with-comment', { uid: nora.uid, attendee: nora.email }),
      reply('apple-accepted', { uid: bernd.uid, attendee: 'stranger@example.org' }),
      'From: someone@example.org\r\nTo: interviews@example.com\r\nSubject: Thanks!\r\n\r\nSee you then.\r\n',
    );
    expect(await unread()).toBe(4);
    expect(await poller.poll()).toBe(4);
    // The three calendar replies are read; the thank-you note waits for whoever reads the box.
    expect(await unread()).toBe(1);

    const after = (await read(id)).interview;
    expect(after.participants.map((p: { attendance: string }) => p.attendance)).toEqual([
      'confirmed',
      'declined',
      'pending',
    ]);
    expect(after.status).toBe('needs_attention');

    // Read mail, and mail left for a person, is not read again; a new reply is.
    expect(await poller.poll()).toBe(0);
    await arrive(reply('apple-accepted', { uid: bernd.uid, attendee: bernd.email }));
    expect(await poller.poll()).toBe(1);
    const last = await read(id);
    expect(last.interview.participants[2].attendance).toBe('confirmed');
    expect(last.events.filter((e) => e.type === 'participant.confirmed')).toHaveLength(2);
    expect(last.events.filter((e) => e.type === 'participant.declined')).toHaveLength(1);
    // The stranger named on Bernd's invite is on the timeline, not in the panel.
    expect(last.events.find((e) => e.type === 'reply.ignored')?.data.reason).toBe(
      `names stranger@example.org, but this invite was sent to ${bernd.name}`,
    );
  });

  it('lets no holder of one invite answer for another, and hears those a partial resend left out', async () => {
    const { id, people } = await invited();
    const [candidate, nora, bernd] = people as [
      (typeof people)[number],
      (typeof people)[number],
      (typeof people)[number],
    ];
    // The candidate holds their own invite and knows Nora's address: nothing they write moves her.
    await arrive(
      reply('google-declined-with-comment', { uid: candidate.uid, attendee: nora.email }),
      reply('google-accepted', { uid: `${id}@convene.test`, attendee: nora.email }),
    );
    expect(await poller.poll()).toBe(2);
    expect((await read(id)).interview.participants[1].attendance).toBe('pending');

    // A resend to Bernd alone, then Nora answers the invite she was sent first.
    const resent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id}/invites/resend`,
      as,
      payload: { participantIds: [bernd.id] },
    });
    expect(resent.statusCode, resent.body).toBe(200);
    await arrive(reply('exchange-accepted', { uid: nora.uid, attendee: nora.email, sequence: 0 }));
    expect(await poller.poll()).toBe(1);
    expect((await read(id)).interview.participants[1].attendance).toBe('confirmed');
  });

  it('honours the provider’s Authentication-Results for its authserv-id only', async () => {
    const { id, people } = await invited();
    const [candidate, nora] = people as [(typeof people)[number], (typeof people)[number]];
    const domain = candidate.email.split('@')[1] as string;
    // A sender's own "pass" under the provider's name sits below the provider's "fail".
    await arrive(
      verdict('fail', domain) +
        verdict('pass', domain) +
        reply('google-accepted', { uid: candidate.uid, attendee: candidate.email }),
    );
    expect(await poller.poll()).toBe(1);
    let { interview, events } = await read(id);
    expect(interview.participants[0].attendance).toBe('pending');
    expect(events.find((e) => e.type === 'reply.ignored')?.data.reason).toBe(
      `the sender's domain ${domain} does not vouch for it (DMARC fail, p=reject)`,
    );

    const ndomain = nora.email.split('@')[1] as string;
    await arrive(
      verdict('pass', ndomain) +
        reply('exchange-accepted', { uid: nora.uid, attendee: nora.email }),
    );
    expect(await poller.poll()).toBe(1);
    ({ interview, events } = await read(id));
    expect(interview.participants[1].attendance).toBe('confirmed');
    expect(events.find((e) => e.type === 'participant.confirmed')?.data.sender).toEqual({
      by: `provider (${PROVIDER})`,
      from: nora.email.toLowerCase(),
      dkim: 'pass',
      spf: 'pass',
      dmarc: 'pass',
    });
  });
});
