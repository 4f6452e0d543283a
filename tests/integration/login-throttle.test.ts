import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

describe(`sign-in throttling per account and per address (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  let address = 0;
  const freshAddress = () => {
    address += 1;
    return `198.51.100.${address}`;
  };
  const signIn = (email: string, password: string, remoteAddress: string) =>
    t.call({ method: 'POST', url: '/api/v1/session', remoteAddress, payload: { email, password } });

  it('keeps counting an address’s wrong guesses when it signs in as another user between them', async () => {
    const { user: admin } = await t.signedIn('admin');
    const { user: accomplice } = await t.signedIn('coordinator');
    const from = freshAddress();
    const guesses: number[] = [];
    for (let i = 1; i <= 20; i += 1) {
      guesses.push((await signIn(admin.email, `wrong guess ${i}`, from)).statusCode);
      // A real sign-in used to wipe the address's count, giving it ten more guesses each time.
      if (i % 9 === 0) await signIn(accomplice.email, PASSWORD, from);
    }
    expect(guesses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(guesses.slice(10)).toEqual(Array(10).fill(429));
  });

  it('lets at most ten of 25 simultaneous wrong passwords from one address be tried', async () => {
    const { user } = await t.signedIn('coordinator');
    const from = freshAddress();
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) => signIn(user.email, `parallel guess ${i}`, from)),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('locks an account after twenty wrong passwords from many addresses, even for the right one', async () => {
    const { user: target } = await t.signedIn('admin');
    const { user: other } = await t.signedIn('coordinator');
    for (let i = 1; i <= 20; i += 1) {
      const from = freshAddress();
      expect((await signIn(target.email, `spread guess ${i}`, from)).statusCode).toBe(401);
      // Another account's success from the same address resets nothing of the target's count.
      expect((await signIn(other.email, PASSWORD, from)).statusCode).toBe(200);
    }
    const locked = await signIn(target.email, PASSWORD, freshAddress());
    expect(locked.statusCode).toBe(429);
    expect(locked.data.error.code).toBe('rate_limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn(other.email, PASSWORD, freshAddress())).statusCode).toBe(200);
  });

  it('locks an unknown email like a known one, so the lock reveals no account', async () => {
    const answers: number[] = [];
    for (let i = 1; i <= 21; i += 1) {
      answers.push(
        (await signIn('nobody.here@example.com', 'some guess', freshAddress())).statusCode,
      );
    }
    expect(answers.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(answers[20]).toBe(429);
  });

  it('does not count successful sign-ins as failures', async () => {
    const { user } = await t.signedIn('coordinator');
    const from = freshAddress();
    for (let i = 0; i < 25; i += 1) {
      expect((await signIn(user.email, PASSWORD, from)).statusCode).toBe(200);
    }
  });

  it('keeps the counts in the database, one row per account and per address', async () => {
    const { user } = await t.signedIn('coordinator');
    const from = freshAddress();
    await signIn(user.email, 'wrong once', from);
    const rows = await t.database.db
      .selectFrom('login_failures')
      .selectAll()
      .where('key', 'in', [`ip:${from}`, `account:${user.email}`])
      .execute();
    expect(rows.map((r) => [r.key, r.failures]).sort()).toEqual(
      [
        [`account:${user.email}`, 1],
        [`ip:${from}`, 1],
      ].sort(),
    );
  });
});
