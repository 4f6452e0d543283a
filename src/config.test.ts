import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

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

  it('accepts PostgreSQL URLs and trims a trailing slash from PUBLIC_URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/convene',
      PUBLIC_URL: 'https://convene.example.com/',
    });
    expect(config.databaseUrl).toBe('postgres://u@db:5432/convene');
    expect(config.publicUrl).toBe('https://convene.example.com');
    expect(config.mailFrom).toBe('convene@convene.example.com');
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
