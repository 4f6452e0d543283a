import type { RootDb } from '../db/database.js';
import { toDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import {
  isBookable,
  pageOfTimes,
  type SchedulingStatus,
  schedulingStatus,
  shortZoneList,
  type TimesPage,
} from '../domain/scheduling-rules.js';
import { askedZoneOr } from '../domain/time-zones.js';
import { requestSlots } from './request-slots.js';
import { findRequestByToken } from './scheduling-view.js';

export interface OpenSchedulingPageOptions {
  db: RootDb;
  token: string;
  /** The zone asked for (`?tz=`); ignored unless it is an IANA zone. */
  timeZone?: string | undefined;
  /** Records the first opening (a GET of the page does; a refused booking's page does not). */
  markOpened: boolean;
  /** Show the times after this instant (`?after=`, ISO 8601): the page's "Later times". */
  after?: string | undefined;
  now?: Date;
}

/** What the candidate's scheduling page shows. */
export interface SchedulingPageView extends TimesPage {
  title: string;
  durationMinutes: number;
  location: string | null;
  meetingUrl: string | null;
  candidateName: string;
  /** The candidate's own locale, if they have one: the page's language before the browser's. */
  candidateLocale: string | null;
  status: SchedulingStatus;
  /** The zone times are shown in: asked for, else the candidate's, else the request's. */
  timeZone: string;
  /** The zones the page's short list offers: the one shown, the candidate's, the request's. */
  zoneChoices: string[];
}

/**
 * The candidate's scheduling page (`/s/<token>`): the request and the times free now. The first
 * opening moves `sent` to `opened`, a note for the coordinator like the Interview Link's opens
 * (mail scanners may cause it too; ADR 015); nothing a candidate can book changes. 404 if the
 * token is unknown.
 */
export async function openSchedulingPage(
  options: OpenSchedulingPageOptions,
): Promise<SchedulingPageView> {
  const { db, token, now = new Date() } = options;
  const request = await findRequestByToken(db, token);
  if (!request) throw new AppError('not_found', 'This link is not valid.');
  const candidate = await db
    .selectFrom('candidates')
    .select(['first_name', 'last_name', 'time_zone', 'locale'])
    .where('id', '=', request.candidate_id)
    .executeTakeFirstOrThrow();
  const status = schedulingStatus(request.status, request.expires_at, now);
  if (options.markOpened && status === 'sent') {
    const stamp = toDbTime(now);
    await db
      .updateTable('scheduling_requests')
      .set({ status: 'opened', opened_at: stamp, updated_at: stamp })
      .where('id', '=', request.id)
      .where('status', '=', 'sent')
      .execute();
  }
  const timeZone = askedZoneOr(options.timeZone, candidate.time_zone ?? request.time_zone);
  const free = isBookable(status) ? await requestSlots(db, request, now) : [];
  return {
    title: request.title,
    durationMinutes: request.duration_minutes,
    location: request.location,
    meetingUrl: request.meeting_url,
    candidateName: candidate.first_name,
    candidateLocale: candidate.locale,
    status: status === 'sent' && options.markOpened ? 'opened' : status,
    timeZone,
    ...pageOfTimes(free, options.after),
    zoneChoices: shortZoneList(timeZone, candidate.time_zone ?? timeZone, request.time_zone),
  };
}
