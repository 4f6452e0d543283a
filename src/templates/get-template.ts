import type { Queryable } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Template } from '../shapes/types.js';
import { toTemplate } from './template-view.js';

export interface GetTemplateOptions {
  db: Queryable;
  actor: Actor;
  id: string;
}

/** One template (archived ones too), or 404. */
export async function getTemplate({ db, actor, id }: GetTemplateOptions): Promise<Template> {
  assertCan(actor, 'templates:read');
  const row = await db.selectFrom('templates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `No template with id ${id}.`);
  return toTemplate(row);
}
