import type { Queryable } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { askedZoneOr } from '../domain/time-zones.js';
import { findRequestByToken } from './scheduling-view.js';

export interface FindSchedulingZoneOptions {
  db: Queryable;
  token: string;
  /** The zone asked for (`?tz=`); ignored unless it is an IANA zone. */
  timeZone?: string | undefined;
}

/**
 * The zone a scheduling page shows its times in: the one asked for, else the candidate's, else
 * the request's, and the candidate's own locale. For the page that lists every zone; 404 if the
 * token is unknown.
 */
export async function findSchedulingZone(
  options: FindSchedulingZoneOptions,
): Promise<{ timeZone: string; candidateLocale: string | null }> {
  const { db, token, timeZone } = options;
  const request = await findRequestByToken(db, token);
  if (!request) throw new AppError('not_found', 'This link is not valid.');
  const candidate = await db
    .selectFrom('candidates')
    .select(['time_zone', 'locale'])
    .where('id', '=', request.candidate_id)
    .executeTakeFirst();
  return {
    timeZone: askedZoneOr(timeZone, candidate?.time_zone ?? request.time_zone),
    candidateLocale: candidate?.locale ?? null,
  };
}
