import type { Queryable } from '../db/database.js';
import { invalid, withFieldPrefix } from '../domain/errors.js';
import type { Wording } from '../domain/i18n/email-wording.js';
import type { Locale } from '../domain/i18n/locales.js';
import type { ParticipantRole } from '../domain/interview-status.js';
import { prepareTemplate } from '../domain/template-prepare.js';
import { parseVariants, type TemplateVariants } from '../domain/template-variants.js';
import type { InviteChoice } from '../shapes/types.js';

/**
 * The message one audience gets: the template it came from, the (edited) subject and body, and
 * the template's wording in other languages, for recipients who read one of them.
 */
export interface InviteContent {
  templateId: string | null;
  subject: string;
  body: string;
  variants?: TemplateVariants | undefined;
}

/** The wording a recipient reading `locale` gets: the template's variant for it, else its default. */
export function wordingFor(content: InviteContent, locale: Locale): Wording {
  return content.variants?.[locale] ?? content;
}

export type InviteContents = Record<ParticipantRole, InviteContent>;

/**
 * Turns the chosen templates (and edits) into what will be sent: each must exist, be
 * unarchived, of the right audience and invitable, and an edit must keep the Interview Link.
 */
export async function resolveInviteContents(
  db: Queryable,
  choices: Record<ParticipantRole, InviteChoice>,
): Promise<InviteContents> {
  const resolve = async (audience: ParticipantRole): Promise<InviteContent> => {
    const choice = choices[audience];
    const row = await db
      .selectFrom('templates')
      .selectAll()
      .where('id', '=', choice.templateId)
      .executeTakeFirst();
    const field = `${audience}.templateId`;
    if (!row) invalid([{ field, message: `no template with id ${choice.templateId}` }]);
    if (row.audience !== audience)
      invalid([{ field, message: `is a ${row.audience} template, not a ${audience} one` }]);
    if (row.archived) invalid([{ field, message: 'is archived' }]);
    if (!row.invitable)
      invalid([{ field, message: 'has no {{ interview.link }} token, so it cannot invite' }]);
    const edited = withFieldPrefix(
      audience,
      () =>
        prepareTemplate({ subject: choice.subject ?? row.subject, body: choice.body ?? row.body }),
      `${audience} message`,
    );
    if (!edited.invitable) {
      invalid([{ field: `${audience}.body`, message: 'must keep the {{ interview.link }} token' }]);
    }
    return {
      templateId: row.id,
      subject: edited.subject,
      body: edited.body,
      variants: parseVariants(row.variants),
    };
  };
  return { candidate: await resolve('candidate'), interviewer: await resolve('interviewer') };
}

/** Reads the contents stored with an interview at its last send. */
export function parseInviteContents(stored: string | null): InviteContents | undefined {
  return stored ? (JSON.parse(stored) as InviteContents) : undefined;
}
