import type { RootDb } from '../db/database.js';
import { AppError, invalid } from '../domain/errors.js';
import { assertOpenInterview } from '../interviews/assert-open.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { type ProposedTimes, proposeTimes } from './propose-times.js';
import { findInviteeByToken } from './token-queries.js';

export interface ProposeByLinkOptions {
  db: RootDb;
  /** The token of the participant's link. */
  token: string;
  /** Up to three start times (epoch ms); each lasts as long as the interview. */
  starts: number[];
  comment?: string | null | undefined;
  settings: MailSettings;
  now?: Date;
}

/**
 * "Not then" from the Interview Link (DESIGN §6): the participant declines the invite's time and
 * proposes up to three others, each as long as the interview, exactly as a calendar's Propose
 * new time is recorded (proposeTimes). 404 for an unknown link, 409 once the interview closed,
 * 400 naming `times.N` for a time in the past or repeated.
 */
export async function proposeByLink(options: ProposeByLinkOptions): Promise<ProposedTimes> {
  const { db, token, starts, settings, now = new Date() } = options;
  const invitee = await findInviteeByToken(db, token);
  if (!invitee) throw new AppError('not_found', 'This link is not valid.');
  assertOpenInterview(invitee.interview, now);
  if (starts.length === 0) invalid([{ field: 'times', message: 'must hold at least one time' }]);
  const length = invitee.interview.duration_minutes * 60_000;
  return proposeTimes({
    db,
    participant: invitee.participant,
    times: starts.map((start) => ({ start, end: start + length })),
    comment: options.comment ?? null,
    via: 'page',
    settings,
    now,
  });
}
