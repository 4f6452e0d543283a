import type { Queryable } from '../db/database.js';
import type { TemplatesTable } from '../db/schema.js';
import { nowDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import type { Wording } from '../domain/i18n/email-wording.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { parseVariants } from '../domain/template-variants.js';
import type { Audience, Template } from '../shapes/types.js';
import { prepareStoredTemplate } from './prepare-template.js';
import { toTemplate } from './template-view.js';

export interface UpdateTemplateOptions {
  db: Queryable;
  actor: Actor;
  id: string;
  changes: {
    name?: string | undefined;
    audience?: Audience | undefined;
    subject?: string | undefined;
    body?: string | undefined;
    /** Written whole: the languages left out are removed. */
    variants?: Readonly<Record<string, Wording | undefined>> | undefined;
    archived?: boolean | undefined;
  };
}

/** Edits a template; the whole result is validated again, so a bad edit changes nothing. */
export async function updateTemplate(options: UpdateTemplateOptions): Promise<Template> {
  const { db, actor, id, changes } = options;
  assertCan(actor, 'templates:write');
  const current = await db
    .selectFrom('templates')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!current) throw new AppError('not_found', `No template with id ${id}.`);
  const prepared = prepareStoredTemplate({
    name: changes.name ?? current.name,
    subject: changes.subject ?? current.subject,
    body: changes.body ?? current.body,
    variants: changes.variants ?? parseVariants(current.variants),
  });
  const set: Partial<TemplatesTable> = {
    name: prepared.name,
    name_key: prepared.nameKey,
    subject: prepared.subject,
    body: prepared.body,
    invitable: prepared.invitable ? 1 : 0,
    schedulable: prepared.schedulable ? 1 : 0,
    variants: JSON.stringify(prepared.variants),
    updated_at: nowDbTime(),
  };
  if (changes.audience !== undefined) set.audience = changes.audience;
  if (changes.archived !== undefined) set.archived = changes.archived ? 1 : 0;
  const row = await db
    .updateTable('templates')
    .set(set)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  // Deleted by someone else since it was read.
  if (!row) throw new AppError('not_found', `No template with id ${id}.`);
  return toTemplate(row);
}
