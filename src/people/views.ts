import type { CandidatesTable, UsersTable } from '../db/schema.js';
import type { WorkingHours } from '../domain/working-hours.js';
import type { Candidate, User } from '../shapes/types.js';

// Tests name the user type through this module; it is the API schema's (shapes/types.ts).
export type { User };

/** Maps a users row to its public shape. */
export function toUser(row: UsersTable): User {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    timeZone: row.time_zone,
    locale: row.locale,
    role: row.role,
    canSignIn: row.password_hash !== null,
    active: row.deactivated_at === null,
    deactivatedAt: row.deactivated_at,
    workingHours: parseWorkingHours(row.working_hours),
    createdAt: row.created_at,
  };
}

// The column holds what update-user.ts wrote: checked working hours as JSON, or null. Hours
// saved before dates off existed have none.
export function parseWorkingHours(text: string | null): WorkingHours | null {
  if (text === null) return null;
  const hours = JSON.parse(text) as Omit<WorkingHours, 'datesOff'> & Partial<WorkingHours>;
  return { ...hours, datesOff: hours.datesOff ?? [] };
}

/** Maps a candidates row to its public shape. */
export function toCandidate(row: CandidatesTable): Candidate {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    timeZone: row.time_zone,
    locale: row.locale,
    phone: row.phone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
