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
 * the request's. For the page that lists every zone; 404 if the token is unknown.
 */
export async function findSchedulingZone(options: FindSchedulingZoneOptions): Promise<string> {
  const { db, token, timeZone } = options;
  const request = await findRequestByToken(db, token);
  if (!request) throw new AppError('not_found', 'This link is not valid.');
  const candidate = await db
    .selectFrom('candidates')
    .select('time_zone')
    .where('id', '=', request.candidate_id)
    .executeTakeFirst();
  return askedZoneOr(timeZone, candidate?.time_zone ?? request.time_zone);
}
