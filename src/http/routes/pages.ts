import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { brandedSettings, brandLook } from '../../branding/branding-store.js';
import { AppError } from '../../domain/errors.js';
import { type Locale, pickLocale } from '../../domain/i18n/locales.js';
import { answerInvitation } from '../../invites/answer-invitation.js';
import { invitationEvent } from '../../invites/invitation-event.js';
import { openInvitation } from '../../invites/open-invitation.js';
import type { PageBrand } from '../../pages/document.js';
import { renderInvitationNotFound, renderInvitationPage } from '../../pages/invitation-page.js';
import { INVITATION_NOTICES, type InvitationNotice } from '../../pages/invitation-view.js';
import type { Invitation } from '../../shapes/types.js';
import { defaultEmptyBody } from '../schemas.js';
import { INVITATION_RATE_LIMIT } from './invitations.js';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });

/**
 * The recipient's Interview Details page at /i/:token: server-rendered, works without script.
 * GET only shows; Confirm and Decline are POST forms that redirect back (POST/redirect/GET).
 */
export const pageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  const settings = app.mailSettings;
  const policy = app.config.candidateChanges;
  // Public: no sign-in, the token is the credential (and so a small body limit, app.ts).
  const config = { public: true, rateLimit: INVITATION_RATE_LIMIT };

  app.get(
    '/i/:token',
    {
      config,
      schema: {
        hide: true,
        params: TokenParams,
        querystring: Type.Object({ notice: Type.Optional(Type.String({ maxLength: 20 })) }),
      },
    },
    async (request, reply) => {
      const nonce = pageHeaders(reply);
      const notice = INVITATION_NOTICES.find((n) => n === request.query.notice) ?? null;
      try {
        const details = await openInvitation({
          db,
          token: request.params.token,
          settings,
          policy,
          acceptLanguage: request.headers['accept-language'],
        });
        return reply
          .type('text/html; charset=utf-8')
          .send(page(details, request.params.token, nonce, notice));
      } catch (error) {
        return notFoundPage(error, reply, nonce);
      }
    },
  );

  // Add to calendar: the participant's own event as a file. GET only reads.
  app.get(
    '/i/:token/event.ics',
    { config, schema: { hide: true, params: TokenParams } },
    async (request, reply) => {
      const { token } = request.params;
      try {
        const file = await invitationEvent({
          db,
          token,
          settings,
          acceptLanguage: request.headers['accept-language'],
        });
        redirectHeaders(reply);
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="interview.ics"')
          .send(file);
      } catch (error) {
        // Cancelled or over: the page says so, and offers no file.
        if (error instanceof AppError && error.code === 'conflict') {
          redirectHeaders(reply);
          return reply.redirect(`/i/${encodeURIComponent(token)}`, 303);
        }
        return notFoundPage(error, reply, pageHeaders(reply));
      }
    },
  );

  for (const action of ['confirm', 'decline'] as const) {
    app.post(
      `/i/:token/${action}`,
      {
        config,
        preValidation: defaultEmptyBody,
        schema: {
          hide: true,
          params: TokenParams,
          body: Type.Object({ reason: Type.Optional(Type.String({ maxLength: 1000 })) }),
        },
      },
      async (request, reply) => {
        const { token } = request.params;
        redirectHeaders(reply);
        try {
          const result = await answerInvitation({
            db,
            token,
            attendance: action === 'confirm' ? 'confirmed' : 'declined',
            reason: request.body?.reason,
            settings,
          });
          // Only a change can have queued mail (a status notice); a repeat queues nothing.
          if (result.changed) app.outbox.wake();
          const notice: InvitationNotice = result.changed
            ? action === 'confirm'
              ? 'confirmed'
              : 'declined'
            : 'already';
          return reply.redirect(`/i/${encodeURIComponent(token)}?notice=${notice}`, 303);
        } catch (error) {
          // A closed interview answers with the page itself, which says why there are no buttons.
          if (error instanceof AppError && error.code === 'conflict') {
            return reply.redirect(`/i/${encodeURIComponent(token)}`, 303);
          }
          return notFoundPage(error, reply, pageHeaders(reply));
        }
      },
    );
  }
};

function page(
  details: Invitation,
  token: string,
  nonce: string,
  notice: InvitationNotice | null,
): string {
  return renderInvitationPage({ ...details, nonce, token, notice });
}

function notFoundPage(error: unknown, reply: FastifyReply, nonce: string) {
  if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
  return reply
    .status(404)
    .type('text/html; charset=utf-8')
    .send(renderInvitationNotFound(nonce, requestLocale(reply)));
}

/**
 * The language of a recipient page: the person's own locale when the page knows whose it is,
 * else the browser's Accept-Language, else DEFAULT_LOCALE.
 */
export function requestLocale(reply: FastifyReply, own?: string | null): Locale {
  return pickLocale({
    own,
    acceptLanguage: reply.request.headers['accept-language'],
    companyDefault: reply.server.mailSettings.defaultLocale,
  });
}

// Answers to the forms are redirects: no body, so no nonce to draw; never cached, and the token
// never sent on as a referrer.
export function redirectHeaders(reply: FastifyReply): void {
  privateHeaders(reply, "default-src 'none'; frame-ancestors 'none'");
}

function privateHeaders(reply: FastifyReply, contentSecurityPolicy: string): void {
  reply.header('content-security-policy', contentSecurityPolicy);
  reply.header('cache-control', 'no-store');
  // Pages and their JSON twins speak the language the browser asks for.
  reply.header('vary', 'Accept-Language');
  reply.header('referrer-policy', 'no-referrer');
}

// A fresh nonce per response; the page may run only its own inline style and script, and show
// only images of its own server (the company logo, at PUBLIC_URL).
export function pageHeaders(reply: FastifyReply): string {
  const nonce = randomBytes(16).toString('base64');
  const own = new URL(reply.server.config.publicUrl).origin;
  privateHeaders(
    reply,
    `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; img-src 'self' ${own}`,
  );
  return nonce;
}

/** The company's name, logo and accent for a page rendered outside an invitation's view. */
export async function recipientBrand(reply: FastifyReply): Promise<PageBrand> {
  const settings = await brandedSettings(reply.server.database.db, reply.server.mailSettings);
  return { companyName: settings.companyName, brand: brandLook(settings) };
}
