import { describe, expect, it } from 'vitest';
import { nextSequence, sequenceMismatch } from './calendar-sequence.js';

describe('calendar SEQUENCE per participant', () => {
  it('starts at 0, keeps it for a resend, and raises it for an update or a cancellation', () => {
    expect(nextSequence('invite', undefined)).toBe(0);
    expect(nextSequence('invite', 0)).toBe(0);
    expect(nextSequence('invite', 3)).toBe(3);
    expect(nextSequence('update', 0)).toBe(1);
    expect(nextSequence('cancel', 1)).toBe(2);
    // An update to someone who never got the invite is their first invite.
    expect(nextSequence('update', undefined)).toBe(0);
  });

  it('accepts only a reply to the SEQUENCE that participant was last sent', () => {
    expect(sequenceMismatch(2, 2)).toBeNull();
    expect(sequenceMismatch(1, 2)).toMatch(/SEQUENCE 2 was sent since/);
    expect(sequenceMismatch(99999, 0)).toMatch(/99999, which was never sent/);
    expect(sequenceMismatch(0, undefined)).toMatch(/no calendar invite was sent/);
  });
});
