import type { TemplatesTable } from '../db/schema.js';

export type Audience = TemplatesTable['audience'];

/** A communication template as the API shows it. */
export interface Template {
  id: string;
  name: string;
  audience: Audience;
  subject: string;
  body: string;
  /** Holds the Interview Link token, so Send Invites offers it. */
  invitable: boolean;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  lastUsedAt: string | null;
}

/** Maps a templates row to its public shape. */
export function toTemplate(row: TemplatesTable): Template {
  return {
    id: row.id,
    name: row.name,
    audience: row.audience,
    subject: row.subject,
    body: row.body,
    invitable: row.invitable === 1,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastUsedAt: row.last_used_at,
  };
}
