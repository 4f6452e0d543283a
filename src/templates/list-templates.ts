import { type Selectable, type SelectQueryBuilder, sql } from 'kysely';
import type { Queryable } from '../db/database.js';
import { afterCursor, decodeCursor, encodeCursor } from '../db/pagination.js';
import type { Database, TemplatesTable } from '../db/schema.js';
import { escapeLike } from '../db/search.js';
import { invalid } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Audience, Page, Template } from '../shapes/types.js';
import { toTemplate } from './template-view.js';

export interface ListTemplatesOptions {
  db: Queryable;
  actor: Actor;
  audience?: Audience | undefined;
  /** Type-ahead text: matches anywhere in the name, best matches first. */
  q?: string | undefined;
  /** Only templates carrying the Interview Link token (what Send Invites offers). */
  invitable?: boolean | undefined;
  /** Only templates carrying the Scheduling Link token (what scheduling requests offer). */
  schedulable?: boolean | undefined;
  /** Archived templates are hidden unless asked for. */
  includeArchived?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
}

export const TYPE_AHEAD_LIMIT = 20;

type TemplateQuery = SelectQueryBuilder<Database, 'templates', Selectable<TemplatesTable>>;

/** Templates of an audience, invitable or not, archived hidden unless asked for. */
export function filteredTemplates(
  db: Queryable,
  filters: Pick<ListTemplatesOptions, 'audience' | 'invitable' | 'schedulable' | 'includeArchived'>,
): TemplateQuery {
  let query = db.selectFrom('templates').selectAll();
  if (filters.audience) query = query.where('audience', '=', filters.audience);
  if (!filters.includeArchived) query = query.where('archived', '=', 0);
  if (filters.invitable !== undefined)
    query = query.where('invitable', '=', filters.invitable ? 1 : 0);
  if (filters.schedulable !== undefined)
    query = query.where('schedulable', '=', filters.schedulable ? 1 : 0);
  return query;
}

/** The type-ahead's ordering: exact name, prefix, word prefix, then anywhere in the name. */
export function matchingNames(query: TemplateQuery, q: string, limit: number): TemplateQuery {
  const text = escapeLike(q);
  const rank = sql<number>`case when name_key = ${q} then 0
    when name_key like ${`${text}%`} escape '\\' then 1
    when name_key like ${`% ${text}%`} escape '\\' then 2 else 3 end`;
  return query
    .where(sql<boolean>`name_key like ${`%${text}%`} escape '\\'`)
    .orderBy(rank)
    .orderBy('name_key')
    .orderBy('id')
    .limit(limit);
}

/**
 * Templates by name. With `q` it is the type-ahead: exact name, then names starting with the
 * text, then a word starting with it, then anywhere; at most 20, no further pages.
 */
export async function listTemplates(options: ListTemplatesOptions): Promise<Page<Template>> {
  const { db, actor, audience, invitable, schedulable, includeArchived, cursor } = options;
  assertCan(actor, 'templates:read');
  let query = filteredTemplates(db, { audience, invitable, schedulable, includeArchived });

  const q = options.q?.trim().toLowerCase();
  if (q) {
    const rows = await matchingNames(query, q, Math.min(options.limit, TYPE_AHEAD_LIMIT)).execute();
    return { items: rows.map(toTemplate), nextCursor: null };
  }

  if (cursor) {
    const key = decodeCursor(cursor, 2);
    if (!key) invalid([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
    const [nameKey, id] = key as [string, string];
    query = query.where(afterCursor(['name_key', 'id'], [nameKey, id]));
  }
  const rows = await query
    .orderBy('name_key')
    .orderBy('id')
    .limit(options.limit + 1)
    .execute();
  const items = rows.slice(0, options.limit);
  const last = rows.length > options.limit ? items[items.length - 1] : undefined;
  return {
    items: items.map(toTemplate),
    nextCursor: last ? encodeCursor([last.name_key, last.id]) : null,
  };
}
