import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { nowDbTime } from '../db/time.js';
import type { Wording } from '../domain/i18n/email-wording.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Audience, Template } from '../shapes/types.js';
import { prepareStoredTemplate } from './prepare-template.js';
import { toTemplate } from './template-view.js';

export interface CreateTemplateOptions {
  db: Queryable;
  /** Undefined only when Convene seeds its default templates. */
  actor: Actor | undefined;
  name: string;
  audience: Audience;
  subject: string;
  body: string;
  /** The wording in other languages, by locale (fr, de…). */
  variants?: Readonly<Record<string, Wording | undefined>> | undefined;
}

/** Saves a new template after validating its tokens and sanitizing its HTML. */
export async function createTemplate(options: CreateTemplateOptions): Promise<Template> {
  const { db, actor, audience } = options;
  if (actor) assertCan(actor, 'templates:write');
  const prepared = prepareStoredTemplate(options);
  const now = nowDbTime();
  const row = {
    id: randomUUID(),
    name: prepared.name,
    name_key: prepared.nameKey,
    audience,
    subject: prepared.subject,
    body: prepared.body,
    invitable: prepared.invitable ? 1 : 0,
    schedulable: prepared.schedulable ? 1 : 0,
    variants: JSON.stringify(prepared.variants),
    archived: 0,
    created_by: actor?.userId ?? null,
    created_at: now,
    updated_at: now,
    last_used_at: null,
  };
  await db.insertInto('templates').values(row).execute();
  return toTemplate(row);
}
