import { describe, expect, it } from 'vitest';
import { skipReason as reason } from './bulk-invites.js';
import { invites } from './i18n/en/invites.js';
import { translate } from './i18n/translate.js';

const skipReason = (error: { code: string; message: string }) => reason(error, translate(invites));

describe('why a bulk send skipped an interview', () => {
  it('says a cancelled or past interview in a sentence about it', () => {
    expect(skipReason({ code: 'conflict', message: 'This interview was cancelled.' })).toBe(
      'It was cancelled.',
    );
    expect(skipReason({ code: 'conflict', message: 'This interview is already over.' })).toBe(
      'It is already over.',
    );
  });

  it('says an interview that cannot be found so, without its id', () => {
    expect(skipReason({ code: 'not_found', message: 'No interview with id 1234.' })).toBe(
      'It could not be found: it may no longer exist, or you may not see it.',
    );
  });

  it('keeps the reason an invite could not be written for that interview', () => {
    expect(
      skipReason({ code: 'validation_error', message: 'candidate message: unknown token' }),
    ).toBe('Its invites could not be written: candidate message: unknown token');
  });
});
