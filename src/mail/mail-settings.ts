/** What composing mail needs from the configuration. */
export interface MailSettings {
  /** The sending mailbox: From, and the calendar ORGANIZER (replies come here). */
  from: string;
  companyName: string;
  /** Base of every link in an email, e.g. https://convene.example.com */
  publicUrl: string;
}

/** The host used in calendar UIDs and Message-IDs. */
export function mailHost(settings: Pick<MailSettings, 'publicUrl'>): string {
  return new URL(settings.publicUrl).hostname;
}
