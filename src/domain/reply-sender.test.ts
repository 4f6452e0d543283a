import { describe, expect, it } from 'vitest';
import { provesSender, type SenderCheck, senderRefusal, UNCHECKED } from './reply-sender.js';

const checked = (overrides: Partial<SenderCheck>): SenderCheck => ({
  by: 'convene',
  from: 'ada@example.org',
  dkim: 'pass',
  spf: 'pass',
  dmarc: 'pass',
  dmarcPolicy: 'reject',
  ...overrides,
});

describe('who sent a calendar reply', () => {
  it('refuses only a DMARC failure whose domain asks to reject or quarantine it', () => {
    expect(senderRefusal(checked({ dmarc: 'fail' }))).toMatch(/example\.org .*p=reject/);
    expect(senderRefusal(checked({ dmarc: 'fail', dmarcPolicy: 'quarantine' }))).toMatch(
      /p=quarantine/,
    );
    // p=none: the owner only watches; forwarding and SPF failures are recorded, not refused.
    expect(senderRefusal(checked({ dmarc: 'fail', dmarcPolicy: 'none' }))).toBeNull();
    expect(senderRefusal(checked({ spf: 'fail', dmarc: 'pass' }))).toBeNull();
    expect(senderRefusal(UNCHECKED)).toBeNull();
  });

  it('proves an address only by a DMARC pass with that address in From', () => {
    expect(provesSender(checked({}), 'Ada@Example.org')).toBe(true);
    expect(provesSender(checked({}), 'bob@example.org')).toBe(false);
    expect(provesSender(checked({ dmarc: 'none' }), 'ada@example.org')).toBe(false);
    expect(provesSender({ ...UNCHECKED, from: 'ada@example.org' }, 'ada@example.org')).toBe(false);
  });
});
