import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../domain/errors.js';
import { renderInvitationNotFound } from '../../pages/invitation-page.js';
import { renderSchedulingPage, renderZonePage } from '../../pages/scheduling-page.js';
import { bookSchedulingSlot } from '../../scheduling/book-scheduling-slot.js';
import { findSchedulingZone } from '../../scheduling/find-scheduling-zone.js';
import { openSchedulingPage } from '../../scheduling/open-scheduling-page.js';
import { INVITATION_RATE_LIMIT } from './invitations.js';
import { pageHeaders, recipientBrand, redirectHeaders, requestLocale } from './pages.js';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });

/**
 * The candidate's scheduling page at /s/:token (DESIGN §9): server-rendered, works without
 * script. Booking is a POST form that redirects to the new interview's Interview Link page
 * (POST/redirect/GET); a time taken meanwhile answers 409 with the times free now.
 */
export const schedulingPageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  const settings = app.mailSettings;
  // Public: no sign-in, the token is the credential (as for /i/:token).
  const config = { public: true, rateLimit: INVITATION_RATE_LIMIT };

  const show = async (
    reply: FastifyReply,
    token: string,
    options: {
      timeZone?: string | undefined;
      after?: string | undefined;
      markOpened: boolean;
      taken?: boolean;
      problem?: boolean;
    },
  ) => {
    const nonce = pageHeaders(reply);
    try {
      const view = await openSchedulingPage({ db, token, ...options });
      return reply.type('text/html; charset=utf-8').send(
        renderSchedulingPage({
          ...view,
          nonce,
          token,
          ...(await recipientBrand(reply)),
          locale: requestLocale(reply, view.candidateLocale),
          taken: options.taken,
          problem: options.problem,
        }),
      );
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
      return reply
        .status(404)
        .type('text/html; charset=utf-8')
        .send(renderInvitationNotFound(nonce, requestLocale(reply)));
    }
  };

  app.get(
    '/s/:token',
    {
      config,
      schema: {
        hide: true,
        params: TokenParams,
        querystring: Type.Object({
          tz: Type.Optional(Type.String({ maxLength: 100 })),
          after: Type.Optional(Type.String({ maxLength: 40 })),
        }),
      },
    },
    async (request, reply) =>
      show(reply, request.params.token, {
        timeZone: request.query.tz,
        after: request.query.after,
        markOpened: true,
      }),
  );

  // Every zone, on a page of its own: the times page offers only a short list (≤ 30 KB).
  app.get(
    '/s/:token/zone',
    {
      config,
      schema: {
        hide: true,
        params: TokenParams,
        querystring: Type.Object({ tz: Type.Optional(Type.String({ maxLength: 100 })) }),
      },
    },
    async (request, reply) => {
      const nonce = pageHeaders(reply);
      const { token } = request.params;
      try {
        const { timeZone, candidateLocale } = await findSchedulingZone({
          db,
          token,
          timeZone: request.query.tz,
        });
        const locale = requestLocale(reply, candidateLocale);
        const brand = await recipientBrand(reply);
        return reply
          .type('text/html; charset=utf-8')
          .send(renderZonePage({ nonce, token, ...brand, timeZone, locale }));
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
        return reply
          .status(404)
          .type('text/html; charset=utf-8')
          .send(renderInvitationNotFound(nonce, requestLocale(reply)));
      }
    },
  );

  app.post(
    '/s/:token/book',
    {
      config,
      schema: {
        hide: true,
        params: TokenParams,
        body: Type.Object({ startsAt: Type.String({ maxLength: 40 }) }),
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      try {
        const booked = await bookSchedulingSlot({
          db,
          token,
          startsAt: request.body.startsAt,
          settings,
        });
        app.outbox.wake();
        redirectHeaders(reply);
        return reply.redirect(`/i/${encodeURIComponent(booked.participantToken)}`, 303);
      } catch (error) {
        // An unknown token shows the 404 page; a refused booking (the time taken, the request
        // closed, or the panel no longer possible) shows the page as it is now, with 409.
        if (!(error instanceof AppError)) throw error;
        if (error.code !== 'not_found') reply.status(409);
        const reason = (error.details as { reason?: string } | undefined)?.reason;
        const refusal = error.code === 'conflict' ? reason : 'problem';
        return show(reply, token, {
          markOpened: false,
          taken: refusal === 'taken',
          problem: refusal === 'problem',
        });
      }
    },
  );
};
