import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { EnvSchema } from './config-schema.js';

describe('configuration', () => {
  it('runs with no settings at all: SQLite under ./data, port 3000, the dev mailbox', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'sqlite:./data/convene.db',
      publicUrl: 'http://localhost:3000',
      smtpUrl: undefined,
    });
  });

  it('names every bad value on its own line', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        MAIL_FROM: 'nope',
        ADMIN_EMAIL: 'a@example.com',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'PORT',
      'DATABASE_URL',
      'MAIL_FROM',
      'ADMIN_PASSWORD',
    ]);
  });

  it('refuses an ADMIN_PASSWORD that breaks the password policy, saying why', () => {
    for (const [password, why] of [
      [' '.repeat(12), /only spaces/],
      ['password1234', /too easy to guess/],
      ['short one', /at least 12 characters/],
    ] as const) {
      let error: unknown;
      try {
        loadConfig({ ADMIN_EMAIL: 'a@example.com', ADMIN_PASSWORD: password });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toEqual([expect.stringMatching(/^ADMIN_PASSWORD: /)]);
      expect(problems[0]).toMatch(why);
    }
    expect(
      loadConfig({ ADMIN_EMAIL: 'a@example.com', ADMIN_PASSWORD: 'first admin password' }),
    ).toMatchObject({ adminPassword: 'first admin password' });
  });

  it('accepts PostgreSQL URLs and trims a trailing slash from PUBLIC_URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/convene',
      PUBLIC_URL: 'https://convene.example.com/',
    });
    expect(config.databaseUrl).toBe('postgres://u@db:5432/convene');
    expect(config.publicUrl).toBe('https://convene.example.com');
    expect(config.mailFrom).toBe('convene@convene.example.com');
  });

  it('keeps outbound requests to public addresses unless ALLOW_PRIVATE_NETWORK or its older name WEBHOOK_ALLOW_PRIVATE is true', () => {
    expect(loadConfig({}).allowPrivateNetwork).toBe(false);
    expect(loadConfig({ ALLOW_PRIVATE_NETWORK: 'true' }).allowPrivateNetwork).toBe(true);
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'true' }).allowPrivateNetwork).toBe(true);
    expect(loadConfig({ ALLOW_PRIVATE_NETWORK: 'false' }).allowPrivateNetwork).toBe(false);
  });

  it('leaves METRICS_TOKEN unset by default, and takes one of 32 token characters or more', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    const token = 'abcdefghijklmnopqrstuvwxyz012345-._~+/=';
    expect(loadConfig({ METRICS_TOKEN: token }).metricsToken).toBe(token);
  });

  it.each([
    ['shorter than 32 characters', 'too-short'],
    ['holding a space', `${'a'.repeat(32)} b`],
    ['holding a character a bearer token cannot', `${'a'.repeat(32)}"`],
  ])('refuses a METRICS_TOKEN %s, naming it', (_what, value) => {
    expect(() => loadConfig({ METRICS_TOKEN: value })).toThrow(/^METRICS_TOKEN: /);
  });
});

describe('MAIL_FROM', () => {
  it('takes the form people write, its name becoming the sender’s and organizer’s name', () => {
    for (const [given, address, name] of [
      ['Hiring Team <hiring@acme.test>', 'hiring@acme.test', 'Hiring Team'],
      ['"Acme, Inc. Hiring" <hiring@acme.test>', 'hiring@acme.test', 'Acme, Inc. Hiring'],
      ['hiring@acme.test', 'hiring@acme.test', undefined],
      ['<hiring@acme.test>', 'hiring@acme.test', undefined],
    ] as const) {
      const config = loadConfig({ MAIL_FROM: given });
      expect([config.mailFrom, config.mailFromName], given).toEqual([address, name]);
    }
  });

  it('refuses two mailboxes, a bare name, or a name that is not one line', () => {
    for (const given of [
      'a@acme.test, b@acme.test',
      'Hiring Team',
      'Hiring Team <not an address>',
      `${'x'.repeat(101)} <hiring@acme.test>`,
      'Hiring\r\nBcc: evil@example.org <hiring@acme.test>',
    ]) {
      expect(() => loadConfig({ MAIL_FROM: given }), given).toThrow(/^MAIL_FROM: /);
    }
  });

  it('reminds of unbooked scheduling requests after 48 hours unless SCHEDULING_REMINDER_HOURS says otherwise', () => {
    expect(loadConfig({}).schedulingReminderHours).toBe(48);
    expect(loadConfig({ SCHEDULING_REMINDER_HOURS: '24' }).schedulingReminderHours).toBe(24);
    expect(loadConfig({ SCHEDULING_REMINDER_HOURS: '0' }).schedulingReminderHours).toBeNull();
    expect(loadConfig({ SCHEDULING_REMINDER_HOURS: 'off' }).schedulingReminderHours).toBeNull();
    expect(() => loadConfig({ SCHEDULING_REMINDER_HOURS: '1.5' })).toThrow(
      /SCHEDULING_REMINDER_HOURS: must be whole hours/,
    );
  });

  it('checks IMAP_AUTHSERV_ID is a host name', () => {
    expect(loadConfig({ IMAP_AUTHSERV_ID: 'mx.google.com' }).imapAuthservId).toBe('mx.google.com');
    expect(() => loadConfig({ IMAP_AUTHSERV_ID: 'mx.google.com; dkim=pass' })).toThrow(
      /^IMAP_AUTHSERV_ID: /,
    );
  });
});

describe('the variables that stand alone', () => {
  it('takes true and false exactly, and a number where a number is meant', () => {
    expect(loadConfig({ TRUST_PROXY: 'true', OUTBOX_POLL_SECONDS: '0.5' })).toMatchObject({
      trustProxy: true,
      outboxPollSeconds: 0.5,
    });
    for (const [name, value] of [
      ['TRUST_PROXY', 'yes'],
      ['RUN_WORKER', '1'],
      ['OUTBOX_LEASE_SECONDS', 'ten'],
      ['INBOUND_SMTP_PORT', '25.5'],
      ['LOG_LEVEL', 'verbose'],
      ['COMPANY_NAME', 'Acme\nBcc: evil@example.org'],
    ] as const) {
      expect(() => loadConfig({ [name]: value }), `${name}=${value}`).toThrow(
        new RegExp(`^${name}: must be `),
      );
    }
  });

  it('lets candidates move an interview twice until 24 hours before it by default, each setting whole and bounded', () => {
    expect(loadConfig({}).candidateChanges).toEqual({ cutoffHours: 24, maxReschedules: 2 });
    expect(
      loadConfig({ CANDIDATE_CHANGE_CUTOFF_HOURS: '0', CANDIDATE_MAX_RESCHEDULES: '0' })
        .candidateChanges,
    ).toEqual({ cutoffHours: 0, maxReschedules: 0 });
    for (const [name, value] of [
      ['CANDIDATE_CHANGE_CUTOFF_HOURS', '-1'],
      ['CANDIDATE_CHANGE_CUTOFF_HOURS', '1.5'],
      ['CANDIDATE_CHANGE_CUTOFF_HOURS', '9000'],
      ['CANDIDATE_MAX_RESCHEDULES', 'two'],
      ['CANDIDATE_MAX_RESCHEDULES', '101'],
    ] as const) {
      expect(() => loadConfig({ [name]: value }), `${name}=${value}`).toThrow(
        new RegExp(`^${name}: must be a whole number from 0 to `),
      );
    }
  });

  it('never repeats a secret in its error', () => {
    for (const name of ['SESSION_SECRET', 'METRICS_TOKEN', 'SMTP_URL']) {
      let problem = '';
      try {
        loadConfig({ [name]: 'hunter2 hunter2' });
      } catch (error) {
        problem = (error as ConfigError).problems.join('\n');
      }
      expect(problem).toMatch(new RegExp(`^${name}: must be `));
      expect(problem).not.toContain('hunter2');
    }
  });

  it('are each documented in the README configuration table', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const documented = new Set([...readme.matchAll(/^\| `([A-Z_]+)`/gm)].map((m) => m[1]));
    for (const name of Object.keys(EnvSchema.properties)) {
      expect(documented.has(name) || readme.includes(`\`${name}\``), name).toBe(true);
    }
  });
});
