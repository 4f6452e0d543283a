import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../domain/errors.js';
import { cancelInvitation } from '../../invites/cancel-invitation.js';
import { checkInvitationChange } from '../../invites/check-invitation-change.js';
import { listInvitationSlots } from '../../invites/list-invitation-slots.js';
import { rescheduleInvitation } from '../../invites/reschedule-invitation.js';
import { renderCancelPage } from '../../pages/cancel-page.js';
import { renderInvitationNotFound } from '../../pages/invitation-page.js';
import type { InvitationNotice } from '../../pages/invitation-view.js';
import { renderReschedulePage, renderRescheduleZonePage } from '../../pages/reschedule-page.js';
import { INVITATION_RATE_LIMIT } from './invitations.js';
import { pageHeaders, redirectHeaders, requestLocale } from './pages.js';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
const HTML = 'text/html; charset=utf-8';

/**
 * The candidate's own change pages beside their Interview Link page (ADR 016): server-rendered,
 * working without script. GET shows (times to move to; the cancel's confirm step) and changes
 * nothing; the POST forms redirect back to /i/:token with a notice (POST/redirect/GET). A time
 * taken meanwhile answers 409 with the times free now; a change the policy no longer allows
 * goes back to the Interview Details page, which says why; an interviewer's link finds nothing.
 */
export const changePageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  const settings = app.mailSettings;
  const policy = app.config.candidateChanges;
  // Public: no sign-in, the token is the credential (as for /i/:token).
  const config = { public: true, rateLimit: INVITATION_RATE_LIMIT };
  const back = (reply: FastifyReply, token: string, notice?: InvitationNotice) => {
    redirectHeaders(reply);
    const query = notice ? `?notice=${notice}` : '';
    return reply.redirect(`/i/${encodeURIComponent(token)}${query}`, 303);
  };
  // Unknown token or an interviewer's: the not-found page. Not allowed (any more): the page.
  const refused = (error: unknown, reply: FastifyReply, token: string, nonce: string) => {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'conflict') return back(reply, token);
    if (error.code !== 'not_found' && error.code !== 'forbidden') throw error;
    return reply
      .status(404)
      .type(HTML)
      .send(renderInvitationNotFound(nonce, requestLocale(reply)));
  };

  const showTimes = async (
    reply: FastifyReply,
    token: string,
    options: { timeZone?: string | undefined; after?: string | undefined; taken?: boolean },
  ) => {
    const nonce = pageHeaders(reply);
    try {
      const { timeZone, after } = options;
      const page = { after };
      const view = await listInvitationSlots({
        db,
        token,
        policy,
        settings,
        timeZone,
        page,
        acceptLanguage: reply.request.headers['accept-language'],
      });
      return reply
        .type(HTML)
        .send(renderReschedulePage({ ...view, nonce, token, taken: options.taken }));
    } catch (error) {
      return refused(error, reply, token, nonce);
    }
  };

  app.get(
    '/i/:token/reschedule',
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
      showTimes(reply, request.params.token, {
        timeZone: request.query.tz,
        after: request.query.after,
      }),
  );

  // Every zone, on a page of its own: the times page offers only a short list (≤ 30 KB).
  app.get(
    '/i/:token/reschedule/zone',
    {
      config,
      schema: {
        hide: true,
        params: TokenParams,
        querystring: Type.Object({ tz: Type.Optional(Type.String({ maxLength: 100 })) }),
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      const nonce = pageHeaders(reply);
      try {
        const { invitation, timeZone } = await checkInvitationChange({
          db,
          token,
          kind: 'reschedule',
          timeZone: request.query.tz,
          policy,
          settings,
          acceptLanguage: request.headers['accept-language'],
        });
        const { companyName, brand, locale } = invitation;
        return reply
          .type(HTML)
          .send(renderRescheduleZonePage({ nonce, token, companyName, brand, timeZone, locale }));
      } catch (error) {
        return refused(error, reply, token, nonce);
      }
    },
  );

  app.post(
    '/i/:token/reschedule',
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
        await rescheduleInvitation({
          db,
          token,
          startsAt: request.body.startsAt,
          policy,
          settings,
          acceptLanguage: request.headers['accept-language'],
        });
        app.outbox.wake();
        return back(reply, token, 'rescheduled');
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const reason = (error.details as { reason?: string } | undefined)?.reason;
        if (error.code === 'validation_error' || reason === 'taken') {
          reply.status(error.code === 'conflict' ? 409 : 400);
          return showTimes(reply, token, { taken: reason === 'taken' });
        }
        return refused(error, reply, token, pageHeaders(reply));
      }
    },
  );

  app.get(
    '/i/:token/cancel',
    { config, schema: { hide: true, params: TokenParams } },
    async (request, reply) => {
      const { token } = request.params;
      const nonce = pageHeaders(reply);
      try {
        const { invitation } = await checkInvitationChange({
          db,
          token,
          kind: 'cancel',
          policy,
          settings,
          acceptLanguage: request.headers['accept-language'],
        });
        return reply.type(HTML).send(renderCancelPage({ invitation, nonce, token }));
      } catch (error) {
        return refused(error, reply, token, nonce);
      }
    },
  );

  app.post(
    '/i/:token/cancel',
    {
      config,
      schema: {
        hide: true,
        params: TokenParams,
        // Longer than allowed, so the use case refuses it with a page that keeps the text.
        body: Type.Object({ reason: Type.Optional(Type.String({ maxLength: 4000 })) }),
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      const reason = request.body.reason ?? '';
      try {
        await cancelInvitation({
          db,
          token,
          reason,
          policy,
          settings,
          acceptLanguage: request.headers['accept-language'],
        });
        app.outbox.wake();
        return back(reply, token, 'cancelled');
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'validation_error') {
          return refused(error, reply, token, pageHeaders(reply));
        }
        const nonce = pageHeaders(reply);
        try {
          const { invitation } = await checkInvitationChange({
            db,
            token,
            kind: 'cancel',
            policy,
            settings,
            acceptLanguage: request.headers['accept-language'],
          });
          return reply
            .status(400)
            .type(HTML)
            .send(renderCancelPage({ invitation, nonce, token, refused: true, reason }));
        } catch (again) {
          return refused(again, reply, token, nonce);
        }
      }
    },
  );
};
