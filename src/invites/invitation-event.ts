import type { Queryable } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { pickLocale } from '../domain/i18n/locales.js';
import { translator } from '../domain/i18n/translate.js';
import { buildCalendarFile } from '../domain/meeting-request.js';
import { assertOpenInterview } from '../interviews/assert-open.js';
import { type MailSettings, sender } from '../mail/mail-settings.js';
import { lastSentSequence } from '../messages/message-context.js';
import { invitationLink } from '../messages/participant-tokens.js';
import { findInviteeByToken } from './token-queries.js';

export interface InvitationEventOptions {
  db: Queryable;
  /** The token of the participant's link. */
  token: string;
  settings: MailSettings;
  /** The browser's Accept-Language: the language of the event's description line. */
  acceptLanguage?: string | undefined;
  now?: Date;
}

/**
 * "Add to calendar" from the Interview Link: the participant's own event as an iCalendar file,
 * with the UID and SEQUENCE of what they were last sent, so adding it to a calendar that has
 * the invite updates that event. Its description links back to their page. Reading it changes
 * nothing. 404 for an unknown link, 409 once the interview is cancelled or over.
 */
export async function invitationEvent(options: InvitationEventOptions): Promise<string> {
  const { db, token, settings, now = new Date() } = options;
  const invitee = await findInviteeByToken(db, token);
  if (!invitee) throw new AppError('not_found', 'This link is not valid.');
  const { participant, interview } = invitee;
  assertOpenInterview(interview, now);
  const t = translator(
    pickLocale({
      own: participant.locale,
      acceptLanguage: options.acceptLanguage,
      companyDefault: settings.defaultLocale,
    }),
  );
  const link = invitationLink(settings.publicUrl, token);
  return buildCalendarFile({
    uid: participant.calendar_uid,
    sequence: (await lastSentSequence(db, participant.id)) ?? 0,
    stamp: now,
    startsAt: new Date(interview.starts_at),
    endsAt: new Date(interview.ends_at),
    summary: interview.title,
    description: `${t.text('details.heading')}: ${link}`,
    location: interview.location,
    url: interview.meeting_url,
    organizer: sender(settings),
  });
}
