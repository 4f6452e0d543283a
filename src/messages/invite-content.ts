import type { Queryable } from '../db/database.js';
import { AppError, invalid } from '../domain/errors.js';
import type { ParticipantRole } from '../domain/interview-status.js';
import { prepareTemplate } from '../domain/template-prepare.js';
import type { InviteChoice } from '../shapes/types.js';

/** The message one audience gets: the template it came from and the (edited) subject and body. */
export interface InviteContent {
  templateId: string | null;
  subject: string;
  body: string;
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
    const edited = prefixIssues(audience, () =>
      prepareTemplate({ subject: choice.subject ?? row.subject, body: choice.body ?? row.body }),
    );
    if (!edited.invitable) {
      invalid([{ field: `${audience}.body`, message: 'must keep the {{ interview.link }} token' }]);
    }
    return { templateId: row.id, subject: edited.subject, body: edited.body };
  };
  return { candidate: await resolve('candidate'), interviewer: await resolve('interviewer') };
}

// Template issues name `subject`/`body`; in Send Invites they belong to `candidate.` or `interviewer.`.
function prefixIssues<T>(audience: ParticipantRole, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'validation_error') throw error;
    const details = error.details as { issues?: Array<{ field: string }> } | undefined;
    const issues = (details?.issues ?? []).map((i) => ({ ...i, field: `${audience}.${i.field}` }));
    throw new AppError('validation_error', `${audience} message: ${error.message}`, { issues });
  }
}

/** Reads the contents stored with an interview at its last send. */
export function parseInviteContents(stored: string | null): InviteContents | undefined {
  return stored ? (JSON.parse(stored) as InviteContents) : undefined;
}
