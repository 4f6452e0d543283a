import type { Queryable } from '../db/database.js';
import { nowDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Template } from '../shapes/types.js';
import { toTemplate } from './template-view.js';

export interface DeleteTemplateOptions {
  db: Queryable;
  actor: Actor;
  id: string;
}

/** What deleting did: a never-used template is removed; a used one is archived instead. */
export type DeleteTemplateResult = { deleted: true } | { deleted: false; template: Template };

/** Deletes a template, or archives it when invites were sent with it (the history keeps it). */
export async function deleteTemplate(
  options: DeleteTemplateOptions,
): Promise<DeleteTemplateResult> {
  const { db, actor, id } = options;
  assertCan(actor, 'templates:write');
  const row = await db.selectFrom('templates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `No template with id ${id}.`);
  if (row.last_used_at === null) {
    await db.deleteFrom('templates').where('id', '=', id).execute();
    return { deleted: true };
  }
  const archived = await db
    .updateTable('templates')
    .set({ archived: 1, updated_at: nowDbTime() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  // Deleted by someone else since it was read.
  if (!archived) throw new AppError('not_found', `No template with id ${id}.`);
  return { deleted: false, template: toTemplate(archived) };
}
