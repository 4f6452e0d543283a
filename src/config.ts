import addressparser from 'nodemailer/lib/addressparser';
import { type LOG_LEVELS, readEnv } from './config-schema.js';
import type { CandidateChangePolicy } from './domain/candidate-changes.js';
import type { Locale } from './domain/i18n/locales.js';
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
  logLevel: (typeof LOG_LEVELS)[number];
  trustProxy: boolean;
  /** Shown in emails ({{ company.name }}) and as the calendar organizer's name. */
  companyName: string;
  /** DEFAULT_LOCALE: the language of recipients who name none (and whose browser asks for none Convene has). */
  defaultLocale: Locale;
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
  /**
   * Let outbound requests (webhooks, calendar fetches) reach loopback and private networks
   * (off: SSRF protection). ALLOW_PRIVATE_NETWORK, or its older name WEBHOOK_ALLOW_PRIVATE.
   */
  allowPrivateNetwork: boolean;
  /** Reminder defaults for interviews that do not set their own (hours; null: off). */
  reminders: ReminderSettings;
  /**
   * Remind a candidate of a scheduling request still unbooked this long after it was sent
   * (hours; null: off). Once per request (DESIGN §9, ADR 015).
   */
  schedulingReminderHours: number | null;
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
  /** What a candidate may change from their Interview Link page (ADR 016). */
  candidateChanges: CandidateChangePolicy;
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

type Environment = Record<string, string | undefined>;

/** For the entry points: the configuration, or each problem on its own line and exit 1. */
export function loadConfigOrExit(environment: Environment = process.env): Config {
  try {
    return loadConfig(environment);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
    process.exit(1);
  }
}

/**
 * Reads the environment once; a bad value is reported with its variable name. The variables
 * that stand alone are described by EnvSchema (config-schema.ts); the rest are checked here.
 */
export function loadConfig(environment: Environment = process.env): Config {
  const { values: env, problems } = readEnv(environment);
  const read = (name: string) => {
    const value = environment[name]?.trim();
    return value ? value : undefined;
  };
  const bad = (name: string, why: string) => problems.push(`${name}: ${why}`);

  const defaultUrl = `http://localhost:${Number.isInteger(env.PORT) ? env.PORT : 3000}`;
  const publicUrl = (read('PUBLIC_URL') ?? defaultUrl).replace(/\/+$/, '');
  if (!isHttpUrl(publicUrl)) bad('PUBLIC_URL', `must be an http(s) URL, got "${publicUrl}"`);
  const from = parseMailbox(read('MAIL_FROM') ?? `convene@${hostOf(publicUrl)}`);
  if ('problem' in from) bad('MAIL_FROM', from.problem);

  // Not trimmed: spaces may be part of a password.
  const adminPassword = environment.ADMIN_PASSWORD || undefined;
  if (env.ADMIN_EMAIL && !adminPassword) {
    bad('ADMIN_PASSWORD', 'is required when ADMIN_EMAIL is set');
  }
  const weak = adminPassword && passwordProblem(adminPassword, [env.ADMIN_EMAIL ?? '']);
  if (weak) bad('ADMIN_PASSWORD', weak);

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
  const reminders: ReminderSettings = {
    pendingAfterHours: hours('REMINDER_PENDING_AFTER_HOURS', 48),
    pendingBeforeHours: hours('REMINDER_PENDING_BEFORE_HOURS', 24),
    everyoneBeforeHours: hours('REMINDER_EVERYONE_BEFORE_HOURS', null),
  };
  const schedulingReminderHours = hours('SCHEDULING_REMINDER_HOURS', 48);
  const imapUrl = read('IMAP_URL');
  if (imapUrl) {
    try {
      parseImapUrl(imapUrl);
    } catch (error) {
      bad('IMAP_URL', error instanceof Error ? error.message : 'is not an imap(s):// URL');
    }
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    databaseUrl: env.DATABASE_URL,
    smtpUrl: env.SMTP_URL,
    mailFrom: 'address' in from ? from.address : '',
    mailFromName: 'address' in from ? from.name : undefined,
    adminEmail: env.ADMIN_EMAIL,
    adminPassword,
    sessionSecret: env.SESSION_SECRET,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY === 'true',
    companyName: env.COMPANY_NAME,
    defaultLocale: env.DEFAULT_LOCALE,
    runWorker: env.RUN_WORKER === 'true',
    outboxLeaseSeconds: env.OUTBOX_LEASE_SECONDS,
    outboxRetrySeconds: env.OUTBOX_RETRY_SECONDS,
    outboxPollSeconds: env.OUTBOX_POLL_SECONDS,
    inboundSmtpPort: env.INBOUND_SMTP_PORT,
    inboundSmtpHost: env.INBOUND_SMTP_HOST,
    allowPrivateNetwork:
      env.ALLOW_PRIVATE_NETWORK === 'true' || env.WEBHOOK_ALLOW_PRIVATE === 'true',
    reminders,
    schedulingReminderHours,
    imapUrl,
    imapPollSeconds: env.IMAP_POLL_SECONDS,
    imapAuthservId: env.IMAP_AUTHSERV_ID,
    metricsToken: env.METRICS_TOKEN,
    candidateChanges: {
      cutoffHours: env.CANDIDATE_CHANGE_CUTOFF_HOURS,
      maxReschedules: env.CANDIDATE_MAX_RESCHEDULES,
    },
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
