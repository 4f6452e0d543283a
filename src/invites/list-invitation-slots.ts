import type { RootDb } from '../db/database.js';
import type { CandidateChangePolicy } from '../domain/candidate-changes.js';
import { AppError } from '../domain/errors.js';
import {
  PAGE_TIMES,
  pageOfTimes,
  shortZoneList,
  type TimesPage,
} from '../domain/scheduling-rules.js';
import { askedZoneOr } from '../domain/time-zones.js';
import type { MailSettings } from '../mail/mail-settings.js';
import type { Invitation } from '../shapes/types.js';
import { assertCandidateChange } from './assert-candidate-change.js';
import { invitationDetails } from './invitation-details.js';
import { panelOf, rescheduleSlots } from './reschedule-slots.js';
import { findInviteeByToken } from './token-queries.js';

export interface ListInvitationSlotsOptions {
  db: RootDb;
  /** The candidate's Interview Link token. */
  token: string;
  /** The zone asked for (`?tz=`); ignored unless it is an IANA zone. */
  timeZone?: string | undefined;
  /**
   * A page of times for the candidate's page: those after `after` (`?after=`, ISO 8601), at most
   * PAGE_TIMES. Left out, every time (the JSON twin).
   */
  page?: { after?: string | undefined } | undefined;
  policy: CandidateChangePolicy;
  settings: MailSettings;
  /** The browser's Accept-Language, for the language of the view (pages and their JSON twins). */
  acceptLanguage?: string | undefined;
  now?: Date;
}

/** The candidate's interview and the times they may move it to. */
export interface InvitationSlotsView extends TimesPage {
  invitation: Invitation;
  durationMinutes: number;
  /** The zone to show them in: asked for, else the one the candidate's page uses. */
  timeZone: string;
  /** The zones the page's short list offers: the one shown, the candidate's, the interview's. */
  zoneChoices: string[];
}

/**
 * The times a candidate may move their interview to (ADR 016), read now; nothing changes (not
 * even the open log: the Interview Link page notes that). 404 for an unknown token, 403 for an
 * interviewer's, 409 when the policy no longer allows a move.
 */
export async function listInvitationSlots(
  options: ListInvitationSlotsOptions,
): Promise<InvitationSlotsView> {
  const { db, token, policy, settings, now = new Date() } = options;
  const found = await findInviteeByToken(db, token);
  if (!found) throw new AppError('not_found', 'This link is not valid.');
  const { participant, interview } = found;
  assertCandidateChange({ kind: 'reschedule', participant, interview, policy, now });
  const interviewerIds = await panelOf(db, interview.id);
  const invitation = await invitationDetails({
    db,
    ...found,
    settings,
    policy,
    now,
    acceptLanguage: options.acceptLanguage,
  });
  const timeZone = askedZoneOr(options.timeZone, invitation.when.timeZone);
  const free = await rescheduleSlots(db, { interview, interviewerIds, policy, now });
  return {
    invitation,
    durationMinutes: interview.duration_minutes,
    // The JSON twin asks for no page: every time, in one.
    ...pageOfTimes(free, options.page?.after, options.page ? PAGE_TIMES : free.length),
    timeZone,
    zoneChoices: shortZoneList(timeZone, invitation.when.timeZone, interview.time_zone),
  };
}
