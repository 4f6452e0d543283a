import { ImapFlow } from 'imapflow';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReplyMail } from '../../src/invites/ingest-reply-mail.js';
import { type ImapPoller, parseImapUrl, startImapPoller } from '../../src/mail/imap-poller.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { reply } from '../helpers/calendar-replies.js';
import { engine } from '../helpers/database.js';
import { hasDovecot, type ImapServer, startImapServer } from '../helpers/imap-server.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';

// The IMAP path needs Debian's Dovecot (`apt-get install dovecot-imapd`, as .ci/run does);
// without it this file says so and is left out, like the browser tests without Chromium.
if (!hasDovecot)
  console.warn('Calendar replies over IMAP left out: no Dovecot at /usr/sbin/dovecot');

describe.runIf(hasDovecot)(`Calendar replies read from an IMAP mailbox (${engine})`, () => {
  let t: TestApp;
  let imap: ImapServer;
  let poller: ImapPoller;
  let as: Credentials;

  beforeAll(async () => {
    imap = await startImapServer();
    t = await startTestApp({ MAIL_FROM: 'interviews@example.com' });
    as = (await t.signedIn('coordinator')).as;
    // Wired as server.ts wires it when IMAP_URL is set.
    poller = startImapPoller({
      mailbox: parseImapUrl(imap.url),
      database: t.database,
      intervalMs: 3_600_000,
      log: pino({ level: 'silent' }),
      onMessage: async (raw) => {
        await ingestReplyMail({
          db: t.database.db,
          raw,
          settings: t.app.mailSettings,
          log: pino({ level: 'silent' }),
        });
      },
    });
  });
  afterAll(async () => {
    await poller?.stop();
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

  it('applies each reply once, ignores mail that is not a reply, and leaves everything read', async () => {
    const { interview } = await setUpInterview(t, as);
    const sent = await sendSeededInvites(t, as, interview.id);
    const uid = `${interview.id}@convene.test`;
    const [candidate, nora, bernd] = sent.participants as Array<{ email: string }>;
    await arrive(
      reply('google-accepted', { uid, attendee: candidate?.email as string }),
      reply('exchange-declined-with-comment', { uid, attendee: nora?.email as string }),
      reply('apple-accepted', { uid, attendee: 'stranger@example.org' }),
      'From: someone@example.org\r\nTo: interviews@example.com\r\nSubject: Thanks!\r\n\r\nSee you then.\r\n',
    );
    expect(await unread()).toBe(4);
    expect(await poller.poll()).toBe(4);
    expect(await unread()).toBe(0);

    const after = (await t.call({ method: 'GET', url: `/api/v1/interviews/${interview.id}`, as }))
      .data;
    expect(after.participants.map((p: { attendance: string }) => p.attendance)).toEqual([
      'confirmed',
      'declined',
      'pending',
    ]);
    expect(after.status).toBe('needs_attention');

    // Read mail is not read again; a new reply is.
    expect(await poller.poll()).toBe(0);
    await arrive(reply('apple-accepted', { uid, attendee: bernd?.email as string }));
    expect(await poller.poll()).toBe(1);
    const last = (await t.call({ method: 'GET', url: `/api/v1/interviews/${interview.id}`, as }))
      .data;
    expect(last.participants[2].attendance).toBe('confirmed');
    const events = (
      await t.call({ method: 'GET', url: `/api/v1/interviews/${interview.id}/events`, as })
    ).data.items as Array<{ type: string }>;
    expect(events.filter((e) => e.type === 'participant.confirmed')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'participant.declined')).toHaveLength(1);
  });
});
