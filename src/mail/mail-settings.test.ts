import { describe, expect, it } from 'vitest';
import { mailSettingsOf } from './mail-settings.js';

describe('mailSettingsOf', () => {
  const base = {
    mailFrom: 'interviews@example.com',
    mailFromName: undefined,
    companyName: 'Example Corp',
    publicUrl: 'https://convene.example.com',
    imapUrl: undefined,
    inboundSmtpPort: undefined,
    defaultLocale: 'en',
  } as const;

  it('reads calendar replies (so takes Propose new time) only with IMAP_URL or INBOUND_SMTP_PORT', () => {
    expect(mailSettingsOf(base).readsReplies).toBe(false);
    expect(
      mailSettingsOf({ ...base, imapUrl: 'imaps://u:p@mail.example.com/INBOX' }).readsReplies,
    ).toBe(true);
    expect(mailSettingsOf({ ...base, inboundSmtpPort: 2525 }).readsReplies).toBe(true);
  });
});
