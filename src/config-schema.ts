import { type Static, type TSchema, Type } from 'typebox';
import { Value } from 'typebox/value';
import { LOCALES } from './domain/i18n/locales.js';

/**
 * The environment variables that stand alone, each described once: its type, range, default and
 * the words of its error. Variables that depend on others (PUBLIC_URL's default port, MAIL_FROM's
 * default host, ADMIN_PASSWORD with ADMIN_EMAIL) or need parsing (IMAP_URL, the reminder hours)
 * are checked by hand in config.ts.
 */

// `true` or `false`, exactly: "yes", "1" and "on" are refused rather than guessed at.
const Flag = (fallback: 'true' | 'false', hint: string) =>
  Type.Union([Type.Literal('true'), Type.Literal('false')], {
    default: fallback,
    hint: `true or false: ${hint}`,
  });
const Seconds = (fallback: number, minimum: number, maximum: number) =>
  Type.Number({
    minimum,
    maximum,
    default: fallback,
    hint: `a number of seconds from ${minimum} to ${maximum}`,
  });
// multipleOf, not Type.Integer: converting "25.5" to an integer would truncate it to 25.
const Port = (options: { default?: number } = {}) =>
  Type.Number({
    multipleOf: 1,
    minimum: 0,
    maximum: 65535,
    hint: 'a port number 0-65535',
    ...options,
  });
const Whole = (fallback: number, maximum: number, hint: string) =>
  Type.Number({
    multipleOf: 1,
    minimum: 0,
    maximum,
    default: fallback,
    hint: `a whole number from 0 to ${maximum}: ${hint}`,
  });
// One line: no control characters, no Unicode line separators.
const ONE_LINE = '^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]*$';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const EnvSchema = Type.Object({
  PORT: Port({ default: 3000 }),
  HOST: Type.String({ default: '0.0.0.0', hint: 'an address to listen on' }),
  DATABASE_URL: Type.String({
    default: 'sqlite:./data/convene.db',
    pattern: '^(sqlite:.+|postgres(ql)?://.+)$',
    hint: 'sqlite:<path> or postgres://user@host:port/database',
  }),
  SMTP_URL: Type.Optional(
    Type.String({
      pattern: '^smtps?://.+',
      hint: 'smtp://user:pass@host:port or smtps://…',
      secret: true,
    }),
  ),
  ADMIN_EMAIL: Type.Optional(
    Type.String({ pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', hint: 'an email address' }),
  ),
  SESSION_SECRET: Type.Optional(
    Type.String({ minLength: 32, hint: 'at least 32 characters', secret: true }),
  ),
  LOG_LEVEL: Type.Union(
    LOG_LEVELS.map((level) => Type.Literal(level)),
    { default: 'info', hint: `one of ${LOG_LEVELS.join(', ')}` },
  ),
  TRUST_PROXY: Flag('false', 'trust X-Forwarded-For'),
  COMPANY_NAME: Type.String({
    default: 'Convene',
    maxLength: 100,
    pattern: ONE_LINE,
    hint: 'one line of at most 100 characters',
  }),
  DEFAULT_LOCALE: Type.Union(
    LOCALES.map((tag) => Type.Literal(tag)),
    { default: 'en', hint: `one of ${LOCALES.join(', ')}` },
  ),
  RUN_WORKER: Flag('true', 'deliver the outbox from this process'),
  OUTBOX_LEASE_SECONDS: Seconds(300, 1, 86_400),
  OUTBOX_RETRY_SECONDS: Seconds(30, 0.001, 3_600),
  OUTBOX_POLL_SECONDS: Seconds(1, 0.01, 60),
  INBOUND_SMTP_PORT: Type.Optional(Port()),
  INBOUND_SMTP_HOST: Type.String({ default: '0.0.0.0', hint: 'an address to listen on' }),
  ALLOW_PRIVATE_NETWORK: Flag('false', 'let webhooks and calendar fetches reach private networks'),
  WEBHOOK_ALLOW_PRIVATE: Flag('false', 'the older name of ALLOW_PRIVATE_NETWORK'),
  IMAP_POLL_SECONDS: Seconds(60, 1, 3_600),
  IMAP_AUTHSERV_ID: Type.Optional(
    Type.String({ pattern: '^[A-Za-z0-9.-]{1,253}$', hint: 'a host name such as mx.google.com' }),
  ),
  CANDIDATE_CHANGE_CUTOFF_HOURS: Whole(
    24,
    8_760,
    'hours before the start after which a candidate can no longer move or cancel',
  ),
  CANDIDATE_MAX_RESCHEDULES: Whole(2, 100, 'times a candidate may move one interview (0: never)'),
  // RFC 6750's token characters, long enough not to be guessed.
  METRICS_TOKEN: Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9._~+/=-]{32,}$',
      hint: 'at least 32 characters of letters, digits and - . _ ~ + / =',
      secret: true,
    }),
  ),
});

export type Env = Static<typeof EnvSchema>;

/** What each variable's schema says of itself beyond JSON Schema: its error words. */
interface Described {
  hint?: string;
  secret?: boolean;
}

/**
 * Reads the variables of EnvSchema from `env`: trimmed, an empty one counts as unset, numbers
 * converted, defaults applied. Each bad variable gives one problem line naming it.
 */
export function readEnv(env: Record<string, string | undefined>): {
  values: Env;
  problems: string[];
} {
  const given: Record<string, string> = {};
  for (const name of Object.keys(EnvSchema.properties)) {
    const value = env[name]?.trim();
    if (value) given[name] = value;
  }
  const values = Value.Default(EnvSchema, Value.Convert(EnvSchema, { ...given })) as Env;
  const problems = new Map<string, string>();
  for (const error of Value.Errors(EnvSchema, values)) {
    const name = error.instancePath.replace(/^\//, '');
    const schema = (EnvSchema.properties as Record<string, TSchema & Described>)[name];
    // A secret (or a URL that may hold a password) is never echoed into logs.
    const got = schema?.secret ? '' : `, got "${given[name]}"`;
    if (!problems.has(name))
      problems.set(name, `${name}: must be ${schema?.hint ?? 'valid'}${got}`);
  }
  return { values, problems: [...problems.values()] };
}
