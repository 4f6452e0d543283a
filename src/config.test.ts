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
});
