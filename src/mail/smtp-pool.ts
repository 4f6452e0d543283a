import { parseConnectionUrl } from 'nodemailer/lib/shared';
import SMTPConnection, { type SMTPConnectionOptions } from 'nodemailer/lib/smtp-connection';

interface Slot {
  connection: SMTPConnection;
  sent: number;
  /** False once the server or the network ended the session. */
  usable: boolean;
  retired: boolean;
}

/**
 * A small pool of nodemailer SMTP connections that sends stored, already composed bytes.
 * nodemailer's own pooled transport runs every raw message through its Mail pipeline (plugins,
 * a MIME node, stream piping) before the socket, more than half the CPU of a delivery here
 * (bench/RESULTS.md); `SMTPConnection.send` writes the bytes with the protocol's dot-stuffing
 * and nothing else. Connection, TLS, authentication and the SMTP dialogue stay nodemailer's.
 *
 * Up to `maxConnections` sessions, each reused for `maxMessages` messages; a session that ends
 * or fails is dropped and a new one opened on demand. A refused message (4xx/5xx) rejects with
 * nodemailer's error, `responseCode` included, and retires that session too, so the next
 * message never inherits a half-finished transaction.
 */
export class SmtpPool {
  private readonly options: SMTPConnectionOptions & { auth?: { user: string; pass: string } };
  private readonly maxConnections: number;
  private readonly maxMessages: number;
  private idle: Slot[] = [];
  private open = 0;
  private waiting: Array<{ resolve(slot: Slot): void; reject(error: Error): void }> = [];
  private closed = false;

  constructor(url: string, defaults: { maxConnections: number; maxMessages: number }) {
    // Settings in the URL (?maxConnections=2, ?requireTLS=true, tls.*) win over the defaults.
    const parsed = parseConnectionUrl(url);
    this.options = parsed as SmtpPool['options'];
    this.maxConnections = positive(parsed.maxConnections) ?? defaults.maxConnections;
    this.maxMessages = positive(parsed.maxMessages) ?? defaults.maxMessages;
  }

  async send(envelope: { from: string; to: string[] }, raw: Buffer): Promise<void> {
    const slot = await this.acquire();
    try {
      await new Promise<void>((resolve, reject) =>
        slot.connection.send(envelope, raw, (error) => (error ? reject(error) : resolve())),
      );
    } catch (error) {
      this.release(slot, true);
      throw error;
    }
    slot.sent += 1;
    this.release(slot, slot.sent >= this.maxMessages);
  }

  close(): void {
    this.closed = true;
    for (const slot of this.idle) this.retire(slot);
    this.idle = [];
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error('SMTP pool closed'));
  }

  private async acquire(): Promise<Slot> {
    if (this.closed) throw new Error('SMTP pool closed');
    for (let slot = this.idle.pop(); slot; slot = this.idle.pop()) {
      if (slot.usable) return slot;
      this.retire(slot);
    }
    if (this.open < this.maxConnections) return this.connect();
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private async connect(): Promise<Slot> {
    this.open += 1;
    const connection = new SMTPConnection(this.options);
    const slot: Slot = { connection, sent: 0, usable: true, retired: false };
    // Errors of an idle session (the server hung up) arrive here; a send in flight gets its
    // own error through its callback as well.
    connection.on('error', () => {
      slot.usable = false;
    });
    connection.once('end', () => {
      slot.usable = false;
    });
    try {
      // nodemailer reports a failed connection as an 'error' (or an early 'end'), not through
      // the connect callback.
      await new Promise<void>((resolve, reject) => {
        const fail = (error?: Error) => reject(error ?? new Error('SMTP connection closed'));
        connection.once('error', fail);
        connection.once('end', () => fail());
        connection.connect(() => {
          connection.off('error', fail);
          resolve();
        });
      });
      const { auth } = this.options;
      if (auth?.user) {
        await new Promise<void>((resolve, reject) =>
          connection.login(auth, (error) => (error ? reject(error) : resolve())),
        );
      }
      return slot;
    } catch (error) {
      this.retire(slot);
      this.serveNext();
      throw error;
    }
  }

  private release(slot: Slot, retire: boolean): void {
    if (retire || !slot.usable || this.closed) {
      this.retire(slot);
      this.serveNext();
      return;
    }
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else this.idle.push(slot);
  }

  // A waiter whose slot was retired gets a new connection.
  private serveNext(): void {
    if (this.closed || this.open >= this.maxConnections) return;
    const next = this.waiting.shift();
    if (next) this.connect().then(next.resolve, next.reject);
  }

  private retire(slot: Slot): void {
    if (slot.retired) return;
    slot.retired = true;
    slot.usable = false;
    this.open -= 1;
    try {
      slot.connection.quit();
    } catch {
      slot.connection.close();
    }
  }
}

function positive(value: unknown): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}
