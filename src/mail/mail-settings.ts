import type { Config } from '../config.js';
import type { Locale } from '../domain/i18n/locales.js';

/** What composing mail needs from the configuration. */
export interface MailSettings {
  /** The sending mailbox: From, and the calendar ORGANIZER (replies come here). */
  from: string;
  /** MAIL_FROM's display name; the company name stands in when it has none. */
  fromName?: string | undefined;
  companyName: string;
  /** The company's default language (DEFAULT_LOCALE); English when absent. */
  defaultLocale?: Locale | undefined;
  /** Base of every link in an email, e.g. https://convene.example.com */
  publicUrl: string;
  /**
   * Calendar replies are read (IMAP_URL or INBOUND_SMTP_PORT), so a calendar's Propose new
   * time reaches the coordinator; otherwise invites ask Outlook not to offer it.
   */
  readsReplies?: boolean | undefined;
  /** The admin's logo (its URL) and accent (branding/branding-store.ts brandedSettings); absent: none. */
  brand?: { accentColor: string | null; logoUrl: string | null } | undefined;
}

/** The mail settings use cases need, from the configuration. */
export function mailSettingsOf(
  config: Pick<
    Config,
    | 'mailFrom'
    | 'mailFromName'
    | 'companyName'
    | 'defaultLocale'
    | 'publicUrl'
    | 'imapUrl'
    | 'inboundSmtpPort'
  >,
): MailSettings {
  return {
    from: config.mailFrom,
    fromName: config.mailFromName,
    companyName: config.companyName,
    defaultLocale: config.defaultLocale,
    publicUrl: config.publicUrl,
    readsReplies: config.imapUrl !== undefined || config.inboundSmtpPort !== undefined,
  };
}

/** The sending mailbox as From and as the calendar ORGANIZER: MAIL_FROM's name, else the company's. */
export function sender(settings: MailSettings): { name: string; email: string } {
  return { name: settings.fromName ?? settings.companyName, email: settings.from };
}

/** The host used in calendar UIDs and Message-IDs. */
export function mailHost(settings: Pick<MailSettings, 'publicUrl'>): string {
  return new URL(settings.publicUrl).hostname;
}
