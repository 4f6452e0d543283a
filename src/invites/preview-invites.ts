import type { Queryable } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { resolveInviteContents, wordingFor } from '../messages/invite-content.js';
import { loadMessageContext } from '../messages/message-context.js';
import { participantTranslator, renderMessage } from '../messages/render-message.js';
import type { InviteChoice, InvitePreview } from '../shapes/types.js';

export interface PreviewInvitesOptions {
  db: Queryable;
  actor: Actor;
  interviewId: string;
  candidate: InviteChoice;
  interviewer: InviteChoice;
  settings: MailSettings;
}

/** The text of every personal link in a preview: the real one is made when sending. */
export const PREVIEW_TOKEN = 'your-personal-link';

/**
 * Exactly what each participant would receive, rendered by the same code as the send, without
 * writing anything. Only the personal link is a placeholder.
 */
export async function previewInvites(options: PreviewInvitesOptions): Promise<InvitePreview[]> {
  const { db, actor, interviewId, settings } = options;
  assertCan(actor, 'interviews:write');
  const interview = await db
    .selectFrom('interviews')
    .selectAll()
    .where('id', '=', interviewId)
    .executeTakeFirst();
  if (!interview) throw new AppError('not_found', `No interview with id ${interviewId}.`);
  const contents = await resolveInviteContents(db, {
    candidate: options.candidate,
    interviewer: options.interviewer,
  });
  const context = await loadMessageContext(db, interview, actor, settings);
  const link = `${settings.publicUrl}/i/${PREVIEW_TOKEN}`;
  return context.participants.map((p) => {
    // Each recipient sees their own language: the template's variant for it, else its default.
    const { locale } = participantTranslator(p, settings);
    return {
      participantId: p.id,
      role: p.role,
      name: p.name,
      email: p.email,
      timeZone: p.time_zone ?? interview.time_zone,
      locale,
      ...renderMessage(context, p, wordingFor(contents[p.role], locale), link),
    };
  });
}
