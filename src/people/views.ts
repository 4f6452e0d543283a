import type { CandidatesTable, UsersTable } from '../db/schema.js';
import type { Role } from '../domain/permissions.js';

/** A user as the API shows it: never the password hash. */
export interface User {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  role: Role;
  canSignIn: boolean;
  /** False once an admin has deactivated the user: no sign-in, sessions or keys. */
  active: boolean;
  deactivatedAt: string | null;
  createdAt: string;
}

export interface Candidate {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  timeZone: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Maps a users row to its public shape. */
export function toUser(row: UsersTable): User {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    timeZone: row.time_zone,
    role: row.role,
    canSignIn: row.password_hash !== null,
    active: row.deactivated_at === null,
    deactivatedAt: row.deactivated_at,
    createdAt: row.created_at,
  };
}

/** Maps a candidates row to its public shape. */
export function toCandidate(row: CandidatesTable): Candidate {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    timeZone: row.time_zone,
    phone: row.phone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
