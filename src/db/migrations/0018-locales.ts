import type { Kysely } from 'kysely';

/**
 * Each recipient's language (issue 17): an optional BCP 47 locale on candidates and users,
 * copied to the participant when an interview is created (as the time zone is), so the emails
 * and the Interview Link page of that interview speak it. Null: the browser's Accept-Language on
 * pages, else DEFAULT_LOCALE. A template holds its wording in other languages as JSON, one
 * `{ subject, body }` per shipped locale; Send Invites picks each recipient's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['candidates', 'users', 'participants']) {
    await db.schema.alterTable(table).addColumn('locale', 'text').execute();
  }
  await db.schema
    .alterTable('templates')
    .addColumn('variants', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('templates').dropColumn('variants').execute();
  for (const table of ['participants', 'users', 'candidates']) {
    await db.schema.alterTable(table).dropColumn('locale').execute();
  }
}
