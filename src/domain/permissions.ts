import { AppError } from './errors.js';

export const ROLES = ['admin', 'coordinator', 'interviewer'] as const;
export type Role = (typeof ROLES)[number];

/** What a signed-in person or API key may do; checked by use cases, never by routes alone. */
export type Permission =
  | 'users:read'
  | 'users:write'
  | 'candidates:read'
  | 'candidates:write'
  | 'templates:read'
  | 'templates:write'
  | 'interviews:read'
  | 'interviews:write'
  | 'api_keys:manage'
  /** Other people's access: their sessions and API keys (one's own need no permission). */
  | 'access:manage'
  | 'webhooks:manage'
  /** The company's name, logo and accent colour on recipient pages and emails. */
  | 'branding:write';

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set<Permission>([
    'users:read',
    'users:write',
    'candidates:read',
    'candidates:write',
    'templates:read',
    'templates:write',
    'interviews:read',
    'interviews:write',
    'api_keys:manage',
    'access:manage',
    'webhooks:manage',
    'branding:write',
  ]),
  coordinator: new Set<Permission>([
    'users:read',
    'candidates:read',
    'candidates:write',
    'templates:read',
    'templates:write',
    'interviews:read',
    'interviews:write',
    'api_keys:manage',
  ]),
  interviewer: new Set<Permission>(['users:read', 'candidates:read', 'interviews:read']),
};

/** The caller of a use case: a signed-in user, directly or through one of their API keys. */
export interface Actor {
  userId: string;
  role: Role;
  name: string;
  email: string;
}

/** True when the role holds the permission. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].has(permission);
}

/** Throws 403 unless the actor holds the permission. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new AppError('forbidden', `Your role (${actor.role}) may not do this (${permission}).`);
  }
}
