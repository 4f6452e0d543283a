import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-rules.js';

describe('the password policy', () => {
  it.each([
    ['ten spaces', ' '.repeat(10), /at least 12 characters/],
    ['twelve spaces', ' '.repeat(12), /not be only spaces/],
    ['tabs and spaces', ' \t '.repeat(5), /not be only spaces/],
    ['a short strong one', 'Xk9#mQ2$vL7', /at least 12 characters/],
    ['a common password, made long', 'password1234', /too easy to guess/],
    ['a keyboard walk', 'qwertyuiop[]', /too easy to guess/],
    ['a repeated character', 'aaaaaaaaaaaaaaaa', /too easy to guess/],
  ])('refuses %s, naming the problem', (_what, password, message) => {
    expect(passwordProblem(password)).toMatch(message);
  });

  it('refuses password12 (too short, and common)', () => {
    expect(passwordProblem('password12')).toMatch(/at least 12 characters/);
  });

  it('counts characters, not UTF-16 units, toward the length', () => {
    expect(passwordProblem('😀'.repeat(6))).toMatch(/at least 12 characters/);
  });

  it.each([
    'a long enough password',
    'correct horse battery staple',
    'copper kettle lantern',
    'Tr0ub4dour&3xyz',
  ])('accepts %s', (password) => {
    expect(passwordProblem(password)).toBeUndefined();
  });

  it('counts the person’s own name and email against the password', () => {
    const password = 'ada lovelace 1815';
    expect(passwordProblem(password)).toBeUndefined();
    expect(passwordProblem(password, ['Ada Lovelace', 'ada.lovelace@example.com'])).toMatch(
      /too easy to guess/,
    );
  });
});
