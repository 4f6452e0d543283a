import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the counting sink keeps it: who it went to and its Message-ID. */
export interface Delivery {
  to: string;
  messageId: string;
  /** The name the sender gave in EHLO (nodemailer's `name`, e.g. SMTP_URL `?name=a`). */
  helo: string;
  raw: string;
}

export interface CountingSink {
  url: string;
  deliveries: Delivery[];
  close(): Promise<void>;
}

const MESSAGE_ID = /^Message-ID:[ \t]*(<[^>\r\n]+>)/im;

/**
 * A real SMTP server in the test process for thousands of messages: it reads only the envelope
 * and the Message-ID header instead of parsing every MIME part (smtp-sink.ts does), so the sink
 * is never what limits a fault test. Senders killed mid-session are shrugged off.
 */
export async function startCountingSink(
  options: {
    /** How long each message waits for its answer, as a real server's latency. */
    answerDelayMs?: number;
  } = {},
): Promise<CountingSink> {
  const deliveries: Delivery[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headerEnd = raw.indexOf('\r\n\r\n');
        const head = headerEnd < 0 ? raw : raw.slice(0, headerEnd);
        deliveries.push({
          to: session.envelope.rcptTo[0]?.address ?? '',
          messageId: MESSAGE_ID.exec(head)?.[1] ?? '',
          helo: session.hostNameAppearsAs,
          raw,
        });
        if (options.answerDelayMs) setTimeout(() => callback(), options.answerDelayMs);
        else callback();
      });
    },
  });
  // A killed sender resets its connection: reported as an 'error' event, harmless here.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    deliveries,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const connection of (server as unknown as { connections: Set<{ close(): void }> })
          .connections ?? []) {
          connection.close();
        }
      }),
  };
}
