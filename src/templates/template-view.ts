import type { TemplatesTable } from '../db/schema.js';
import { parseVariants } from '../domain/template-variants.js';
import type { Template } from '../shapes/types.js';

/** Maps a templates row to its public shape. */
export function toTemplate(row: TemplatesTable): Template {
  return {
    id: row.id,
    name: row.name,
    audience: row.audience,
    subject: row.subject,
    body: row.body,
    invitable: row.invitable === 1,
    schedulable: row.schedulable === 1,
    variants: parseVariants(row.variants),
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastUsedAt: row.last_used_at,
  };
}
