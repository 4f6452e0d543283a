import type { Queryable } from '../db/database.js';
import { assertPeople, parseWindow } from '../domain/availability-rules.js';
import { type Actor, assertCan, can } from '../domain/permissions.js';
import type { Availability } from '../shapes/types.js';
import { busyOf, loadPersonTimes } from './busy-times.js';

export interface GetAvailabilityOptions {
  db: Queryable;
  actor: Actor;
  userIds: string[];
  from: string;
  to: string;
}

/**
 * Each person's busy times in a window, with where each comes from (DESIGN §9). Coordinators and
 * admins ask about anyone; an interviewer about themselves only.
 */
export async function getAvailability(options: GetAvailabilityOptions): Promise<Availability> {
  const { db, actor, userIds } = options;
  assertCan(actor, 'interviews:read');
  assertPeople('userIds', userIds);
  if (!can(actor.role, 'interviews:write') && userIds.some((id) => id !== actor.userId)) {
    assertCan(actor, 'interviews:write');
  }
  const { from, to } = parseWindow(options.from, options.to);
  const people = await loadPersonTimes(db, { userIds, from, to });
  return {
    users: people.map((person) => ({
      userId: person.userId,
      busy: busyOf(person, from, to).map((b) => ({
        start: iso(b.start),
        end: iso(b.end),
        source: b.source,
      })),
    })),
  };
}

/** An API time (ISO 8601 UTC) from epoch milliseconds. */
export function iso(ms: number): string {
  return new Date(ms).toISOString(); // not stored
}
