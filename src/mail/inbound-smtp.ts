import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface InboundSmtpOptions {
  port: number;
  host: string;
  /** Largest message accepted, in bytes; calendar replies are a few kilobytes. */
  maxBytes?: number;
  /** Handles one received message; its failure is logged, the sender still gets 250. */
  onMessage(raw: Buffer): Promise<void>;
  log: { info(o: object, m: string): void; warn(o: object, m: string): void };
}

export interface InboundSmtp {
  port: number;
  close(): Promise<void>;
}

/**
 * A receive-only SMTP listener for the organizer mailbox's calendar replies (opt-in with
 * INBOUND_SMTP_PORT; point the mailbox's forwarding or an MX at it). No AUTH and no relaying:
 * every message is only read for iTIP REPLY parts, and what a message can change is decided by
 * the reply's UID and ATTENDEE, never by who sent it. Oversized messages are refused with 552.
 */
export async function startInboundSmtp(options: InboundSmtpOptions): Promise<InboundSmtp> {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    banner: 'Convene calendar replies',
    size: maxBytes,
    maxClients: 50,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let bytes = 0;
      // Past the limit the rest is read and dropped, not kept: the answer will be 552.
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= maxBytes) chunks.push(chunk);
      });
      stream.on('end', () => {
        if (stream.sizeExceeded || bytes > maxBytes) {
          const error = Object.assign(new Error('Message too large for Convene'), {
            responseCode: 552,
          });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks);
        options
          .onMessage(raw)
          .catch((error: unknown) =>
            options.log.warn(
              { err: error, from: session.envelope.mailFrom || undefined },
              'inbound message could not be handled',
            ),
          )
          .finally(() => callback());
      });
    },
  });
  server.on('error', (error) => options.log.warn({ err: error }, 'inbound SMTP error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  options.log.info({ port }, 'inbound SMTP listening for calendar replies');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
