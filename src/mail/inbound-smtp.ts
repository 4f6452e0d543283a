import type { AddressInfo, Socket } from 'node:net';
import { hostname } from 'node:os';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import type { SenderCheck } from '../domain/reply-sender.js';
import { checkSenderOnReceipt, type DnsResolver } from './verify-sender.js';

/** How much one client may take of the listener; the defaults are README's. */
export interface InboundLimits {
  /** Connections open at once, in all (smtp-server answers 421 beyond). */
  maxClients: number;
  /** Connections open at once from one client address. */
  perAddressConnections: number;
  /** Messages per hour from one client address (a forwarding provider sends them all). */
  perAddressMessagesPerHour: number;
  /** Messages per hour from one envelope sender (MAIL FROM). */
  perSenderMessagesPerHour: number;
  /** A connection that says nothing this long is closed. */
  idleMs: number;
  /** No connection lasts longer than this, talking or not. */
  lifetimeMs: number;
}

export const INBOUND_LIMITS: InboundLimits = {
  maxClients: 200,
  perAddressConnections: 10,
  perAddressMessagesPerHour: 600,
  perSenderMessagesPerHour: 30,
  idleMs: 30_000,
  lifetimeMs: 5 * 60_000,
};

export interface InboundSmtpOptions {
  port: number;
  host: string;
  /** Largest message accepted, in bytes; calendar replies are a few kilobytes. */
  maxBytes?: number;
  limits?: Partial<InboundLimits>;
  /** DNS for the DKIM/SPF/DMARC check; the system's when absent. */
  resolver?: DnsResolver;
  /**
   * Handles one received message with what the sender check found; its failure is logged, the
   * sender still gets 250.
   */
  onMessage(raw: Buffer, sender: SenderCheck): Promise<unknown>;
  log: { info(o: object, m: string): void; warn(o: object, m: string): void };
}

export interface InboundSmtp {
  port: number;
  close(): Promise<void>;
}

const tempFailure = (code: number, message: string) =>
  Object.assign(new Error(message), { responseCode: code });

/**
 * A receive-only SMTP listener for the organizer mailbox's calendar replies (opt-in with
 * INBOUND_SMTP_PORT; point the mailbox's forwarding or an MX at it). No AUTH and no relaying.
 * Each message's sender is checked (DKIM, SPF, DMARC) and the result handed on with it; what a
 * message can change is still decided by the reply's own UID. A few clients cannot hold it:
 * connections per address, an idle timeout and a lifetime, and messages per hour per address
 * and per sender are limited (4xx: real mail servers try again later). Oversized messages are
 * refused with 552.
 */
export async function startInboundSmtp(options: InboundSmtpOptions): Promise<InboundSmtp> {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const limits = { ...INBOUND_LIMITS, ...options.limits };
  const open = new Map<string, number>();
  const counted = new Set<string>();
  const perAddress = new RateLimiterMemory({
    points: limits.perAddressMessagesPerHour,
    duration: 3600,
  });
  const perSender = new RateLimiterMemory({
    points: limits.perSenderMessagesPerHour,
    duration: 3600,
  });
  const mta = hostname();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    banner: 'Convene calendar replies',
    size: maxBytes,
    maxClients: limits.maxClients,
    socketTimeout: limits.idleMs,
    disableReverseLookup: true,
    logger: false,
    onConnect(session, callback) {
      const address = session.remoteAddress;
      const current = open.get(address) ?? 0;
      if (current >= limits.perAddressConnections) {
        callback(tempFailure(421, 'Too many connections from your address, try again later'));
        return;
      }
      open.set(address, current + 1);
      counted.add(session.id);
      callback();
    },
    onClose(session) {
      if (!counted.delete(session.id)) return;
      const left = (open.get(session.remoteAddress) ?? 1) - 1;
      if (left > 0) open.set(session.remoteAddress, left);
      else open.delete(session.remoteAddress);
    },
    onMailFrom(address, session, callback) {
      const sender = address.address.toLowerCase() || `<>@${session.remoteAddress}`;
      Promise.all([perAddress.consume(session.remoteAddress), perSender.consume(sender)])
        .then(() => callback())
        .catch(() => callback(tempFailure(451, 'Too many messages, try again later')));
    },
    onRcptTo(_address, session, callback) {
      // A calendar reply goes to the organizer: a long list is not one.
      if (session.envelope.rcptTo.length >= 5) {
        callback(tempFailure(452, 'Too many recipients'));
        return;
      }
      callback();
    },
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
          callback(tempFailure(552, 'Message too large for Convene'));
          return;
        }
        const raw = Buffer.concat(chunks);
        receive(raw, session)
          .catch((error: unknown) =>
            options.log.warn(
              { err: error, from: mailFromOf(session) },
              'inbound message could not be handled',
            ),
          )
          .finally(() => callback());
      });
    },
  });

  const receive = async (raw: Buffer, session: SMTPServerSession) => {
    const sender = await checkSenderOnReceipt(raw, {
      ip: session.remoteAddress,
      helo: session.hostNameAppearsAs || undefined,
      mailFrom: mailFromOf(session),
      mta,
      resolver: options.resolver,
    });
    await options.onMessage(raw, sender);
  };

  server.on('error', (error) => options.log.warn({ err: error }, 'inbound SMTP error'));
  // However busy a connection keeps itself, it ends: idle clients cannot hold the listener.
  const sockets = new Set<Socket>();
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    const timer = setTimeout(() => socket.destroy(), limits.lifetimeMs);
    timer.unref();
    socket.once('close', () => {
      clearTimeout(timer);
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  options.log.info({ port }, 'inbound SMTP listening for calendar replies');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle clients would keep close() waiting for their timeout.
        for (const socket of sockets) socket.destroy();
      }),
  };
}

function mailFromOf(session: SMTPServerSession): string | undefined {
  const from = session.envelope.mailFrom;
  return from ? from.address : undefined;
}
