import addressparser from 'nodemailer/lib/addressparser';
import { passwordProblem } from './domain/password-rules.js';
import { MAX_REMINDER_HOURS, type ReminderSettings } from './domain/reminder-rules.js';
import { isEmailAddress, isSingleLine } from './domain/text-rules.js';
import { parseImapUrl } from './mail/imap-poller.js';

/** Every setting Convene reads, parsed and checked once at start (DESIGN §8). */
export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string;
  smtpUrl: string | undefined;
  /** The sending mailbox's address: From, envelope sender and calendar ORGANIZER. */
  mailFrom: string;
  /** The display name MAIL_FROM gave (`Hiring Team <hiring@acme.test>`), if any. */
  mailFromName: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  sessionSecret: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
  /** Shown in emails ({{ company.name }}) and as the calendar organizer's name. */
  companyName: string;
  /** Deliver the outbox from this process (false when `npm run worker` runs separately). */
  runWorker: boolean;
  /** How long a worker's claim on a message lasts before another may take it over. */
  outboxLeaseSeconds: number;
  /** The first retry delay after a transient failure; each next one doubles (max 1 hour). */
  outboxRetrySeconds: number;
  /** How often an idle worker looks for due messages (a worker in the server is also woken). */
  outboxPollSeconds: number;
  /** Listen for calendar replies by SMTP on this port (opt-in; undefined: off). */
  inboundSmtpPort: number | undefined;
  inboundSmtpHost: string;
  /** Let webhooks reach loopback and private networks (off: SSRF protection). */
  webhookAllowPrivate: boolean;
  /** Reminder defaults for interviews that do not set their own (hours; null: off). */
  reminders: ReminderSettings;
  /** Poll this mailbox for calendar replies (opt-in): imaps://user:password@host/INBOX. */
  imapUrl: string | undefined;
  imapPollSeconds: number;
  /** The IMAP provider's authserv-id, whose Authentication-Results are trusted (RFC 8601). */
  imapAuthservId: string | undefined;
  /**
   * The bearer token /metrics asks for; undefined: /metrics is off (404). Request counts and
   * process figures are no one's business but the operator's.
   */
  metricsToken: string | undefined;
}

/** Thrown with one line per bad value; server.ts prints them and exits. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
// RFC 6750's token characters, long enough not to be guessed.
const BEARER_TOKEN = /^[A-Za-z0-9._~+/=-]{32,}$/;

/** Reads the environment once; a bad value is reported with its variable name. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const bad = (name: string, why: string) => problems.push(`${name}: ${why}`);

  const port = Number(read('PORT') ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    bad('PORT', `must be a port number 0-65535, got "${read('PORT')}"`);
  }
  const defaultUrl = `http://localhost:${Number.isInteger(port) ? port : 3000}`;
  const publicUrl = (read('PUBLIC_URL') ?? defaultUrl).replace(/\/+$/, '');
  if (!isHttpUrl(publicUrl)) bad('PUBLIC_URL', `must be an http(s) URL, got "${publicUrl}"`);

  const databaseUrl = read('DATABASE_URL') ?? 'sqlite:./data/convene.db';
  if (!/^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(databaseUrl)) {
    bad('DATABASE_URL', 'must be sqlite:<path> or postgres://user@host:port/database');
  }
  const smtpUrl = read('SMTP_URL');
  if (smtpUrl && !/^smtps?:\/\/.+/.test(smtpUrl)) {
    bad('SMTP_URL', 'must be smtp://user:pass@host:port or smtps://…');
  }
  const from = parseMailbox(read('MAIL_FROM') ?? `convene@${hostOf(publicUrl)}`);
  if ('problem' in from) bad('MAIL_FROM', from.problem);
  const mailFrom = 'address' in from ? from.address : '';
  const mailFromName = 'address' in from ? from.name : undefined;

  const adminEmail = read('ADMIN_EMAIL');
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  if (adminEmail && !isEmailAddress(adminEmail)) bad('ADMIN_EMAIL', 'must be an email address');
  if (adminEmail && !adminPassword) bad('ADMIN_PASSWORD', 'is required when ADMIN_EMAIL is set');
  const adminPasswordProblem = adminPassword && passwordProblem(adminPassword, [adminEmail ?? '']);
  if (adminPasswordProblem) bad('ADMIN_PASSWORD', adminPasswordProblem);
  const sessionSecret = read('SESSION_SECRET');
  if (sessionSecret && sessionSecret.length < 32) {
    bad('SESSION_SECRET', 'must be at least 32 characters');
  }
  const logLevel = (read('LOG_LEVEL') ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) bad('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  const trustProxy = read('TRUST_PROXY') ?? 'false';
  if (!['true', 'false'].includes(trustProxy)) bad('TRUST_PROXY', 'must be true or false');

  const companyName = read('COMPANY_NAME') ?? 'Convene';
  if (!isSingleLine(companyName) || companyName.length > 100) {
    bad('COMPANY_NAME', 'must be one line of at most 100 characters');
  }
  const runWorker = read('RUN_WORKER') ?? 'true';
  const webhookAllowPrivate = read('WEBHOOK_ALLOW_PRIVATE') ?? 'false';
  const hours = (name: string, fallback: number | null): number | null => {
    const given = read(name);
    if (given === undefined) return fallback;
    if (given === 'off' || given === '0') return null;
    const value = Number(given);
    if (!Number.isInteger(value) || value < 1 || value > MAX_REMINDER_HOURS) {
      bad(name, `must be whole hours from 1 to ${MAX_REMINDER_HOURS}, or off`);
    }
    return value;
  };
  const imapUrl = read('IMAP_URL');
  if (imapUrl) {
    try {
      parseImapUrl(imapUrl);
    } catch (error) {
      bad('IMAP_URL', error instanceof Error ? error.message : 'is not an imap(s):// URL');
    }
  }
  const imapAuthservId = read('IMAP_AUTHSERV_ID');
  if (imapAuthservId && !/^[A-Za-z0-9.-]{1,253}$/.test(imapAuthservId)) {
    bad('IMAP_AUTHSERV_ID', `must be a host name such as mx.google.com, got "${imapAuthservId}"`);
  }
  const reminders: ReminderSettings = {
    pendingAfterHours: hours('REMINDER_PENDING_AFTER_HOURS', 48),
    pendingBeforeHours: hours('REMINDER_PENDING_BEFORE_HOURS', 24),
    everyoneBeforeHours: hours('REMINDER_EVERYONE_BEFORE_HOURS', null),
  };
  if (!['true', 'false'].includes(webhookAllowPrivate)) {
    bad('WEBHOOK_ALLOW_PRIVATE', 'must be true or false');
  }
  if (!['true', 'false'].includes(runWorker)) bad('RUN_WORKER', 'must be true or false');

  const seconds = (name: string, fallback: number, min: number, max: number) => {
    const value = Number(read(name) ?? fallback);
    if (!Number.isFinite(value) || value < min || value > max) {
      bad(name, `must be a number of seconds from ${min} to ${max}`);
    }
    return value;
  };
  const outboxLeaseSeconds = seconds('OUTBOX_LEASE_SECONDS', 300, 1, 86_400);
  const outboxRetrySeconds = seconds('OUTBOX_RETRY_SECONDS', 30, 0.001, 3_600);
  const outboxPollSeconds = seconds('OUTBOX_POLL_SECONDS', 1, 0.01, 60);
  const inbound = read('INBOUND_SMTP_PORT');
  const inboundSmtpPort = inbound === undefined ? undefined : Number(inbound);
  if (
    inboundSmtpPort !== undefined &&
    (!Number.isInteger(inboundSmtpPort) || inboundSmtpPort < 0 || inboundSmtpPort > 65535)
  ) {
    bad('INBOUND_SMTP_PORT', `must be a port number 0-65535, got "${inbound}"`);
  }

  const metricsToken = read('METRICS_TOKEN');
  if (metricsToken !== undefined && !BEARER_TOKEN.test(metricsToken)) {
    bad('METRICS_TOKEN', 'must be at least 32 characters of letters, digits and - . _ ~ + / =');
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host: read('HOST') ?? '0.0.0.0',
    publicUrl,
    databaseUrl,
    smtpUrl,
    mailFrom,
    mailFromName,
    adminEmail,
    adminPassword,
    sessionSecret,
    logLevel,
    trustProxy: trustProxy === 'true',
    companyName,
    runWorker: runWorker === 'true',
    outboxLeaseSeconds,
    outboxRetrySeconds,
    outboxPollSeconds,
    inboundSmtpPort,
    inboundSmtpHost: read('INBOUND_SMTP_HOST') ?? '0.0.0.0',
    webhookAllowPrivate: webhookAllowPrivate === 'true',
    reminders,
    imapUrl,
    imapPollSeconds: seconds('IMAP_POLL_SECONDS', 60, 1, 3_600),
    imapAuthservId,
    metricsToken,
  };
}

/**
 * MAIL_FROM as people write it: `hiring@acme.test` or `Hiring Team <hiring@acme.test>` (the
 * name may be quoted). One mailbox only; the name must be one line.
 */
function parseMailbox(
  value: string,
): { address: string; name: string | undefined } | { problem: string } {
  const parsed = addressparser(value);
  const [first] = parsed;
  if (parsed.length !== 1 || !first || 'group' in first) {
    return {
      problem: `must be one mailbox, e.g. "Hiring Team <hiring@acme.test>", got "${value}"`,
    };
  }
  if (!isEmailAddress(first.address)) {
    return { problem: `must be an email address, got "${value}"` };
  }
  const name = first.name.trim();
  if (name && (!isSingleLine(name) || name.length > 100)) {
    return { problem: 'its name must be one line of at most 100 characters' };
  }
  return { address: first.address, name: name || undefined };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function hostOf(url: string): string {
  try {
    const host = new URL(url).hostname;
    return host.includes('.') ? host : `${host}.localdomain`;
  } catch {
    return 'localhost.localdomain';
  }
}
