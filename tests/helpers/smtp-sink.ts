import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpSink {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Answers the next `count` messages with this SMTP error code (e.g. 451 transient, 550 permanent). */
  failNext(count: number, code: number): void;
  /** Takes the next `count` messages' data but never answers (as if the sender died waiting). */
  holdNext(count: number): void;
  /** How many messages are being held unanswered right now. */
  held(): number;
  /**
   * Answers the messages held so far, late: accepted (they then count as received), or refused
   * with `code`.
   */
  releaseHeld(code?: number): Promise<void>;
  /** Resolves once at least `count` messages have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Resolves with the messages to `email` once at least `count` of them have arrived. */
  waitForMailTo(email: string, count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server in the test process that keeps what it receives. */
export async function startSmtpSink(listenOn = 0): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let failures: { count: number; code: number } = { count: 0, code: 0 };
  let holds = 0;
  let holding: Array<(code?: number) => Promise<void>> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      const refuse = (code: number) =>
        callback(
          Object.assign(new Error('Sink told to refuse this message'), { responseCode: code }),
        );
      const accept = async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          raw,
          parsed: await simpleParser(raw),
        });
        callback();
      };
      stream.on('end', async () => {
        if (holds > 0) {
          holds -= 1;
          // Not answered until released (if ever): until then it does not count as received.
          holding.push((code) => (code === undefined ? accept() : Promise.resolve(refuse(code))));
          return;
        }
        if (failures.count > 0) {
          failures = { ...failures, count: failures.count - 1 };
          return refuse(failures.code);
        }
        await accept();
      });
    },
  });
  // A client killed mid-session (the crash tests do it on purpose) resets its connection; like
  // any SMTP server, the sink carries on.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(listenOn, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    holdNext: (count) => {
      holds = count;
    },
    held: () => holding.length,
    releaseHeld: async (code) => {
      const answers = holding;
      holding = [];
      await Promise.all(answers.map((answer) => answer(code)));
    },
    failNext: (count, code) => {
      failures = { count, code };
    },
    waitFor: async (count, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until)
          throw new Error(`expected ${count} messages, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return received;
    },
    waitForMailTo: async (email, count, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      const to = () => received.filter((mail) => mail.envelopeTo.includes(email));
      while (to().length < count) {
        if (Date.now() > until)
          throw new Error(`expected ${count} messages to ${email}, got ${to().length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return to();
    },
    // Held connections would keep close() waiting: they are cut.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const connection of (server as unknown as { connections: Set<{ close(): void }> })
          .connections ?? []) {
          connection.close();
        }
      }),
    port,
  };
}
